// rasad-cli recover --out NEW.sqlite: the way out of a damaged project file. Copies what is readable
// into a new file (the damaged one is only read) and says, table by table, what could not be copied.
#include "Cli.h"

#include "store/StoreRecovery.h"

#include <QDir>

namespace rasad::cli {

namespace {

const char kUsage[] = "usage: rasad-cli --db DAMAGED.sqlite recover --out NEW.sqlite\n";

QString describeLost(const LostRows &lost)
{
    const qint64 first = lost.after + 1;
    const qint64 last = lost.before ? lost.before - 1 : lost.knownLast;
    if (last == 0)
        return lost.after == 0 ? QStringLiteral("every row (none could be read)")
                               : QStringLiteral("every row after id %1").arg(lost.after);
    const QString ids =
        first == last ? QStringLiteral("id %1").arg(first) : QStringLiteral("ids %1-%2").arg(first).arg(last);
    return ids + QStringLiteral(" (up to %1 rows)").arg(last - first + 1);
}

} // namespace

int runRecover(const Context &ctx)
{
    QString out;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        if (a == QLatin1String("--out") && i + 1 < ctx.args.size()) {
            out = ctx.args.at(++i);
        } else if (a.startsWith(QLatin1String("--out="))) {
            out = a.mid(6);
        } else {
            ctx.err << "rasad-cli recover: unexpected argument '" << a << "'\n" << kUsage;
            return Usage;
        }
    }
    if (out.isEmpty()) {
        ctx.err << "rasad-cli recover: --out NEW.sqlite is needed (the damaged file is never written)\n" << kUsage;
        return Usage;
    }
    StoreError error;
    const std::optional<RecoveryReport> report = recoverStore(ctx.dbPath, out, &error);
    if (!report) {
        ctx.err << "rasad-cli recover: " << error.message << '\n';
        return InputFailed;
    }
    ctx.out << "Recovered " << QDir::toNativeSeparators(ctx.dbPath) << " into " << QDir::toNativeSeparators(out)
            << " (it passes PRAGMA quick_check):\n";
    qsizetype width = 0;
    for (const TableRecovery &t : report->tables)
        width = std::max(width, t.table.size());
    for (const TableRecovery &t : report->tables) {
        ctx.out << "  " << t.table.leftJustified(width + 2);
        if (t.missing) {
            ctx.out << "not in the damaged file (an older schema); left empty\n";
            continue;
        }
        ctx.out << t.copied << (t.copied == 1 ? " row" : " rows") << " copied";
        for (const LostRows &lost : t.lost)
            ctx.out << "; LOST " << describeLost(lost);
        if (t.dropped > 0)
            ctx.out << "; " << t.dropped << " dropped (they referred to a lost row)";
        if (t.cleared > 0)
            ctx.out << "; " << t.cleared << " kept without a reference to a lost row";
        ctx.out << '\n';
    }
    if (report->complete()) {
        ctx.out << "Nothing was lost.\n";
        return Ok;
    }
    ctx.out << "Rows were lost (above). Open the new file and re-import the articles that are missing; "
               "then run: rasad-cli --db "
            << QDir::toNativeSeparators(out) << " reextract\n";
    return InputFailed;
}

} // namespace rasad::cli
