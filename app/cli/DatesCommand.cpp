// rasad-cli dates [--published YYYY-MM-DD] [--json] FILE|-
// Shows every temporal expression the date engine finds, so anyone can check a text by hand.
#include "Cli.h"

#include "dates/DateEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace rasad::cli {

namespace {

constexpr auto kUsage = "usage: rasad-cli dates [--published YYYY-MM-DD] [--json] FILE|-\n";

QJsonValue isoOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

int runDates(const Context &ctx)
{
    QString path;
    QDate published;
    bool json = false;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--published") || a.startsWith(QLatin1String("--published="))) {
            QString value;
            if (a == QLatin1String("--published")) {
                if (i + 1 >= ctx.args.size()) {
                    ctx.err << "rasad-cli dates: --published needs a date (YYYY-MM-DD)\n" << kUsage;
                    return Usage;
                }
                value = ctx.args.at(++i);
            } else {
                value = a.mid(int(qstrlen("--published=")));
            }
            published = QDate::fromString(value, Qt::ISODate);
            if (!published.isValid() || value.size() != 10) {
                ctx.err << "rasad-cli dates: '" << value << "' is not a date in the form YYYY-MM-DD\n";
                return Usage;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            ctx.err << "rasad-cli dates: unknown option '" << a << "'\n" << kUsage;
            return Usage;
        } else if (path.isEmpty()) {
            path = a;
        } else {
            ctx.err << "rasad-cli dates: one file at a time ('" << path << "' and '" << a << "')\n" << kUsage;
            return Usage;
        }
    }
    if (path.isEmpty()) {
        ctx.err << "rasad-cli dates: no input file (use - for standard input)\n" << kUsage;
        return Usage;
    }

    QFile file;
    const QString shownName = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        ctx.err << "rasad-cli dates: " << shownName << ": cannot be read: " << file.errorString() << '\n';
        return InputFailed;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        ctx.err << "rasad-cli dates: " << shownName << ": not UTF-8 text\n";
        return InputFailed;
    }

    const DateEngine engine;
    const QList<TemporalExpression> found = engine.find(text, published);

    if (json) {
        QJsonArray array;
        for (const TemporalExpression &e : found) {
            QJsonObject o;
            o.insert(QStringLiteral("text"), e.text);
            o.insert(QStringLiteral("offset"), e.start);
            o.insert(QStringLiteral("length"), e.end - e.start);
            o.insert(QStringLiteral("start"), isoOrNull(e.value.start));
            o.insert(QStringLiteral("end"), isoOrNull(e.value.end));
            o.insert(QStringLiteral("granularity"), granularityName(e.value.granularity));
            o.insert(QStringLiteral("confidence"), qRound(e.confidence * 100) / 100.0);
            o.insert(QStringLiteral("anchored"), e.anchored);
            o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(e.flags));
            if (e.value.time.isValid())
                o.insert(QStringLiteral("time"), e.value.time.toString(QStringLiteral("HH:mm")));
            o.insert(QStringLiteral("planned"), e.planned);
            array.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }

    if (!published.isValid())
        ctx.err << "rasad-cli dates: no --published date; relative expressions stay unresolved\n";
    for (const TemporalExpression &e : found) {
        const QString interval =
            e.value.isValid()
                ? (e.value.isExactDay()
                       ? e.value.start.toString(Qt::ISODate)
                       : e.value.start.toString(Qt::ISODate) + QStringLiteral("..") + e.value.end.toString(Qt::ISODate))
                : QStringLiteral("?");
        ctx.out << e.start << '+' << (e.end - e.start) << '\t' << e.text << '\t' << interval;
        if (e.value.time.isValid())
            ctx.out << ' ' << e.value.time.toString(QStringLiteral("HH:mm"));
        ctx.out << '\t' << granularityName(e.value.granularity) << '\t' << QString::number(e.confidence, 'f', 2);
        if (e.anchored)
            ctx.out << "\tanchored";
        if (!e.flags.isEmpty())
            ctx.out << '\t' << e.flags.join(u',');
        ctx.out << '\n';
    }
    if (found.isEmpty())
        ctx.out << "(no dates found)\n";
    return Ok;
}

} // namespace rasad::cli
