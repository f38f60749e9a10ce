#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace nd {

// Hears what other clients of a shared cache change: PostgreSQL's LISTEN on the channel every
// page, pull and status refresh NOTIFYs, with a connection of its own. Screens refresh on it instead
// of polling the tables. A SQLite file has none (create() returns nullptr): this process's engine
// says what it changes.
class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<StoreWatcher> create(const QString &location, const QByteArray &password,
                                                QObject *parent = nullptr);
    using QObject::QObject;

    // Starts listening (on the calling thread, which must run an event loop); false with why.
    virtual bool start(QString *error) = 0;
    // Changes by this writer (Store::writerId() of our own engine) are not reported.
    void ignoreWriter(qint64 writerId) { m_ignoredWriter = writerId; }
    qint64 ignoredWriter() const { return m_ignoredWriter; }

Q_SIGNALS:
    // Streams whose records or state changed (0: the catalog).
    void changed(const QList<qint64> &streams);

private:
    qint64 m_ignoredWriter = 0;
};

} // namespace nd
