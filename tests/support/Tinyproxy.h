#pragma once

// Test support: tinyproxy (Debian's tinyproxy-bin), a real HTTP proxy, in the foreground with a
// configuration of the test's; its log says which requests it forwarded.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace testsupport {

using namespace Qt::StringLiterals;

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// tinyproxy in the foreground with a configuration of the test's; its log says what it forwarded.
class Tinyproxy
{
public:
    QProcess process;
    QString log;
    quint16 port = 0;

    QString start(const QString &dir, const QString &name, const QStringList &extraLines)
    {
        const QString program = QStandardPaths::findExecutable(u"tinyproxy"_s);
        if (program.isEmpty())
            return u"tinyproxy is not installed (scripts/dev.sh installs tinyproxy-bin)"_s;
        port = freePort();
        log = dir + u'/' + name + u".log"_s;
        QFile config(dir + u'/' + name + u".conf"_s);
        if (!config.open(QIODevice::WriteOnly))
            return u"cannot write the proxy's configuration"_s;
        QStringList lines{u"Port %1"_s.arg(port),       u"Listen 127.0.0.1"_s, u"Timeout 30"_s,
                          u"LogFile \"%1\""_s.arg(log), u"LogLevel Info"_s,    u"MaxClients 20"_s,
                          u"Allow 127.0.0.1"_s};
        config.write((lines + extraLines).join(u'\n').toUtf8() + '\n');
        config.close();
        process.start(program, {u"-d"_s, u"-c"_s, config.fileName()});
        if (!process.waitForStarted(5000))
            return u"tinyproxy did not start"_s;
        // Ready once it accepts connections.
        for (int i = 0; i < 100; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            if (s.waitForConnected(100))
                return {};
            QTest::qWait(50);
        }
        return u"tinyproxy does not listen on %1"_s.arg(port);
    }
    ~Tinyproxy()
    {
        process.terminate();
        process.waitForFinished(3000);
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(port); }
    // The request lines the proxy received ("GET http://…", "CONNECT host:port").
    QStringList requests() const
    {
        QFile f(log);
        QStringList out;
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (const int at = line.indexOf("Request (file descriptor"); at >= 0)
                out << QString::fromUtf8(line.mid(line.indexOf("): ", at) + 3));
        return out;
    }
};

} // namespace testsupport
