#pragma once

#include "secrets/SecretStore.h"

namespace nd {

// The OS keychain through QtKeychain (Secret Service on Linux). A call that gets no answer within
// the timeout reports Unavailable instead of hanging: a locked keyring can wait for a prompt
// nobody will see.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr, int timeoutMs = 10000);
    QString name() const override { return QStringLiteral("system keychain"); }
    void read(const QString &profile, Kind kind, Callback done) override;
    void write(const QString &profile, Kind kind, const QByteArray &value, Callback done) override;
    void remove(const QString &profile, Kind kind, Callback done) override;

    static constexpr const char *kService = "nango-desk";

private:
    int m_timeoutMs;
};

} // namespace nd
