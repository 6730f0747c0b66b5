// rasad-cli: the headless face of Rasad. Links rasadcore only (no Gui, no Widgets).
#include "Cli.h"

#include "pipeline/Hashing.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace rasad;

namespace {

/** One line of the command list: what to type, and what it does. */
struct Usage
{
    const char *synopsis = nullptr;
    const char *summary = nullptr;
};

struct Command
{
    const char *name;
    int (*run)(const cli::Context &);
    Usage usage;
    Usage otherUsage = {}; // a second form of the command, when it has one
};

const Command kCommands[] = {
    {"import",
     cli::runImport,
     {"import PATH... [--manifest FILE] [--no-extract]", "import files or folders"},
     {"import - [--file-name NAME] [--published DATE]", "import one article from standard input"}},
    {"articles", cli::runArticles, {"articles [--json]", "list imported articles"}},
    {"actors", cli::runActors, {"actors [--json]", "list actors"}},
    {"events", cli::runEvents, {"events [--json]", "list events"}},
    {"why", cli::runWhy, {"why EVENT_ID", "why an event exists: rule, clause, factuality, merge reasons"}},
    {"export", cli::runExport, {"export [--format FORMAT] --out FILE|DIR|- [FILTERS]", "export the record"}},
    {"search", cli::runSearch, {"search TEXT [--limit N]", "full-text search"}},
    {"dates", cli::runDates, {"dates [--published YYYY-MM-DD] [--json] FILE|-", "show the dates in a text"}},
    {"reextract", cli::runReextract, {"reextract", "re-run extraction over the store"}},
    {"recover", cli::runRecover, {"recover --out NEW.sqlite", "copy what is readable of a damaged store"}},
    {"audit", cli::runAudit, {"audit [--out FILE.csv]", "the corrections log (CSV)"}},
    {"gazetteer", cli::runGazetteer, {"gazetteer export --out F | import F", "share the gazetteer as JSON"}},
};

void printHelp(QTextStream &out)
{
    out << "Usage: rasad-cli [--db FILE] COMMAND [ARGS...]\n\n"
           "Rasad turns Arabic news articles into a record of who met whom, where and when.\n\n"
           "Commands:\n";
    QList<Usage> rows;
    for (const Command &c : kCommands) {
        rows << c.usage;
        if (c.otherUsage.synopsis)
            rows << c.otherUsage;
    }
    qsizetype width = 0;
    for (const Usage &row : std::as_const(rows))
        width = std::max(width, qsizetype(qstrlen(row.synopsis)));
    for (const Usage &row : std::as_const(rows))
        out << "  " << QString::fromUtf8(row.synopsis).leftJustified(width + 2) << row.summary << '\n';
    out << "\nimport - also takes --source NAME and --url URL; DATE is YYYY-MM-DD. Without --file-name the\n"
           "article is named after its content (stdin-<hash>.txt, .html for a web page).\n"
           "\nExport formats (--format FORMAT; without it the --out name decides: .graphml, .gexf,\n"
           ".timeline.json, else json):\n"
           "  json        the Rasad JSON record: articles, actors, events\n"
           "  csv         spreadsheet tables, one folder (--out DIR; not to standard output)\n"
           "  graphml     the contact network, for network tools\n"
           "  gexf        the contact network with dates, for Gephi's timeline\n"
           "  timelinejs  the dated contacts as a TimelineJS timeline, for the web\n"
           "--out - writes the one-file formats to standard output. --lang ar|en sets the language of the\n"
           "TimelineJS slides (default ar): types, topics, dates, places and names, with the digits it uses.\n"
           "\nExport filters, as in the explorer's filter bar (repeat one to allow several values; with any filter\n"
           "only the contacts that pass go out, with the actors and articles they name):\n"
           "  --from DATE --to DATE   contacts whose dates reach into the range (undated ones pass); a date as\n"
           "                      2025-10-01, 1/10/2025 (day first), '1 October 2025', '١ تشرين الأول ٢٠٢٥';\n"
           "                      a month ('October 2025') or a year (2025) runs from its first to its last day\n"
           "  --actor NAME|ID     contacts this actor took part in (an id or name as rasad-cli actors shows)\n"
           "  --country CC        contacts with a participant from this country (ISO code: SY, RU, ...)\n"
           "  --type TYPE         meeting, visit, call, delegation, message or other\n"
           "  --topic TOPIC       military, economy, reconstruction, energy, food, politics, bases, justice, ...\n"
           "\nOptions (before or after the command):\n"
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
    rasad::useReproducibleHashing();
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
