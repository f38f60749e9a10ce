#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nd {

// "Test the shared cache" in Settings: opens a cache as a reader would (nothing is created or
// migrated) and says in one sentence what a client of it could do. Blocks: run it off the GUI thread.
struct CacheCheck
{
    Q_DECLARE_TR_FUNCTIONS(nd::CacheCheck)
public:
    bool ok = false;
    bool readOnly = false;
    int schemaVersion = 0;
    qint64 streams = 0;
    QString message;

    static CacheCheck run(const QString &location, const QByteArray &password);
};

} // namespace nd
