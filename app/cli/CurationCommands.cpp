// rasad-cli audit / gazetteer: the researcher's corrections log and the shared gazetteer, headless.
#include "Cli.h"

#include "curation/Review.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/UserGazetteer.h"
#include "store/Store.h"

#include <QSaveFile>

namespace rasad::cli {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << path << ": cannot write: " << file.errorString() << '\n';
        return false;
    }
    return true;
}

QString optionValue(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

} // namespace

int runAudit(const Context &ctx)
{
    QStringList args = ctx.args;
    const QString out = optionValue(args, QStringLiteral("--out"));
    if (!args.isEmpty()) {
        ctx.err << "usage: rasad-cli audit [--out FILE.csv]\n";
        return Usage;
    }
    const auto store = openStore(ctx, StoreUse::Read);
    if (!store)
        return InputFailed;
    const QList<Correction> log = store->corrections();
    if (const StoreError readError = store->readError()) { // a part of the log is not the log
        ctx.err << "rasad-cli audit: " << readError.message << '\n';
        return InputFailed;
    }
    const QByteArray csv = auditLogCsv(log);
    if (out.isEmpty()) {
        ctx.out << QString::fromUtf8(csv.mid(3)); // no BOM on a terminal
        return Ok;
    }
    return writeFile(out, csv, ctx.err) ? Ok : InputFailed;
}

int runGazetteer(const Context &ctx)
{
    QStringList args = ctx.args;
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    QString why;
    if (action == QLatin1String("export")) {
        const QString out = optionValue(args, QStringLiteral("--out"));
        if (out.isEmpty() || !args.isEmpty()) {
            ctx.err << "usage: rasad-cli gazetteer export --out FILE.json\n";
            return Usage;
        }
        if (!writeGazetteerFile(Gazetteer::builtIn(), out, &why)) {
            ctx.err << why << '\n';
            return InputFailed;
        }
        return Ok;
    }
    if (action == QLatin1String("import")) {
        if (args.size() != 1) {
            ctx.err << "usage: rasad-cli gazetteer import FILE.json\n";
            return Usage;
        }
        const std::optional<GazetteerImportSummary> summary =
            importGazetteerFile(args.first(), Gazetteer::userDirectories(), &why);
        if (!summary) {
            ctx.err << why << '\n';
            return InputFailed;
        }
        for (const QString &problem : summary->problems)
            ctx.err << "warning: " << problem << '\n';
        ctx.out << "people: " << summary->peopleAdded << " added, " << summary->peopleChanged
                << " changed; places: " << summary->placesAdded << " added, " << summary->placesChanged
                << " changed; organisations: " << summary->organisationsAdded << " added, "
                << summary->organisationsChanged << " changed\n"
                << "written to " << summary->userFile
                << "; run 'rasad-cli reextract' to use it on the articles already imported\n";
        return Ok;
    }
    ctx.err << "usage: rasad-cli gazetteer export --out FILE.json | gazetteer import FILE.json\n";
    return Usage;
}

} // namespace rasad::cli
