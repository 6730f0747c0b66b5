// rasad-cli import PATH... [--manifest FILE] [--no-extract]
// rasad-cli import - [--file-name NAME] [--published YYYY-MM-DD] [--source NAME] [--url URL] [--no-extract]
#include "Cli.h"
#include "Interrupt.h"

#include "gazetteer/Gazetteer.h"
#include "import/ArticleReader.h"
#include "import/Manifest.h"
#include "pipeline/Extraction.h"
#include "pipeline/Ingestor.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <atomic>
#include <csignal>

#include <unistd.h>

namespace rasad::cli {

namespace {

/** What a cut-short import says: which signal stopped it, what is kept, and how to bring the record up to date. */
QByteArray stoppedLine(const Context &ctx)
{
    return QStringLiteral("\nrasad-cli: import stopped by a signal; kept: the articles stored before it (each "
                          "committed whole); the record may not show them yet: rasad-cli --db %1 reextract\n")
        .arg(QDir::toNativeSeparators(ctx.dbPath))
        .toUtf8();
}

const char *const kUsage = "usage: rasad-cli import PATH... [--manifest FILE] [--no-extract]\n"
                           "       rasad-cli import - [--file-name NAME] [--published YYYY-MM-DD] [--source NAME] "
                           "[--url URL] [--no-extract]\n";

/** What `import -` is told about the article it reads, standing in for the file name and the manifest. */
struct StdinArticle
{
    QString fileName; // empty: named after its content
    ManifestEntry entry;
};

/**
 * The name an article from standard input is stored under. A fixed default would make every new
 * article piped in a "new version" of the last one (the store keeps versions by file name), so it is
 * named after its content; a web page gets .html so it is read as one.
 */
QString nameForContent(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(1024).trimmed().toLower();
    const bool page = head.startsWith("<!doctype html") || head.contains("<html");
    return QStringLiteral("stdin-") +
           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16)) +
           (page ? QStringLiteral(".html") : QStringLiteral(".txt"));
}

/** Reads one article from standard input and stores it, then extracts as a file import does. */
int importStandardInput(const Context &ctx, const StdinArticle &given, const ImportOptions &options)
{
    if (::isatty(STDIN_FILENO) == 1)
        ctx.err << "rasad-cli import: reading one article from standard input; end it with Ctrl-D\n" << Qt::flush;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        ctx.err << "rasad-cli import: cannot read standard input (" << in.errorString() << ")\n";
        return InputFailed;
    }
    // One byte past the limit tells a too-large article from one that just fits.
    const QByteArray bytes = in.read(ArticleReader::kMaxFileBytes + 1);
    if (bytes.size() > ArticleReader::kMaxFileBytes) {
        ctx.err << "rasad-cli import: standard input: too large (articles over "
                << ArticleReader::kMaxFileBytes / (1024 * 1024) << " MB are refused)\n";
        return InputFailed;
    }
    const QString fileName = given.fileName.isEmpty() ? nameForContent(bytes) : given.fileName;
    ManifestEntry entry = given.entry;
    entry.file = fileName;
    ReadResult read = ArticleReader().readBytes(bytes, fileName, &entry);
    if (!read.article) {
        ctx.err << "rasad-cli import: standard input: " << read.error << '\n';
        return InputFailed;
    }
    Article &article = *read.article;
    article.sourcePath = QStringLiteral("(standard input)");

    const std::unique_ptr<Store> store = openStore(ctx, StoreUse::Write);
    if (!store)
        return InputFailed;
    StoreError storeError;
    const AddOutcome outcome = store->addArticle(article, &storeError);
    if (outcome == AddOutcome::Failed) {
        ctx.err << "rasad-cli: " << storeError.message << '\n';
        ctx.out << "imported 0, new versions 0, duplicates skipped 0, failed 1\n";
        return InputFailed;
    }
    const bool added = outcome == AddOutcome::Inserted || outcome == AddOutcome::NewVersion;
    if (added) {
        for (const QString &note : std::as_const(read.notes))
            ctx.err << "rasad-cli: note: " << note << '\n';
        if (article.publishedOrigin == DateOrigin::Unknown)
            ctx.err << "rasad-cli: note: " << fileName
                    << ": publication date unknown (none stated in the text; give --published YYYY-MM-DD)\n";
    }
    if (outcome == AddOutcome::Duplicate)
        ctx.err << "rasad-cli: note: standard input: already imported (same text as article " << article.id << ")\n";
    else if (outcome == AddOutcome::NewVersion)
        ctx.err << "rasad-cli: note: " << fileName
                << ": an article of that name was imported before; stored as version " << article.version << '\n';
    Interrupt interrupt(stoppedLine(ctx));
    const bool extractionFailed =
        added && options.extract && !extractAll(*store, loadGazetteer(), &storeError, interrupt.flag());
    interrupt.finish();
    if (extractionFailed && interrupt.signal() != 0) {
        ctx.err << "rasad-cli: import cancelled by " << (interrupt.signal() == SIGTERM ? "SIGTERM" : "SIGINT")
                << "; kept: article " << article.id << " (stored); the record was not re-extracted: rasad-cli --db "
                << QDir::toNativeSeparators(ctx.dbPath) << " reextract\n";
        return interrupt.exitCode();
    }
    if (extractionFailed)
        ctx.err << "rasad-cli: extraction failed, the record is as it was (the article is stored): "
                << storeError.message << '\n';
    ctx.err.flush();
    ctx.out << "imported " << (outcome == AddOutcome::Inserted ? 1 : 0) << ", new versions "
            << (outcome == AddOutcome::NewVersion ? 1 : 0) << ", duplicates skipped "
            << (outcome == AddOutcome::Duplicate ? 1 : 0) << ", failed 0\n";
    if (added)
        ctx.out << "article " << article.id << ": " << fileName << '\n'; // the name it is stored and listed under
    return extractionFailed ? InputFailed : Ok;
}

} // namespace

int runImport(const Context &ctx)
{
    QStringList paths;
    ImportOptions options;
    StdinArticle fromStdin;
    QStringList stdinOnly; // options that describe the article on standard input, as given
    bool onlyPaths = false;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        if (onlyPaths) {
            paths << a;
        } else if (a == QLatin1String("--")) {
            onlyPaths = true;
        } else if (a == QLatin1String("--manifest")) {
            if (i + 1 >= ctx.args.size()) {
                ctx.err << "rasad-cli import: --manifest needs a file name\n";
                return Usage;
            }
            options.manifestPath = ctx.args.at(++i);
        } else if (a.startsWith(QLatin1String("--manifest="))) {
            options.manifestPath = a.mid(11);
        } else if (a == QLatin1String("--no-extract")) {
            options.extract = false;
        } else if (const QString name = a.section(u'=', 0, 0);
                   name == QLatin1String("--file-name") || name == QLatin1String("--published") ||
                   name == QLatin1String("--source") || name == QLatin1String("--url")) {
            QString value;
            if (a.contains(u'=')) {
                value = a.section(u'=', 1);
            } else if (i + 1 < ctx.args.size()) {
                value = ctx.args.at(++i);
            } else {
                ctx.err << "rasad-cli import: " << name << " needs a value\n";
                return Usage;
            }
            stdinOnly << name;
            if (name == QLatin1String("--file-name")) {
                // Only the name is kept (the store keeps base names); its ending picks text or web page.
                fromStdin.fileName = QFileInfo(value).fileName();
                if (fromStdin.fileName.isEmpty()) {
                    ctx.err << "rasad-cli import: --file-name needs a file name such as article.txt, not '" << value
                            << "'\n";
                    return Usage;
                }
            } else if (name == QLatin1String("--published")) {
                fromStdin.entry.published = QDate::fromString(value, Qt::ISODate);
                if (!fromStdin.entry.published.isValid()) {
                    ctx.err << "rasad-cli import: --published needs a date as YYYY-MM-DD, not '" << value << "'\n";
                    return Usage;
                }
            } else if (name == QLatin1String("--source")) {
                fromStdin.entry.source = value;
            } else {
                fromStdin.entry.url = value;
            }
        } else if (a.startsWith(u'-') && a.size() > 1) {
            ctx.err << "rasad-cli import: unknown option '" << a << "'\n" << kUsage;
            return Usage;
        } else {
            paths << a;
        }
    }
    if (paths.isEmpty()) {
        ctx.err << kUsage;
        return Usage;
    }
    if (paths.contains(QStringLiteral("-"))) {
        if (paths.size() > 1 || !options.manifestPath.isEmpty()) {
            ctx.err << "rasad-cli import: - (standard input) is one article on its own: no other paths, no --manifest "
                       "(use --published, --source, --url)\n";
            return Usage;
        }
        return importStandardInput(ctx, fromStdin, options);
    }
    if (!stdinOnly.isEmpty()) {
        ctx.err << "rasad-cli import: " << stdinOnly.first()
                << " is for import - (standard input); files take theirs from a manifest\n";
        return Usage;
    }

    const std::unique_ptr<Store> store = openStore(ctx, StoreUse::Write);
    if (!store)
        return InputFailed;

    // Ctrl-C and SIGTERM stop within a second: every article already stored stays whole.
    Interrupt interrupt(stoppedLine(ctx));

    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    ImportProgress progress;
    if (terminal) {
        progress = [&ctx](int done, int total, const QString &path) {
            ctx.err << "\r\033[K";
            if (!path.isEmpty())
                ctx.err << '[' << done + 1 << '/' << total << "] " << QFileInfo(path).fileName();
            ctx.err.flush();
        };
    }

    const Gazetteer gazetteer = options.extract ? loadGazetteer() : Gazetteer(); // --no-extract reads none
    Ingestor ingestor(*store, gazetteer);
    const ImportReport report = ingestor.importPaths(paths, options, progress, interrupt.flag());
    interrupt.finish();

    for (const QString &note : report.notes)
        ctx.err << "rasad-cli: note: " << note << '\n';
    for (const ImportItem &item : report.items) {
        if (item.status == ImportItem::Status::Failed)
            ctx.err << "rasad-cli: " << item.message << '\n';
        else if (item.status == ImportItem::Status::NewVersion || item.status == ImportItem::Status::Duplicate)
            ctx.err << "rasad-cli: note: " << item.message << '\n'; // a skipped file is named, not only counted
    }
    if (report.cancelled)
        ctx.err << "rasad-cli: import cancelled by " << (interrupt.signal() == SIGTERM ? "SIGTERM" : "SIGINT")
                << "; kept: "
                << report.count(ImportItem::Status::Imported) + report.count(ImportItem::Status::NewVersion)
                << " article(s) stored, each committed whole"
                << (report.extractionPending ? "; the record was not re-extracted" : "") << '\n';
    if (report.extractionPending)
        ctx.err << "rasad-cli: note: extraction not run; the record shows the new articles after: rasad-cli --db "
                << QDir::toNativeSeparators(ctx.dbPath) << " reextract\n";
    if (!report.extractionError.isEmpty())
        ctx.err << "rasad-cli: extraction failed, the record is as it was (the articles are stored): "
                << report.extractionError << '\n';
    ctx.err.flush();

    const int failed = report.count(ImportItem::Status::Failed);
    ctx.out << "imported " << report.count(ImportItem::Status::Imported) << ", new versions "
            << report.count(ImportItem::Status::NewVersion) << ", duplicates skipped "
            << report.count(ImportItem::Status::Duplicate) << ", failed " << failed << '\n';
    ctx.out.flush();
    if (report.cancelled)
        return interrupt.exitCode();
    return failed > 0 || !report.extractionError.isEmpty() ? InputFailed : Ok;
}

} // namespace rasad::cli
