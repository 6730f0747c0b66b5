// rasad-cli: the headless face of Rasad. Links rasadcore only (no Gui, no Widgets).
#include "Cli.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace rasad;

namespace {

struct Command
{
    const char *name;
    int (*run)(const cli::Context &);
    const char *usage;
};

const Command kCommands[] = {
    {"import", cli::runImport, "import PATH... [--manifest FILE] [--no-extract]   import files or folders"},
    {"articles", cli::runArticles, "articles [--json]                               list imported articles"},
    {"actors", cli::runActors, "actors [--json]                                 list actors"},
    {"events", cli::runEvents, "events [--json]                                 list events"},
    {"export", cli::runExport, "export --format json|csv --out FILE|DIR         export the record"},
    {"search", cli::runSearch, "search TEXT [--limit N]                         full-text search"},
    {"dates", cli::runDates, "dates [--published YYYY-MM-DD] [--json] FILE|-  show the dates in a text"},
    {"reextract", cli::runReextract, "reextract                                       re-run extraction over the store"},
    {"audit", cli::runAudit, "audit [--out FILE.csv]                          the corrections log (CSV)"},
    {"gazetteer", cli::runGazetteer, "gazetteer export --out F | import F            share the gazetteer as JSON"},
};

void printHelp(QTextStream &out)
{
    out << "Usage: rasad-cli [--db FILE] COMMAND [ARGS...]\n\n"
           "Rasad turns Arabic news articles into a record of who met whom, where and when.\n\n"
           "Commands:\n";
    for (const Command &c : kCommands)
        out << "  " << c.usage << '\n';
    out << "\nOptions (before or after the command):\n"
           "  --db FILE     the project database (default: "
        << Store::defaultPath()
        << ")\n"
           "  --help        show this help\n"
           "  --version     show the version\n\n"
           "Exit codes: 0 ok, 1 some input failed, 2 usage error.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rasad"));
    QCoreApplication::setOrganizationName(QStringLiteral("rasad"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RASAD_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options may stand before or after the subcommand: rasad-cli --db x import … / import … --db x.
    QStringList rest;
    QString dbPath;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                err << "rasad-cli: --db needs a file name\n";
                return cli::Usage;
            }
            dbPath = args.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbPath = a.mid(5);
        } else if (a == QLatin1String("--version")) {
            out << "rasad-cli " << QCoreApplication::applicationVersion() << '\n';
            return cli::Ok;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printHelp(out);
            return cli::Ok;
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty()) {
        printHelp(err);
        return cli::Usage;
    }
    const QString name = rest.takeFirst();
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name)) {
            const cli::Context ctx{dbPath.isEmpty() ? Store::defaultPath() : dbPath, rest, out, err};
            return c.run(ctx);
        }
    }
    err << "rasad-cli: unknown command '" << name << "' (see rasad-cli --help)\n";
    return cli::Usage;
}
