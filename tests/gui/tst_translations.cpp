// German and French are complete: every string of the app is translated, nothing is left
// unfinished or obsolete, placeholders survive, and the compiled catalogues are in the binary.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    QString type;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message") {
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"translation") {
                current.type = xml.attributes().value(u"type"_s).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == u"numerusform")
                current.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?\\d|%n"_s);
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured().remove(u'L'));
    return out;
}

QString sourceDir()
{
    return qEnvironmentVariable("NANGODESK_SOURCE_DIR");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("French") << u"fr"_s;
    }

    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages =
            readTs(sourceDir() + u"/translations/nangodesk_%1.ts"_s.arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + u": "_s + m.source.left(60);
            if (!m.type.isEmpty())
                problems << u"%1 (%2)"_s.arg(where, m.type);
            if (m.translations.isEmpty() ||
                std::any_of(m.translations.begin(), m.translations.end(),
                            [](const QString &t) { return t.trimmed().isEmpty(); }))
                problems << u"%1 (empty)"_s.arg(where);
            for (const QString &t : m.translations) {
                QSet<QString> expected = placeholders(m.source);
                // A singular form may spell the number out ("one record") instead of %n.
                if (m.numerus && m.translations.size() > 1 && &t == &m.translations.first())
                    expected.remove(u"%n"_s);
                if (!placeholders(t).contains(expected))
                    problems << u"%1 (placeholders of \"%2\")"_s.arg(where, t.left(60));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyStringOfTheSourceIsInTheCatalogue()
    {
        // lupdate the sources the build translates (the app, its forms and the core's messages) into
        // a scratch file: a string missing from the committed catalogue (a new, untranslated one) or
        // one the sources no longer have fails here.
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s;
        if (!QFile::exists(lupdate))
            QFAIL(qPrintable(u"lupdate not found at "_s + lupdate));
        QTemporaryDir dir;
        const QString scratch = dir.filePath(u"scratch.ts"_s);
        QProcess p;
        p.start(lupdate,
                {u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, sourceDir() + u"/src/app"_s,
                 sourceDir() + u"/ui"_s, sourceDir() + u"/src/core"_s, u"-ts"_s, scratch});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QString error;
        QSet<QString> current;
        for (const Message &m : readTs(scratch, &error))
            current.insert(m.context + u'\x1f' + m.source);
        QVERIFY(current.size() > 100);
        for (const QString &language : {u"de"_s, u"fr"_s}) {
            QSet<QString> committed;
            for (const Message &m :
                 readTs(sourceDir() + u"/translations/nangodesk_%1.ts"_s.arg(language), &error))
                committed.insert(m.context + u'\x1f' + m.source);
            QStringList missing;
            for (const QString &s : std::as_const(current))
                if (!committed.contains(s))
                    missing << s.section(u'\x1f', 1).left(60);
            QStringList stale;
            for (const QString &s : std::as_const(committed))
                if (!current.contains(s))
                    stale << s.section(u'\x1f', 1).left(60);
            QVERIFY2(missing.isEmpty(), qPrintable(language + u" lacks: "_s + missing.join(u" | "_s)));
            QVERIFY2(stale.isEmpty(), qPrintable(language + u" has obsolete: "_s + stale.join(u" | "_s)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
