#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace nd {

// Where the app and the CLI find a profile's secrets, in one order: the environment (the variable,
// a file it names with VARIABLE_FILE, or a systemd credential), then the secret store (the OS
// keychain, or memory). A miss comes with what to do.
namespace KeyLoader {

struct Source
{
    const char *variable;   // e.g. NANGO_SECRET_KEY (and NANGO_SECRET_KEY_FILE)
    const char *credential; // the systemd credential's name, e.g. nango-secret-key
};
Source sourceOf(SecretStore::Kind kind);

// From the environment only; `problem` set when a file is named but missing, or readable by others.
QByteArray fromEnvironment(SecretStore::Kind kind, QString *problem);

struct Result
{
    QByteArray value;
    bool fromEnvironment = false;
    SecretStore::Status storeStatus = SecretStore::Status::NotFound; // of the store, when asked
    QString problem;     // what is wrong and what to do; empty when found
    bool broken = false; // the environment names a file that cannot be used (not merely nothing found)
};
// The environment, then `store` (null: the environment only). `done` is called once, maybe later.
void load(SecretStore *store, const QString &profile, SecretStore::Kind kind,
          std::function<void(const Result &)> done);

} // namespace KeyLoader
} // namespace nd
