#pragma once

#include "net/NetworkSettings.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nd {

// Settings > Network: extra certificate authorities (a PEM file), the certificate trusted for this
// profile (shown by fingerprint, with Forget), a button to look at the server's certificate, and the
// proxy: the system's (environment or desktop), none, or one of the user's, with user and password.
class NetworkBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit NetworkBox(const NetworkSettings &settings, QWidget *parent = nullptr);

    NetworkSettings settings() const;
    void setPinnedSha256(const QString &sha256);
    void setProxyUser(const QString &user);
    void setProxyPassword(const QString &password);
    QByteArray newProxyPassword() const;
    void setProxyPasswordState(bool stored, const QString &store);

Q_SIGNALS:
    // "Show the server's certificate…": the panel asks the server and shows the dialog.
    void inspectRequested();

private:
    void refreshPin();
    void refreshProxy();

    QLineEdit *m_caFile;
    QLabel *m_pin;
    QPushButton *m_forget;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyUrl;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QString m_pinned;
};

} // namespace nd
