// The commands that read the record: articles, actors, events, export, search.
#include "Cli.h"
#include "dates/TypedDate.h"

#include "export/DatasetWriter.h"
#include "export/JsonExporter.h"
#include "model/EventFilter.h"
#include "model/EventWhy.h"
#include "store/Store.h"
#include "text/ArabicNormalizer.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

namespace rasad::cli {

namespace {

/** Options a data command accepts: flags (`--json`) and valued options (`--limit N` or `--limit=N`). */
struct ParsedArgs
{
    QStringList positional;
    QHash<QString, QStringList> values; // every value given, in order: some options may repeat
    QSet<QString> flags;

    bool has(const QString &name) const { return values.contains(name); }
    /** The value given last, or `fallback`. */
    QString value(const QString &name, const QString &fallback = {}) const
    {
        const QStringList given = values.value(name);
        return given.isEmpty() ? fallback : given.constLast();
    }
    QStringList all(const QString &name) const { return values.value(name); }
};

/** Parses `args`; on an unknown option or a missing value writes one line to err and returns nullopt. */
std::optional<ParsedArgs> parseArgs(const Context &ctx, const QString &command, const QStringList &flagNames,
                                    const QStringList &valueNames)
{
    ParsedArgs parsed;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            parsed.positional << a;
            continue;
        }
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? a.left(eq) : a;
        if (flagNames.contains(name) && eq < 0) {
            parsed.flags.insert(name);
        } else if (valueNames.contains(name)) {
            if (eq > 0) {
                parsed.values[name].append(a.mid(eq + 1));
            } else if (i + 1 < ctx.args.size()) {
                parsed.values[name].append(ctx.args.at(++i));
            } else {
                ctx.err << "rasad-cli " << command << ": " << name << " needs a value\n";
                return std::nullopt;
            }
        } else {
            ctx.err << "rasad-cli " << command << ": unknown option '" << a << "' (see rasad-cli --help)\n";
            return std::nullopt;
        }
    }
    return parsed;
}

/** Opens the project file for reading commands; a missing file is an error, not a new empty project. */
std::unique_ptr<Store> openExisting(const Context &ctx)
{
    if (!QFileInfo::exists(ctx.dbPath)) {
        ctx.err << "rasad-cli: " << QDir::toNativeSeparators(ctx.dbPath)
                << ": no such database (import articles first: rasad-cli --db FILE import PATH)\n";
        return nullptr;
    }
    return openStore(ctx, StoreUse::Read);
}

/** True, after saying so on stderr, when the last read met a damaged or unreadable file. */
bool readFailed(const Context &ctx, const Store &store)
{
    const StoreError error = store.readError();
    if (error)
        ctx.err << "rasad-cli: " << error.message << '\n';
    return bool(error);
}

/** The whole record of the store at --db, or nothing after saying on stderr why it could not be read. */
std::optional<Dataset> loadRecord(const Context &ctx)
{
    const auto store = openExisting(ctx);
    if (!store)
        return std::nullopt;
    Dataset data = store->loadDataset();
    if (readFailed(ctx, *store))
        return std::nullopt;
    return data;
}

/** Terminal columns a string takes: marks and format characters take none (tashkeel, RLM, ...). */
int displayWidth(const QString &text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || cat == QChar::Other_Format)
            continue;
        ++width;
    }
    return width;
}

/** Shortens to at most `maxWidth` columns, ending in "…" when cut; line breaks become spaces. */
QString fitted(QString text, int maxWidth)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (displayWidth(text) <= maxWidth)
        return text;
    while (!text.isEmpty() && displayWidth(text) > maxWidth - 1)
        text.chop(1);
    return text + QStringLiteral("…");
}

/** An aligned table: columns padded by display width, two spaces apart; the last column unpadded. */
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows,
                const QList<int> &maxWidths)
{
    QList<QStringList> cells;
    cells << header;
    for (const QStringList &row : rows) {
        QStringList fittedRow;
        for (qsizetype c = 0; c < row.size(); ++c)
            fittedRow << fitted(row.at(c), maxWidths.value(c, 60));
        cells << fittedRow;
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(cells))
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    for (const QStringList &row : std::as_const(cells)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += row.at(c);
            if (c + 1 < row.size())
                line += QString(widths.at(c) - displayWidth(row.at(c)) + 2, QLatin1Char(' '));
        }
        out << line << '\n';
    }
}

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString dayText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("-");
}

QString dateText(const FuzzyDate &date)
{
    if (!date.isValid())
        return QStringLiteral("?");
    if (date.isExactDay())
        return dayText(date.start);
    return dayText(date.start) + QStringLiteral("..") + dayText(date.end);
}

/** The role an actor holds now, else the last one listed. */
QString currentRole(const Actor &actor)
{
    const QDate today = QDate::currentDate();
    for (const Role &r : actor.roles)
        if (r.heldOn(today))
            return r.title;
    return actor.roles.isEmpty() ? QString() : actor.roles.constLast().title;
}

QStringList formatNames()
{
    QStringList names;
    for (const DatasetWriter::Format f : DatasetWriter::formats())
        names << DatasetWriter::formatName(f);
    return names;
}

QStringList eventTypeNames()
{
    QStringList names;
    for (const EventType t : {EventType::Meeting, EventType::Visit, EventType::Call, EventType::Delegation,
                              EventType::Message, EventType::Other})
        names << eventTypeName(t);
    return names;
}

/** The actors `nameOrId` means: the one with that id, else those with that name, English name or alias
 *  (compared as matching keys, so tashkeel and hamza spellings do not matter; English ignoring case). */
QSet<qint64> actorsNamed(const Dataset &data, const QString &nameOrId)
{
    QSet<qint64> ids;
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    if (numeric) {
        if (data.actor(id))
            ids.insert(id);
        return ids;
    }
    const QString text = nameOrId.trimmed();
    const QString key = matchingKey(text);
    if (key.isEmpty())
        return ids;
    for (const Actor &a : data.actors) {
        bool same = matchingKey(a.name) == key || a.nameEn.compare(text, Qt::CaseInsensitive) == 0;
        for (qsizetype i = 0; !same && i < a.aliases.size(); ++i)
            same = matchingKey(a.aliases.at(i)) == key;
        if (same)
            ids.insert(a.id);
    }
    return ids;
}

} // namespace

int runArticles(const Context &ctx)
{
    const auto args = parseArgs(ctx, QStringLiteral("articles"), {QStringLiteral("--json")}, {});
    if (!args)
        return Usage;
    if (!args->positional.isEmpty()) {
        ctx.err << "rasad-cli articles: unexpected argument '" << args->positional.first() << "'\n";
        return Usage;
    }
    const auto store = openExisting(ctx);
    if (!store)
        return InputFailed;
    const QList<Article> articles = store->articles();
    if (readFailed(ctx, *store))
        return InputFailed;
    if (args->flags.contains(QStringLiteral("--json"))) {
        printJson(ctx.out, JsonExporter::articlesJson(articles));
        return Ok;
    }
    QList<QStringList> rows;
    for (const Article &a : articles)
        rows << QStringList{QString::number(a.id), a.fileName, QString::number(a.version),
                            dayText(a.published),  a.source,   a.title};
    printTable(ctx.out,
               {QStringLiteral("ID"), QStringLiteral("FILE"), QStringLiteral("V"), QStringLiteral("PUBLISHED"),
                QStringLiteral("SOURCE"), QStringLiteral("TITLE")},
               rows, {8, 40, 3, 10, 20, 60});
    ctx.out << articles.size() << (articles.size() == 1 ? " article\n" : " articles\n");
    return Ok;
}

int runActors(const Context &ctx)
{
    const auto args = parseArgs(ctx, QStringLiteral("actors"), {QStringLiteral("--json")}, {});
    if (!args)
        return Usage;
    if (!args->positional.isEmpty()) {
        ctx.err << "rasad-cli actors: unexpected argument '" << args->positional.first() << "'\n";
        return Usage;
    }
    const std::optional<Dataset> record = loadRecord(ctx);
    if (!record)
        return InputFailed;
    const Dataset &data = *record;
    if (args->flags.contains(QStringLiteral("--json"))) {
        printJson(ctx.out, JsonExporter::actorsJson(data.actors));
        return Ok;
    }
    QHash<qint64, int> contacts;
    for (const Event &e : data.events)
        for (const Participant &p : e.participants)
            ++contacts[p.actorId];
    QList<QStringList> rows;
    for (const Actor &a : data.actors) {
        QStringList notes;
        if (a.kind == ActorKind::Organization)
            notes << QStringLiteral("organization");
        if (a.discovered)
            notes << QStringLiteral("discovered");
        if (a.verified)
            notes << QStringLiteral("verified");
        if (a.mentionOnly)
            notes << QStringLiteral("mention-only");
        rows << QStringList{QString::number(a.id),
                            a.name,
                            a.nameEn,
                            a.country.isEmpty() ? QStringLiteral("-") : a.country,
                            QString::number(contacts.value(a.id)),
                            currentRole(a),
                            notes.join(QLatin1Char(','))};
    }
    printTable(ctx.out,
               {QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("NAME (EN)"), QStringLiteral("CC"),
                QStringLiteral("EVENTS"), QStringLiteral("ROLE"), QStringLiteral("NOTES")},
               rows, {8, 30, 30, 3, 6, 30, 40});
    ctx.out << data.actors.size() << (data.actors.size() == 1 ? " actor\n" : " actors\n");
    return Ok;
}

int runWhy(const Context &ctx)
{
    const auto args = parseArgs(ctx, QStringLiteral("why"), {}, {});
    if (!args)
        return Usage;
    bool ok = false;
    const qint64 id = args->positional.size() == 1 ? args->positional.first().toLongLong(&ok) : 0;
    if (!ok) {
        ctx.err << "rasad-cli why: give one event id (see 'rasad-cli events')\n";
        return Usage;
    }
    const std::optional<Dataset> record = loadRecord(ctx);
    if (!record)
        return InputFailed;
    const Dataset &data = *record;
    const Event *found = data.findEvent(id);
    if (!found) {
        ctx.err << "rasad-cli why: no event " << id << " in " << QDir::toNativeSeparators(ctx.dbPath) << "\n";
        return InputFailed;
    }
    const Event &e = *found;
    QStringList names;
    for (const Participant &p : e.participants) {
        const Actor *actor = data.actor(p.actorId);
        names << (actor ? actor->name : QStringLiteral("#") + QString::number(p.actorId)) + QStringLiteral(" (") +
                     p.part + QLatin1Char(')');
    }
    ctx.out << "event " << e.id << ": " << eventTypeName(e.type) << ", " << dateText(e.date) << " (date from "
            << dateSourceName(e.dateSource) << "), " << (e.location.isEmpty() ? QStringLiteral("no place") : e.location)
            << "\n";
    ctx.out << "participants: " << names.join(QStringLiteral("، ")) << "\n";
    for (const QString &line : describeInEnglish(whyOf(e)))
        ctx.out << line << "\n";
    if (!e.mergeNote.isEmpty())
        ctx.out << "merge note: " << e.mergeNote << "\n";
    for (const QString &flag : e.flags)
        ctx.out << "disagreement: " << flag << "\n";
    for (const EventSource &s : e.sources)
        ctx.out << "source " << s.fileName << " [" << s.start << "–" << s.end << "] " << dateText(s.date) << ": «"
                << s.evidence.simplified() << "»\n";
    return Ok;
}

int runEvents(const Context &ctx)
{
    const auto args = parseArgs(ctx, QStringLiteral("events"), {QStringLiteral("--json")}, {});
    if (!args)
        return Usage;
    if (!args->positional.isEmpty()) {
        ctx.err << "rasad-cli events: unexpected argument '" << args->positional.first() << "'\n";
        return Usage;
    }
    const std::optional<Dataset> record = loadRecord(ctx);
    if (!record)
        return InputFailed;
    const Dataset &data = *record;
    if (args->flags.contains(QStringLiteral("--json"))) {
        printJson(ctx.out, JsonExporter::eventsJson(data.events));
        return Ok;
    }
    QList<QStringList> rows;
    // In time order for reading, undated last; ids keep ties stable.
    QList<Event> ordered = data.events;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Event &a, const Event &b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        return a.date.start != b.date.start ? a.date.start < b.date.start : a.id < b.id;
    });
    for (const Event &e : std::as_const(ordered)) {
        QStringList names;
        for (const Participant &p : e.participants) {
            const Actor *actor = data.actor(p.actorId);
            names << (actor ? actor->name : QStringLiteral("#") + QString::number(p.actorId));
        }
        QString type = eventTypeName(e.type);
        if (e.factuality != Factuality::Happened)
            type += QStringLiteral(" (") + factualityName(e.factuality) + QLatin1Char(')');
        rows << QStringList{QString::number(e.id),
                            dateText(e.date),
                            type,
                            e.location.isEmpty() ? QStringLiteral("-") : e.location,
                            QString::number(e.sources.size()),
                            names.join(QStringLiteral("، "))};
    }
    printTable(ctx.out,
               {QStringLiteral("ID"), QStringLiteral("DATE"), QStringLiteral("TYPE"), QStringLiteral("PLACE"),
                QStringLiteral("SOURCES"), QStringLiteral("PARTICIPANTS")},
               rows, {8, 22, 20, 20, 7, 80});
    ctx.out << data.events.size() << (data.events.size() == 1 ? " event\n" : " events\n");
    return Ok;
}

int runExport(const Context &ctx)
{
    const QString formatOption = QStringLiteral("--format");
    const QString outOption = QStringLiteral("--out");
    const QString fromOption = QStringLiteral("--from");
    const QString toOption = QStringLiteral("--to");
    const QString actorOption = QStringLiteral("--actor");
    const QString countryOption = QStringLiteral("--country");
    const QString typeOption = QStringLiteral("--type");
    const QString topicOption = QStringLiteral("--topic");
    const QString langOption = QStringLiteral("--lang");
    const auto args = parseArgs(ctx, QStringLiteral("export"), {},
                                {formatOption, outOption, fromOption, toOption, actorOption, countryOption, typeOption,
                                 topicOption, langOption});
    if (!args)
        return Usage;
    if (!args->positional.isEmpty()) {
        ctx.err << "rasad-cli export: unexpected argument '" << args->positional.first() << "'\n";
        return Usage;
    }
    const QString out = args->value(outOption);
    if (out.isEmpty()) {
        ctx.err << "rasad-cli export: --out FILE, --out FOLDER (csv) or --out - (standard output) is required\n";
        return Usage;
    }
    // Without --format the file name decides, as in the explorer's Export data (JSON otherwise).
    DatasetWriter::Format kind = DatasetWriter::formatForPath(out);
    if (args->has(formatOption)) {
        const std::optional<DatasetWriter::Format> named = DatasetWriter::formatFromName(args->value(formatOption));
        if (!named) {
            ctx.err << "rasad-cli export: unknown format '" << args->value(formatOption) << "' (use --format "
                    << formatNames().join(QLatin1Char('|')) << ")\n";
            return Usage;
        }
        kind = *named;
    }
    const QString lang = args->has(langOption) ? args->value(langOption).toLower() : QStringLiteral("ar");
    if (lang != QLatin1String("ar") && lang != QLatin1String("en")) {
        ctx.err << "rasad-cli export: --lang takes ar or en, not '" << args->value(langOption) << "'\n";
        return Usage;
    }
    if (out == QLatin1String("-") && DatasetWriter::writesFolder(kind)) {
        ctx.err << "rasad-cli export: csv is a folder of tables and cannot go to standard output; give --out FOLDER\n";
        return Usage;
    }

    EventFilter filter;
    // Dates as the explorer's filter takes them; a month or a year given to --from starts on its first
    // day, given to --to ends on its last.
    for (const auto &[option, date] : {std::pair{fromOption, &filter.from}, std::pair{toOption, &filter.to}}) {
        if (!args->has(option))
            continue;
        const TypedDate typed = parseTypedDate(args->value(option));
        if (!typed.isValid()) {
            ctx.err << "rasad-cli export: " << option
                    << " needs a date (2025-10-01, 1/10/2025 day first, '1 October 2025', 'October 2025', 2025), not '"
                    << args->value(option) << "'\n";
            return Usage;
        }
        *date = option == fromOption ? typed.value.start : typed.value.end;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        ctx.err << "rasad-cli export: --from " << filter.from.toString(Qt::ISODate) << " is after --to "
                << filter.to.toString(Qt::ISODate) << '\n';
        return Usage;
    }
    static const QRegularExpression isoCountry(QStringLiteral("^[A-Za-z]{2}$"));
    for (const QString &code : args->all(countryOption)) {
        if (!isoCountry.match(code).hasMatch()) {
            ctx.err << "rasad-cli export: --country needs a two-letter ISO code such as SY or RU, not '" << code
                    << "'\n";
            return Usage;
        }
        filter.countries.append(code.toUpper());
    }
    for (const QString &name : args->all(typeOption)) {
        const QString key = name.toLower();
        if (eventTypeName(eventTypeFromName(key)) != key) {
            ctx.err << "rasad-cli export: unknown event type '" << name << "' (use --type "
                    << eventTypeNames().join(QLatin1Char('|')) << ")\n";
            return Usage;
        }
        filter.types.append(key);
    }
    for (const QString &t : args->all(topicOption))
        filter.topics.append(t.trimmed().toLower());

    const std::optional<Dataset> record = loadRecord(ctx);
    if (!record)
        return InputFailed;
    const Dataset &all = *record;
    for (const QString &nameOrId : args->all(actorOption)) {
        const QSet<qint64> ids = actorsNamed(all, nameOrId);
        if (ids.isEmpty()) {
            ctx.err << "rasad-cli export: no actor named or numbered '" << nameOrId
                    << "' (rasad-cli actors lists them)\n";
            return Usage;
        }
        if (ids.size() > 1)
            ctx.err << "rasad-cli export: note: '" << nameOrId << "' names " << ids.size()
                    << " actors; contacts of any of them are exported\n";
        filter.actorIds.unite(ids);
    }
    for (const QString &t : std::as_const(filter.topics))
        if (std::none_of(all.events.cbegin(), all.events.cend(), [&t](const Event &e) { return e.topics.contains(t); }))
            ctx.err << "rasad-cli export: note: no event has the topic '" << t << "'\n";

    // Unfiltered, the whole record goes out (actors and articles in no event too), as in the explorer.
    const Dataset data = filter.isEmpty() ? all : filteredDataset(all, filter);
    DatasetWriter writer(data);
    writer.setFormat(LocaleFormat::forLanguage(lang)); // TimelineJS: every word of the slides in this language
    if (out == QLatin1String("-")) {
        ctx.out << QString::fromUtf8(writer.toBytes(kind));
        return Ok;
    }
    QString error;
    if (!writer.write(kind, out, &error)) {
        ctx.err << "rasad-cli: " << error << '\n';
        return InputFailed;
    }
    ctx.err << "exported " << data.articles.size() << " articles, " << data.actors.size() << " actors, "
            << data.events.size() << " events";
    if (!filter.isEmpty())
        ctx.err << " (of " << all.events.size() << " events, filtered)";
    ctx.err << " as " << DatasetWriter::formatName(kind) << " to " << QDir::toNativeSeparators(out) << '\n';
    return Ok;
}

int runSearch(const Context &ctx)
{
    const auto args = parseArgs(ctx, QStringLiteral("search"), {QStringLiteral("--json")}, {QStringLiteral("--limit")});
    if (!args)
        return Usage;
    const QString query = args->positional.join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        ctx.err << "rasad-cli search: give the text to search for: rasad-cli search TEXT [--limit N]\n";
        return Usage;
    }
    int limit = 20;
    if (args->has(QStringLiteral("--limit"))) {
        bool ok = false;
        limit = args->value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            ctx.err << "rasad-cli search: --limit needs a positive whole number, not '"
                    << args->value(QStringLiteral("--limit")) << "'\n";
            return Usage;
        }
    }
    const auto store = openExisting(ctx);
    if (!store)
        return InputFailed;
    const QList<SearchHit> hits = store->search(query, limit);
    if (readFailed(ctx, *store))
        return InputFailed;
    if (args->flags.contains(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const SearchHit &h : hits) {
            QJsonArray marks;
            for (const TextSpan &s : h.highlights)
                marks.append(QJsonArray{s.start, s.end});
            array.append(QJsonObject{{QStringLiteral("article"), h.articleId},
                                     {QStringLiteral("file"), h.fileName},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("rank"), h.rank},
                                     {QStringLiteral("snippet"), h.snippet},
                                     {QStringLiteral("snippet_start"), h.snippetStart},
                                     {QStringLiteral("highlights"), marks}});
        }
        printJson(ctx.out, array);
        return Ok;
    }
    int n = 0;
    for (const SearchHit &h : hits) {
        // Matches in «» so they stand out in any terminal, whatever its bidi support.
        QString snippet = h.snippet;
        for (qsizetype i = h.highlights.size() - 1; i >= 0; --i) {
            const TextSpan &s = h.highlights.at(i);
            snippet.insert(s.end, QStringLiteral("»"));
            snippet.insert(s.start, QStringLiteral("«"));
        }
        ctx.out << ++n << ". [" << h.articleId << "] " << h.fileName << "  " << fitted(h.title, 60) << "  (rank "
                << QString::number(h.rank, 'g', 3) << ")\n"
                << "   " << snippet << '\n';
    }
    ctx.out << hits.size() << (hits.size() == 1 ? " match\n" : " matches\n");
    return Ok;
}

} // namespace rasad::cli
