#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace nd {

// Every question the app asks a person goes through here, so widget tests can answer them
// (KeePassXC's MessageBox seam). The default shows real dialogs.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text, bool error) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
    // Empty when cancelled.
    virtual QString askText(QWidget *parent, const QString &title, const QString &label) = 0;

    static Prompter &instance();
    static void install(Prompter *prompter); // tests; nullptr restores the default
};

} // namespace nd
