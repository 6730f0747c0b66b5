#include "dates/DateLexicon.h"

#include "text/ArabicNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>

#include <functional>

namespace rasad {

namespace {

Q_LOGGING_CATEGORY(lcDates, "rasad.dates")

/** The trie form of a phrase: its matching key with every white-space run turned into one space. */
QString phraseKey(const QString &phrase)
{
    const QString key = matchingKey(phrase);
    QString out;
    out.reserve(key.size());
    for (const QChar c : key) {
        if (c.isSpace()) {
            if (!out.isEmpty() && out.back() != u' ')
                out.append(u' ');
        } else {
            out.append(c);
        }
    }
    while (out.endsWith(u' '))
        out.chop(1);
    return out;
}

/** A loader that remembers the first problem it met, phrased for the user. */
class Loader
{
public:
    QString problem;

    QJsonArray array(const QJsonObject &o, const QString &name)
    {
        const QJsonValue v = o.value(name);
        if (!v.isArray()) {
            fail(QStringLiteral("'%1' must be an array").arg(name));
            return {};
        }
        return v.toArray();
    }
    QStringList strings(const QJsonValue &v, const QString &where)
    {
        QStringList out;
        if (!v.isArray()) {
            fail(QStringLiteral("'%1' must be an array of strings").arg(where));
            return out;
        }
        for (const QJsonValue &s : v.toArray()) {
            if (!s.isString() || s.toString().trimmed().isEmpty()) {
                fail(QStringLiteral("'%1' holds an empty or non-string name").arg(where));
                continue;
            }
            out << s.toString();
        }
        return out;
    }
    int integer(const QJsonObject &o, const QString &name, int lo, int hi, const QString &where)
    {
        const QJsonValue v = o.value(name);
        const int n = v.toInt(lo - 1);
        if (!v.isDouble() || n < lo || n > hi) {
            fail(QStringLiteral("'%1' needs '%2' between %3 and %4").arg(where, name).arg(lo).arg(hi));
            return lo;
        }
        return n;
    }
    void fail(const QString &p)
    {
        if (problem.isEmpty())
            problem = p;
    }
};

} // namespace

DateWord &DateLexicon::wordFor(const QString &phrase)
{
    const QString key = phraseKey(phrase);
    int node = kRoot;
    for (const QChar c : key) {
        const quint64 edge = (quint64(quint32(node)) << 16) | c.unicode();
        auto it = m_edges.find(edge);
        if (it == m_edges.end()) {
            const int child = int(m_wordOfNode.size());
            m_wordOfNode.push_back(-1);
            it = m_edges.emplace(edge, child).first;
        }
        node = it->second;
    }
    if (m_wordOfNode[size_t(node)] < 0) {
        m_wordOfNode[size_t(node)] = int(m_words.size());
        m_words.emplace_back();
    }
    return m_words[size_t(m_wordOfNode[size_t(node)])];
}

void DateLexicon::freeze()
{
    int bits = 4;
    while ((size_t(1) << bits) < m_edges.size() * 2 + 1)
        ++bits;
    const size_t size = size_t(1) << bits;
    m_keys.assign(size, kNoKey);
    m_targets.assign(size, -1);
    m_mask = size - 1;
    m_shift = 64 - bits;
    for (const auto &[key, target] : m_edges) {
        size_t h = size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift);
        while (m_keys[h] != kNoKey)
            h = (h + 1) & m_mask;
        m_keys[h] = key;
        m_targets[h] = target;
    }
    m_edges.clear();
}

std::shared_ptr<const DateLexicon> DateLexicon::fromJson(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("%1: not valid JSON at offset %2: %3")
                               .arg(origin)
                               .arg(parseError.offset)
                               .arg(parseError.errorString())
                         : QStringLiteral("%1: the top level must be a JSON object").arg(origin);
        }
        return nullptr;
    }
    const QJsonObject root = doc.object();
    auto lex = std::make_shared<DateLexicon>();
    Loader load;

    for (const QString &c : load.strings(root.value(QStringLiteral("clitics")), QStringLiteral("clitics")))
        lex->m_clitics += matchingKey(c);

    // Sections of {"<valueName>": n, "names": [...]}: apply(word, n, originalName) sets the role.
    const auto numbered = [&](const QString &section, const QString &valueName, int lo, int hi,
                              const std::function<void(DateWord &, int, const QString &)> &apply) {
        for (const QJsonValue &item : load.array(root, section)) {
            const QJsonObject o = item.toObject();
            const int n = load.integer(o, valueName, lo, hi, section);
            for (const QString &name : load.strings(o.value(QStringLiteral("names")), section))
                apply(lex->wordFor(name), n, name);
        }
    };
    numbered(QStringLiteral("gregorianMonths"), QStringLiteral("month"), 1, 12,
             [&](DateWord &w, int n, const QString &name) {
                 w.gregorianMonth = n;
                 lex->m_gregorianNames.append({name, n});
             });
    numbered(QStringLiteral("hijriMonths"), QStringLiteral("month"), 1, 12,
             [&](DateWord &w, int n, const QString &name) {
                 w.hijriMonth = n;
                 lex->m_hijriNames.append({name, n});
             });
    numbered(QStringLiteral("weekdays"), QStringLiteral("weekday"), 1, 7, [&](DateWord &w, int n, const QString &name) {
        w.weekday = n;
        lex->m_weekdayNames.append({name, n});
    });
    numbered(QStringLiteral("relativeDays"), QStringLiteral("offset"), -7, 7, [](DateWord &w, int n, const QString &) {
        w.relativeDay = true;
        w.relativeDayOffset = n;
    });
    numbered(QStringLiteral("numberWords"), QStringLiteral("value"), 1, 100,
             [](DateWord &w, int n, const QString &) { w.number = n; });
    numbered(QStringLiteral("ordinalDays"), QStringLiteral("day"), 1, 31,
             [](DateWord &w, int n, const QString &) { w.ordinalDay = n; });

    for (const QString &name :
         load.strings(root.value(QStringLiteral("ambiguousMonthNames")), QStringLiteral("ambiguousMonthNames")))
        lex->wordFor(name).ambiguousMonth = true;
    for (const QString &name : load.strings(root.value(QStringLiteral("ambiguousHijriMonthNames")),
                                            QStringLiteral("ambiguousHijriMonthNames")))
        lex->wordFor(name).ambiguousMonth = true;
    for (const QString &name :
         load.strings(root.value(QStringLiteral("bareWeekdayNames")), QStringLiteral("bareWeekdayNames")))
        lex->wordFor(name).bareWeekday = true;
    for (const QString &name :
         load.strings(root.value(QStringLiteral("bareRelativeDayNames")), QStringLiteral("bareRelativeDayNames")))
        lex->wordFor(name).bareRelativeDay = true;

    for (const QJsonValue &item : load.array(root, QStringLiteral("dayParts"))) {
        const QJsonObject o = item.toObject();
        const QString part = o.value(QStringLiteral("part")).toString();
        const DayPart p = part == QLatin1String("morning")   ? DayPart::Morning
                          : part == QLatin1String("evening") ? DayPart::Evening
                          : part == QLatin1String("night")   ? DayPart::Night
                                                             : DayPart::None;
        if (p == DayPart::None)
            load.fail(QStringLiteral("'dayParts' part must be morning, evening or night, not '%1'").arg(part));
        for (const QString &name : load.strings(o.value(QStringLiteral("names")), QStringLiteral("dayParts")))
            lex->wordFor(name).dayPart = p;
    }

    const QJsonObject directions = root.value(QStringLiteral("directions")).toObject();
    const std::pair<const char *, DateDirection> kDirections[] = {
        {"past", DateDirection::Past},
        {"current", DateDirection::Current},
        {"future", DateDirection::Future},
        {"pastButOne", DateDirection::PastButOne}};
    for (const auto &[name, dir] : kDirections)
        for (const QString &w : load.strings(directions.value(QLatin1String(name)), QStringLiteral("directions")))
            lex->wordFor(w).direction = dir;

    const QJsonObject parts = root.value(QStringLiteral("partsOfPeriod")).toObject();
    const std::pair<const char *, PeriodPart> kParts[] = {
        {"early", PeriodPart::Early}, {"mid", PeriodPart::Mid}, {"late", PeriodPart::Late}};
    for (const auto &[name, part] : kParts)
        for (const QString &w : load.strings(parts.value(QLatin1String(name)), QStringLiteral("partsOfPeriod")))
            lex->wordFor(w).part = part;

    for (const QJsonValue &item : load.array(root, QStringLiteral("units"))) {
        const QJsonObject o = item.toObject();
        const QString unit = o.value(QStringLiteral("unit")).toString();
        const DateUnit u = unit == QLatin1String("day")     ? DateUnit::Day
                           : unit == QLatin1String("week")  ? DateUnit::Week
                           : unit == QLatin1String("month") ? DateUnit::Month
                           : unit == QLatin1String("year")  ? DateUnit::Year
                                                            : DateUnit::None;
        if (u == DateUnit::None)
            load.fail(QStringLiteral("'units' unit must be day, week, month or year, not '%1'").arg(unit));
        const int count = load.integer(o, QStringLiteral("count"), 0, 2, QStringLiteral("units"));
        const bool definite = o.value(QStringLiteral("definite")).toBool(false);
        for (const QString &name : load.strings(o.value(QStringLiteral("names")), QStringLiteral("units"))) {
            DateWord &w = lex->wordFor(name);
            w.unit = u;
            w.unitCount = count;
            w.definiteUnit = definite;
        }
    }

    const QJsonObject markers = root.value(QStringLiteral("markers")).toObject();
    const std::pair<const char *, DateMarker> kMarkers[] = {
        {"dayWord", MarkDayWord},
        {"monthWord", MarkMonthWord},
        {"of", MarkOf},
        {"from", MarkFrom},
        {"between", MarkBetween},
        {"to", MarkTo},
        {"and", MarkAnd},
        {"equivalent", MarkEquivalent},
        {"hijriEra", MarkHijriEra},
        {"gregorianEra", MarkGregorianEra},
        {"am", MarkAm},
        {"pm", MarkPm},
        {"ago", MarkAgo},
        {"after", MarkAfter},
        {"approximately", MarkApproximately},
        {"hour", MarkHour},
        {"englishOrdinal", MarkEnglishOrdinal},
        {"yearPrefix", MarkYearPrefix},
        {"same", MarkSame},
        {"recurring", MarkRecurring},
        {"sameDay", MarkSameDay},
    };
    for (const auto &[name, marker] : kMarkers) {
        const QString section = QStringLiteral("markers.") + QLatin1String(name);
        for (const QString &w : load.strings(markers.value(QLatin1String(name)), section))
            lex->wordFor(w).markers |= marker;
    }
    for (const QString &w : load.strings(root.value(QStringLiteral("countNouns")), QStringLiteral("countNouns")))
        lex->wordFor(w).markers |= MarkCountNoun;
    for (const QString &w : load.strings(root.value(QStringLiteral("verbsLikeNisba")), QStringLiteral("verbsLikeNisba")))
        lex->wordFor(w).verb = true;

    if (!load.problem.isEmpty()) {
        if (error)
            *error = origin + QStringLiteral(": ") + load.problem;
        return nullptr;
    }
    lex->freeze();
    return lex;
}

std::shared_ptr<const DateLexicon> DateLexicon::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
        return nullptr;
    }
    return fromJson(file.readAll(), path, error);
}

std::shared_ptr<const DateLexicon> DateLexicon::bundled()
{
    static const std::shared_ptr<const DateLexicon> instance = [] {
        QString error;
        auto lex = fromFile(QStringLiteral(":/rasad/lexicon/dates.json"), &error);
        if (!lex) {
            // A broken bundled lexicon is a build defect; say so and keep running with no dates.
            qCCritical(lcDates).noquote() << error;
            lex = std::make_shared<DateLexicon>();
        }
        return lex;
    }();
    return instance;
}

} // namespace rasad
