#pragma once

// Test support for widget tests: a Prompter that answers as a script says (the seam every question
// the app asks goes through), and a helper that acts on the next modal dialog.

#include "Prompter.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace testsupport {

class ScriptedPrompter : public nd::Prompter
{
public:
    bool answer = true;      // to every confirmation
    QStringList asked;       // the titles of what was asked or said
    QString savePath;        // the file chosen when asked where to save ("" cancels)
    QString textAnswer;      // typed when asked for text ("" cancels)
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
    QString askText(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return textAnswer;
    }
};

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

} // namespace testsupport
