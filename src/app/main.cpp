#include "Application.h"
#include "util/Logging.h"
#include "util/ProcessGuard.h"
#include "util/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char *argv[])
{
    nd::disableCoreDumps(); // before any key is read
    // --version must answer without a display (packaging checks, scripts).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            QTextStream(stdout) << "nango-desk " << nd::version() << Qt::endl;
            return 0;
        }
    }
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nango-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Nango Desk"));
    QApplication::setOrganizationName(QStringLiteral("nango-desk"));
    QApplication::setApplicationVersion(nd::version());
    QApplication::setDesktopFileName(QStringLiteral("dev.nangodesk.NangoDesk"));
    nd::SecretRedactor::installMessageHandler();

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("nangodesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop administration for Nango."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start on the built-in demo environment."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Profile to open."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption demoRecords(
        QStringLiteral("demo-records"),
        QApplication::translate("main", "Records per model in the demo (default 10000)."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save a screenshot of every panel, then quit."),
        QStringLiteral("DIR"));
    parser.addOptions({demo, profile, demoRecords, screenshots});
    parser.process(app);

    nd::Application::Options options;
    options.demo = parser.isSet(demo);
    options.profile = parser.value(profile);
    options.demoRecordsPerModel = parser.value(demoRecords).toInt();
    options.screenshotDirectory = parser.value(screenshots);
    nd::Application application(options);
    application.start();
    return QApplication::exec();
}
