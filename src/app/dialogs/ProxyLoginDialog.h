#pragma once

#include <QDialog>

class QLineEdit;

namespace nd {

// A proxy asked for a user name and password (407), or refused the ones it was given: asks for
// them; the password goes to the keychain, the user name to the profile's settings.
class ProxyLoginDialog : public QDialog
{
    Q_OBJECT
public:
    ProxyLoginDialog(const QString &message, const QString &user, QWidget *parent = nullptr);

Q_SIGNALS:
    void credentialsGiven(const QString &user, const QByteArray &password);

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace nd
