// A shared cache on a PostgreSQL server that speaks TLS with a certificate of a private authority
// (a private cluster of its own, started by scripts/pg-test-cluster.sh with PG_TLS_DIR): the URI's
// sslmode and sslrootcert are honoured, and each failure says what is wrong and what to put in the
// URI, as the HTTPS failures do.
#include "cache/CacheCheck.h"
#include "cache/Store.h"
#include "cache/sqlite/Statement.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestPostgresTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_certs;
    QString m_state;
    QString m_uri;

    static QString script(const QString &name)
    {
        return qEnvironmentVariable("NANGODESK_SOURCE_DIR") + u'/' + name;
    }
    QString open(const QString &query, bool *ok)
    {
        QString error;
        auto store = nd::Store::open(m_uri + u'?' + query, &error);
        *ok = store != nullptr;
        if (!store)
            return error;
        // Which transport the session uses, from the server's own view.
        auto q = store->db().prepare("SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        return q->step() ? q->text(0) : u"?"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs = m_dir.filePath(u"certs"_s);
        QProcess make;
        make.start(script(u"tests/support/make-test-certs.sh"_s), {m_certs});
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);
        // The server reads its key as the cluster's owner.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther);
        m_state = m_dir.filePath(u"pg-tls.state"_s);
        QProcess start;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PG_TLS_DIR"_s, m_certs);
        start.setProcessEnvironment(env);
        start.start(script(u"scripts/pg-test-cluster.sh"_s), {u"start"_s, m_state});
        QVERIFY(start.waitForFinished(120000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        m_uri = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
        QVERIFY2(m_uri.startsWith(u"postgresql://"_s), qPrintable(m_uri));
        qunsetenv("PGSSLROOTCERT");
        qunsetenv("PGSSLMODE");
    }

    void cleanupTestCase()
    {
        if (m_state.isEmpty())
            return;
        QProcess stop;
        stop.start(script(u"scripts/pg-test-cluster.sh"_s), {u"stop"_s, m_state});
        QVERIFY(stop.waitForFinished(60000));
    }

    void theServersCertificateIsCheckedWithTheUrisAuthority()
    {
        bool ok = false;
        const QString ssl = open(u"sslmode=verify-full&sslrootcert="_s + m_certs + u"/ca.pem"_s, &ok);
        QVERIFY2(ok, qPrintable(ssl));
        QCOMPARE(ssl, u"true"_s);
        // The same through the Settings panel's test of a shared cache.
        const nd::CacheCheck check =
            nd::CacheCheck::run(m_uri + u"?sslmode=verify-full&sslrootcert="_s + m_certs + u"/ca.pem"_s, {});
        QVERIFY2(check.ok, qPrintable(check.message));
    }

    void eachTlsFailureSaysWhatToPutInTheUri()
    {
        bool ok = true;
        const QString noRoot = open(u"sslmode=verify-full"_s, &ok);
        QVERIFY(!ok);
        QVERIFY2(noRoot.contains(u"names no authority to check it with"_s) &&
                     noRoot.contains(u"sslrootcert=/path/ca.pem"_s),
                 qPrintable(noRoot));
        const QString otherRoot = open(u"sslmode=verify-ca&sslrootcert="_s + m_certs + u"/self.pem"_s, &ok);
        QVERIFY(!ok);
        QVERIFY2(otherRoot.contains(u"was not issued by the authority in sslrootcert"_s),
                 qPrintable(otherRoot));
        // Without a check asked for, libpq still encrypts (sslmode=prefer), as it does for any server.
        const QString prefer = open(u"sslmode=prefer"_s, &ok);
        QVERIFY2(ok, qPrintable(prefer));
        QCOMPARE(prefer, u"true"_s);
        const QString plain = open(u"sslmode=disable"_s, &ok);
        QVERIFY2(ok, qPrintable(plain));
        QCOMPARE(plain, u"false"_s);
    }
};

QTEST_GUILESS_MAIN(TestPostgresTls)
#include "tst_postgres_tls.moc"
