#pragma once

// Test support for widget tests: a Prompter that answers as a script says (the seam every question
// the app asks goes through), and a helper that acts on the next modal dialog.

#include "Prompter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QPixmap>
#include <QScreen>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <functional>

namespace testsupport {

class ScriptedPrompter : public nd::Prompter
{
public:
    bool answer = true; // to every confirmation
    QStringList asked;  // the titles of what was asked or said
    QString savePath;   // the file chosen when asked where to save ("" cancels)
    QString textAnswer; // typed when asked for text ("" cancels)
    bool confirm(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked << title;
        return answer;
    }
    void inform(QWidget *, const QString &title, const QString &, bool) override { asked << title; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return savePath;
    }
    QString openPath; // the file chosen when asked for one to open ("" cancels)
    QString openFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked << title;
        return openPath;
    }
    QString askText(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return textAnswer;
    }
};

// With NANGODESK_SCREENSHOTS=DIR (under Xvfb), the real window as the window server shows it, saved
// as DIR/NAME.png; nothing without it.
inline void screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("NANGODESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(400); // let the window server draw the last change
    const QPixmap shot = window->screen()->grabWindow(window->winId());
    QVERIFY2(shot.save(QDir(dir).filePath(name + QStringLiteral(".png"))), qPrintable(name));
}

// Acts on the next modal dialog once it is open.
inline void whenDialogOpens(std::function<void(QDialog *)> act)
{
    QTimer::singleShot(0, [act]() {
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        act(dialog);
    });
}

// The columns of a view whose text is cut: narrower than their widest shown cell or their title.
// `cap` is the width a panel stops at on purpose (long values are elided there, the tooltip has
// them); the last column and a stretching one take what is left and are left out.
inline QStringList cutColumns(QAbstractItemView *view, int cap = 320)
{
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->header();
    QStringList cut;
    if (!header)
        return {QStringLiteral("(not a table or tree)")};
    for (int c = 0; c + 1 < header->count(); ++c) {
        // Hidden, or taking whatever width is left on purpose (elided there; the tooltip has it).
        if (header->isSectionHidden(c) || header->sectionResizeMode(c) == QHeaderView::Stretch)
            continue;
        const int needed = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        const int width = header->sectionSize(c);
        if (width < std::min(needed, cap))
            cut << QStringLiteral("%1 (%2 < %3)")
                       .arg(view->model()->headerData(c, Qt::Horizontal).toString())
                       .arg(width)
                       .arg(needed);
    }
    return cut;
}

} // namespace testsupport
