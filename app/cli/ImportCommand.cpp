// rasad-cli import PATH... [--manifest FILE] [--no-extract]
#include "Cli.h"

#include "pipeline/Ingestor.h"
#include "store/Store.h"

#include <QFileInfo>

#include <atomic>
#include <csignal>

#include <unistd.h>

namespace rasad::cli {

namespace {

std::atomic_bool g_cancel{false};

extern "C" void requestCancel(int)
{
    g_cancel.store(true);
}

} // namespace

int runImport(const Context &ctx)
{
    QStringList paths;
    ImportOptions options;
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
        } else if (a.startsWith(u'-') && a.size() > 1) {
            ctx.err << "rasad-cli import: unknown option '" << a << "'\n"
                    << "usage: rasad-cli import PATH... [--manifest FILE] [--no-extract]\n";
            return Usage;
        } else {
            paths << a;
        }
    }
    if (paths.isEmpty()) {
        ctx.err << "usage: rasad-cli import PATH... [--manifest FILE] [--no-extract]\n";
        return Usage;
    }

    StoreError storeError;
    const std::unique_ptr<Store> store = Store::open(ctx.dbPath, &storeError);
    if (!store) {
        ctx.err << "rasad-cli: " << storeError.message << '\n';
        return InputFailed;
    }

    // Ctrl-C stops between articles: every article already stored stays whole.
    std::signal(SIGINT, requestCancel);
    std::signal(SIGTERM, requestCancel);

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

    Ingestor ingestor(*store);
    const ImportReport report = ingestor.importPaths(paths, options, progress, &g_cancel);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    for (const QString &note : report.notes)
        ctx.err << "rasad-cli: note: " << note << '\n';
    for (const ImportItem &item : report.items) {
        if (item.status == ImportItem::Status::Failed)
            ctx.err << "rasad-cli: " << item.message << '\n';
        else if (item.status == ImportItem::Status::NewVersion)
            ctx.err << "rasad-cli: note: " << item.message << '\n';
    }
    if (report.cancelled)
        ctx.err << "rasad-cli: import cancelled; the articles stored so far are kept\n";
    ctx.err.flush();

    const int failed = report.count(ImportItem::Status::Failed);
    ctx.out << "imported " << report.count(ImportItem::Status::Imported) << ", new versions "
            << report.count(ImportItem::Status::NewVersion) << ", duplicates skipped "
            << report.count(ImportItem::Status::Duplicate) << ", failed " << failed << '\n';
    ctx.out.flush();
    return failed > 0 || report.cancelled ? InputFailed : Ok;
}

} // namespace rasad::cli
