#include "Prompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace nd {

namespace {

class DialogPrompter : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel) override
    {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
        QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == accept;
    }
    void inform(QWidget *parent, const QString &title, const QString &text, bool error) override
    {
        if (error)
            QMessageBox::warning(parent, title, text);
        else
            QMessageBox::information(parent, title, text);
    }
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override
    {
        return QFileDialog::getSaveFileName(parent, title, suggested, filter);
    }
    QString openFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override
    {
        return QFileDialog::getOpenFileName(parent, title, suggested, filter);
    }
    QString askText(QWidget *parent, const QString &title, const QString &label) override
    {
        return QInputDialog::getText(parent, title, label).trimmed();
    }
};

Prompter *&current()
{
    static DialogPrompter fallback;
    static Prompter *p = &fallback;
    return p;
}

} // namespace

Prompter &Prompter::instance()
{
    return *current();
}

void Prompter::install(Prompter *prompter)
{
    static DialogPrompter fallback;
    current() = prompter ? prompter : &fallback;
}

} // namespace nd
