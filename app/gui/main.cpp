// rasad: the explorer window. A thin main: the window and views live in ui/ (rasadui).
#include "ScreenshotTour.h"
#include "common/ShortcutText.h"
#include "common/StoreBackend.h"

#include "mainwindow/LanguageManager.h"
#include "mainwindow/MainWindow.h"
#include "pipeline/Hashing.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace rasad;

namespace {

struct Options
{
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("Project file (SQLite)."), QStringLiteral("path")};
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("Interface language: ar or en."),
                            QStringLiteral("lang")};
    QCommandLineOption screenshots{QStringLiteral("screenshots"),
                                   QStringLiteral("Save pictures of the views into a folder, then quit."),
                                   QStringLiteral("folder")};
};

void describe(QCoreApplication &app, QCommandLineParser &parser, const Options &options)
{
    QCoreApplication::setOrganizationName(QStringLiteral("rasad")); // same as rasad-cli: one default project file
    QCoreApplication::setApplicationName(QStringLiteral("rasad"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RASAD_VERSION));
    parser.setApplicationDescription(QStringLiteral("Explore Syrian–Russian official contacts read from Arabic news."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.db, options.lang, options.screenshots});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Articles or folders to import on start."));
    parser.process(app); // --help and --version print and exit here
}

} // namespace

int main(int argc, char *argv[])
{
    rasad::useReproducibleHashing();
    const Options options;
    // --help and --version need no display (help2man, a terminal over ssh): answered before any window system.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v") {
            QCoreApplication app(argc, argv);
            QCommandLineParser parser;
            describe(app, parser, options);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setStyle(new RightToLeftStyle); // Arabic menus show "Ctrl++", dialog buttons whole words
    QApplication::setApplicationDisplayName(QStringLiteral("Rasad"));
    // The window belongs to the launcher org.rasad.Rasad.desktop (its icon, its name in the task bar).
    QApplication::setDesktopFileName(QStringLiteral("org.rasad.Rasad"));
    QCommandLineParser parser;
    describe(app, parser, options);
    const QCommandLineOption &dbOption = options.db;
    const QCommandLineOption &langOption = options.lang;
    const QCommandLineOption &shotOption = options.screenshots;

    const QString path = parser.isSet(dbOption)
                             ? parser.value(dbOption)
                             : QSettings().value(QStringLiteral("project/path"), Store::defaultPath()).toString();
    StoreBackend backend(path);
    LanguageManager language;
    language.apply(parser.isSet(langOption) ? parser.value(langOption) : LanguageManager::savedLanguage());
    QString error;
    if (!backend.open(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("Rasad"), error);
        return 1;
    }

    MainWindow window(&backend, &language);
    if (parser.isSet(langOption))
        window.setLanguage(parser.value(langOption));
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());

    if (parser.isSet(shotOption)) {
        auto *tour = new ScreenshotTour(&window, parser.value(shotOption), &app);
        QTimer::singleShot(800, tour, &ScreenshotTour::run);
    }
    return app.exec();
}
