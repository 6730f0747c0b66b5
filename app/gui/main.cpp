// rasad: the explorer window. A thin main: the window and views live in ui/ (rasadui).
#include "common/StoreBackend.h"
#include "ScreenshotTour.h"

#include "mainwindow/LanguageManager.h"
#include "mainwindow/MainWindow.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace rasad;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("rasad")); // same as rasad-cli: one default project file
    QApplication::setApplicationName(QStringLiteral("rasad"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rasad"));
    QApplication::setApplicationVersion(QStringLiteral(RASAD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("rasad"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Explore Syrian–Russian official contacts read from Arabic news."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Project file (SQLite)."), QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: ar or en."),
                                        QStringLiteral("lang"));
    const QCommandLineOption shotOption(QStringLiteral("screenshots"),
                                        QStringLiteral("Save pictures of the views into a folder, then quit."),
                                        QStringLiteral("folder"));
    parser.addOptions({dbOption, langOption, shotOption});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Articles or folders to import on start."));
    parser.process(app);

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
