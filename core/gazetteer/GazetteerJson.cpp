// Reading and writing the gazetteer's JSON format ("format": "rasad-gazetteer", "version": 1).
// Every problem is reported once, naming the file and the JSON path of the offending value, because the
// files are hand-written by people extending the gazetteer, who need to find the mistake at once.
#include "gazetteer/Gazetteer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace rasad {

namespace {

const QString kFormat = QStringLiteral("rasad-gazetteer");
constexpr int kVersion = 1;

/** Thrown inside the reader only; fromJson turns it into the caller's error string. */
struct ReadError
{
    QString path;
    QString message;
};

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

/** Walks one document, keeping the JSON path of the value being read for error messages. */
class Reader
{
public:
    Reader(QMap<QString, QString> *sources, QList<PersonDetail> *personDetails, QList<Provenance> *placeProvenance,
           QList<Provenance> *organisationProvenance, QList<OfficeTitle> *titles, SpellingRules *spelling)
        : m_sources(sources), m_personDetails(personDetails), m_placeProvenance(placeProvenance),
          m_organisationProvenance(organisationProvenance), m_titles(titles), m_spelling(spelling)
    {
    }

    void readDocument(const QJsonObject &root, QList<Actor> &people, QList<Place> &places,
                      QList<Organisation> &organisations)
    {
        checkFields(root, QString(),
                    {"format", "version", "sources", "people", "places", "organisations", "titles", "spelling", "note",
                     "_comment"});
        if (root.value(u"format").toString() != kFormat)
            fail(QStringLiteral("format"), QStringLiteral("must be \"%1\"").arg(kFormat));
        const QJsonValue version = root.value(u"version");
        if (!version.isDouble() || version.toInt() != kVersion)
            fail(QStringLiteral("version"), QStringLiteral("must be %1").arg(kVersion));

        const QJsonValue sources = root.value(u"sources");
        if (!sources.isUndefined()) {
            if (!sources.isObject())
                fail(QStringLiteral("sources"), QStringLiteral("must be an object, not ") + describe(sources));
            const QJsonObject o = sources.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString path = QStringLiteral("sources.") + it.key();
                if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                    fail(path, QStringLiteral("must be a non-empty string naming the source"));
                m_sources->insert(it.key(), it.value().toString());
            }
        }

        const QJsonArray peopleArray = arrayAt(root, QString(), "people");
        QHash<QString, int> seen;
        for (int i = 0; i < peopleArray.size(); ++i) {
            const QString path = QStringLiteral("people[%1]").arg(i);
            PersonDetail detail;
            Actor actor = readPerson(objectOf(peopleArray.at(i), path), path, detail);
            checkUnique(seen, actor.key, path, QStringLiteral("people"));
            people.append(std::move(actor));
            m_personDetails->append(std::move(detail));
        }

        const QJsonArray placeArray = arrayAt(root, QString(), "places");
        seen.clear();
        for (int i = 0; i < placeArray.size(); ++i) {
            const QString path = QStringLiteral("places[%1]").arg(i);
            Provenance provenance;
            Place place = readPlace(objectOf(placeArray.at(i), path), path, provenance);
            checkUnique(seen, place.key, path, QStringLiteral("places"));
            places.append(std::move(place));
            m_placeProvenance->append(std::move(provenance));
        }

        const QJsonArray organisationArray = arrayAt(root, QString(), "organisations");
        seen.clear();
        for (int i = 0; i < organisationArray.size(); ++i) {
            const QString path = QStringLiteral("organisations[%1]").arg(i);
            Provenance provenance;
            Organisation organisation = readOrganisation(objectOf(organisationArray.at(i), path), path, provenance);
            checkUnique(seen, organisation.key, path, QStringLiteral("organisations"));
            organisations.append(std::move(organisation));
            m_organisationProvenance->append(std::move(provenance));
        }

        const QJsonArray titleArray = arrayAt(root, QString(), "titles");
        for (int i = 0; i < titleArray.size(); ++i) {
            const QString path = QStringLiteral("titles[%1]").arg(i);
            const QJsonObject o = objectOf(titleArray.at(i), path);
            checkFields(o, path, {"title", "title_en", "variants", "note"});
            OfficeTitle title;
            title.title = requiredString(o, path, "title");
            title.titleEn = optionalString(o, path, "title_en");
            title.variants = stringList(o, path, "variants");
            m_titles->append(std::move(title));
        }

        const QJsonValue spelling = root.value(u"spelling");
        if (!spelling.isUndefined())
            readSpelling(objectOf(spelling, QStringLiteral("spelling")), QStringLiteral("spelling"));
    }

private:
    [[noreturn]] static void fail(const QString &path, const QString &message) { throw ReadError{path, message}; }

    static QString join(const QString &path, const char *field)
    {
        return path.isEmpty() ? QString::fromLatin1(field) : path + u'.' + QString::fromLatin1(field);
    }

    static QJsonObject objectOf(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, QStringLiteral("must be an object, not ") + describe(v));
        return v.toObject();
    }

    static void checkFields(const QJsonObject &o, const QString &path, std::initializer_list<const char *> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char *field : allowed)
                known = known || it.key() == QLatin1String(field);
            if (!known)
                fail(path.isEmpty() ? it.key() : path + u'.' + it.key(), QStringLiteral("unknown field"));
        }
    }

    static QJsonArray arrayAt(const QJsonObject &o, const QString &path, const char *field)
    {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(join(path, field), QStringLiteral("must be an array, not ") + describe(v));
        return v.toArray();
    }

    static QString requiredString(const QJsonObject &o, const QString &path, const char *field)
    {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined())
            fail(join(path, field), QStringLiteral("missing"));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            fail(join(path, field), QStringLiteral("must be a non-empty string, not ") + describe(v));
        return v.toString().trimmed();
    }

    static QString optionalString(const QJsonObject &o, const QString &path, const char *field)
    {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(join(path, field), QStringLiteral("must be a string, not ") + describe(v));
        return v.toString().trimmed();
    }

    static QStringList stringList(const QJsonObject &o, const QString &path, const char *field)
    {
        const QJsonArray a = arrayAt(o, path, field);
        QStringList out;
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
                fail(join(path, field) + QStringLiteral("[%1]").arg(i),
                     QStringLiteral("must be a non-empty string, not ") + describe(a.at(i)));
            out.append(a.at(i).toString().trimmed());
        }
        return out;
    }

    static QString country(const QJsonObject &o, const QString &path, const char *field = "country")
    {
        const QString code = requiredString(o, path, field);
        if (!Gazetteer::isCountryCode(code))
            fail(join(path, field), quoted(code) + QStringLiteral(" is not an ISO 3166-1 alpha-2 country code"));
        return code;
    }

    static void checkUnique(QHash<QString, int> &seen, const QString &id, const QString &path, const QString &array)
    {
        const auto it = seen.constFind(id);
        if (it != seen.constEnd())
            fail(path + QStringLiteral(".id"),
                 quoted(id) + QStringLiteral(" is already used by %1[%2]").arg(array).arg(it.value()));
        seen.insert(id, int(seen.size()));
    }

    static QString id(const QJsonObject &o, const QString &path)
    {
        const QString value = requiredString(o, path, "id");
        if (!Gazetteer::isValidId(value))
            fail(path + QStringLiteral(".id"),
                 quoted(value) + QStringLiteral(" must be lower-case ASCII letters, digits, '_' or '-'"));
        return value;
    }

    /** "source": "key" or ["key", ...]; every key must be in this file's "sources". */
    Provenance provenance(const QJsonObject &o, const QString &path) const
    {
        Provenance p;
        const QJsonValue v = o.value(u"source");
        if (v.isString())
            p.sources = QStringList{v.toString().trimmed()};
        else if (v.isArray())
            p.sources = stringList(o, path, "source");
        else if (!v.isUndefined() && !v.isNull())
            fail(path + QStringLiteral(".source"),
                 QStringLiteral("must be a source key or an array of them, not ") + describe(v));
        for (const QString &key : std::as_const(p.sources))
            if (!m_sources->contains(key))
                fail(path + QStringLiteral(".source"),
                     QStringLiteral("unknown source ") + quoted(key) + QStringLiteral(" (not a key of \"sources\")"));
        p.note = optionalString(o, path, "note");
        return p;
    }

    /** A "from"/"to" date as written; empty when null or absent. */
    static QString dateText(const QJsonObject &o, const QString &path, const char *field)
    {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString() || !Gazetteer::dateSpan(v.toString()))
            fail(join(path, field), QStringLiteral("must be null or a date written YYYY, YYYY-MM or YYYY-MM-DD, not ") +
                                        (v.isString() ? quoted(v.toString()) : describe(v)));
        return v.toString();
    }

    Actor readPerson(const QJsonObject &o, const QString &path, PersonDetail &detail) const
    {
        checkFields(o, path,
                    {"id", "name", "name_en", "country", "aliases", "roles", "source", "note", "mention_only"});
        Actor a;
        a.kind = ActorKind::Person;
        a.key = id(o, path);
        a.name = requiredString(o, path, "name");
        a.nameEn = optionalString(o, path, "name_en");
        a.country = country(o, path);
        a.aliases = stringList(o, path, "aliases");
        const QJsonValue mentionOnly = o.value(u"mention_only");
        if (!mentionOnly.isUndefined() && !mentionOnly.isBool())
            fail(path + QStringLiteral(".mention_only"), QStringLiteral("must be true or false"));
        a.mentionOnly = mentionOnly.toBool(false);
        detail.provenance = provenance(o, path);

        const QJsonArray roles = arrayAt(o, path, "roles");
        for (int i = 0; i < roles.size(); ++i) {
            const QString rolePath = path + QStringLiteral(".roles[%1]").arg(i);
            const QJsonObject r = objectOf(roles.at(i), rolePath);
            checkFields(r, rolePath, {"title", "title_en", "organisation", "country", "from", "to", "source", "note"});
            Role role;
            RoleDetail roleDetail;
            role.title = requiredString(r, rolePath, "title");
            role.titleEn = optionalString(r, rolePath, "title_en");
            role.organisation = optionalString(r, rolePath, "organisation");
            role.country = country(r, rolePath);
            const QString fromText = dateText(r, rolePath, "from");
            const QString toText = dateText(r, rolePath, "to");
            if (!Gazetteer::setRoleDates(role, roleDetail, fromText, toText)) // both well-formed: the order is wrong
                fail(rolePath + QStringLiteral(".to"),
                     quoted(toText) + QStringLiteral(" is before \"from\" ") + quoted(fromText));
            roleDetail.provenance = provenance(r, rolePath);
            a.roles.append(role);
            detail.roles.append(roleDetail);
        }
        return a;
    }

    Place readPlace(const QJsonObject &o, const QString &path, Provenance &prov) const
    {
        checkFields(o, path, {"id", "name", "name_en", "country", "kind", "within", "aliases", "source", "note"});
        Place p;
        p.key = id(o, path);
        p.name = requiredString(o, path, "name");
        p.nameEn = optionalString(o, path, "name_en");
        p.country = country(o, path);
        p.kind = requiredString(o, path, "kind");
        if (!Gazetteer::placeKinds().contains(p.kind))
            fail(path + QStringLiteral(".kind"), quoted(p.kind) + QStringLiteral(" is not one of ") +
                                                     Gazetteer::placeKinds().join(QStringLiteral(", ")));
        p.within = optionalString(o, path, "within");
        if (!p.within.isEmpty() && !Gazetteer::isValidId(p.within))
            fail(path + QStringLiteral(".within"), QStringLiteral("must be the id of another place"));
        p.aliases = stringList(o, path, "aliases");
        prov = provenance(o, path);
        return p;
    }

    Organisation readOrganisation(const QJsonObject &o, const QString &path, Provenance &prov) const
    {
        checkFields(o, path, {"id", "name", "name_en", "country", "aliases", "source", "note"});
        Organisation org;
        org.key = id(o, path);
        org.name = requiredString(o, path, "name");
        org.nameEn = optionalString(o, path, "name_en");
        org.country = country(o, path);
        org.aliases = stringList(o, path, "aliases");
        prov = provenance(o, path);
        return org;
    }

    void readSpelling(const QJsonObject &o, const QString &path)
    {
        checkFields(o, path, {"joinable_prefixes", "letter_groups", "word_groups", "note"});
        m_spelling->joinablePrefixes += stringList(o, path, "joinable_prefixes");
        const QJsonArray groups = arrayAt(o, path, "letter_groups");
        for (int i = 0; i < groups.size(); ++i) {
            const QString groupPath = path + QStringLiteral(".letter_groups[%1]").arg(i);
            const QJsonObject g = objectOf(groups.at(i), groupPath);
            checkFields(g, groupPath, {"letters", "countries", "note"});
            SpellingRules::LetterGroup group;
            group.letters = stringList(g, groupPath, "letters");
            if (group.letters.size() < 2)
                fail(groupPath + QStringLiteral(".letters"), QStringLiteral("needs at least two letters"));
            for (int j = 0; j < group.letters.size(); ++j)
                if (group.letters.at(j).size() != 1)
                    fail(groupPath + QStringLiteral(".letters[%1]").arg(j), QStringLiteral("must be one letter"));
            group.countries = stringList(g, groupPath, "countries");
            for (int j = 0; j < group.countries.size(); ++j)
                if (!Gazetteer::isCountryCode(group.countries.at(j)))
                    fail(groupPath + QStringLiteral(".countries[%1]").arg(j),
                         quoted(group.countries.at(j)) + QStringLiteral(" is not an ISO 3166-1 alpha-2 country code"));
            m_spelling->letterGroups.append(std::move(group));
        }
        const QJsonArray words = arrayAt(o, path, "word_groups");
        for (int i = 0; i < words.size(); ++i) {
            const QString groupPath = path + QStringLiteral(".word_groups[%1]").arg(i);
            if (!words.at(i).isArray())
                fail(groupPath, QStringLiteral("must be an array of words, not ") + describe(words.at(i)));
            QStringList group;
            const QJsonArray a = words.at(i).toArray();
            for (int j = 0; j < a.size(); ++j) {
                const QString word = a.at(j).toString().trimmed();
                if (!a.at(j).isString() || word.isEmpty() || word.contains(u' '))
                    fail(groupPath + QStringLiteral("[%1]").arg(j), QStringLiteral("must be one word"));
                group.append(word);
            }
            if (group.size() < 2)
                fail(groupPath, QStringLiteral("needs at least two words"));
            m_spelling->wordGroups.append(std::move(group));
        }
    }

    QMap<QString, QString> *m_sources;
    QList<PersonDetail> *m_personDetails;
    QList<Provenance> *m_placeProvenance;
    QList<Provenance> *m_organisationProvenance;
    QList<OfficeTitle> *m_titles;
    SpellingRules *m_spelling;
};

/** Line and column (1-based) of a byte offset, for JSON syntax errors. */
QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

void putIfSet(QJsonObject &o, const char *field, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(field), value);
}

void putList(QJsonObject &o, const char *field, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(QLatin1String(field), QJsonArray::fromStringList(values));
}

void putProvenance(QJsonObject &o, const Provenance &p)
{
    if (p.sources.size() == 1)
        o.insert(u"source", p.sources.constFirst());
    else
        putList(o, "source", p.sources);
    putIfSet(o, "note", p.note);
}

QJsonValue dateValue(const QString &text, const QDate &date)
{
    if (!text.isEmpty())
        return text;
    if (date.isValid())
        return date.toString(Qt::ISODate);
    return QJsonValue::Null;
}

} // namespace

std::optional<Gazetteer::DateSpan> Gazetteer::dateSpan(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (year < 1900 || year > 2100)
        return std::nullopt;
    if (!m.hasCaptured(2))
        return DateSpan{QDate(year, 1, 1), QDate(year, 12, 31)};
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    const QDate first(year, month, 1);
    if (!m.hasCaptured(3))
        return DateSpan{first, first.addMonths(1).addDays(-1)};
    const QDate day(year, month, m.captured(3).toInt());
    if (!day.isValid())
        return std::nullopt;
    return DateSpan{day, day};
}

bool Gazetteer::setRoleDates(Role &role, RoleDetail &detail, const QString &fromText, const QString &toText)
{
    DateSpan from, to;
    if (!fromText.isEmpty()) {
        const std::optional<DateSpan> span = dateSpan(fromText);
        if (!span)
            return false;
        from = *span;
    }
    if (!toText.isEmpty()) {
        const std::optional<DateSpan> span = dateSpan(toText);
        if (!span)
            return false;
        to = *span;
    }
    if (from.earliest.isValid() && to.latest.isValid() && to.latest < from.earliest)
        return false;
    // Widest interval in Role (so heldOn never misses a day it may cover); the sure part in the detail.
    role.from = from.earliest;
    role.to = to.latest;
    detail.fromText = fromText;
    detail.toText = toText;
    detail.certainFrom = from.latest;
    detail.certainTo = to.earliest;
    return true;
}

bool Gazetteer::isCountryCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}$"));
    return pattern.match(code).hasMatch() && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

const QStringList &Gazetteer::placeKinds()
{
    static const QStringList kinds{QStringLiteral("capital"),  QStringLiteral("city"),   QStringLiteral("base"),
                                   QStringLiteral("building"), QStringLiteral("region"), QStringLiteral("country"),
                                   QStringLiteral("port"),     QStringLiteral("airport")};
    return kinds;
}

bool Gazetteer::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    return pattern.match(id).hasMatch();
}

std::optional<Gazetteer> Gazetteer::fromJson(const QByteArray &json, const QString &origin, QString *error)
{
    auto report = [&](const QString &message) {
        if (error)
            *error = origin + QStringLiteral(": ") + message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return report(QStringLiteral("not valid JSON at %1: %2")
                          .arg(lineAndColumn(json, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return report(QStringLiteral("the document must be a JSON object with \"format\": \"%1\"").arg(kFormat));

    Gazetteer g;
    Reader reader(&g.m_sources, &g.m_personDetails, &g.m_placeProvenance, &g.m_organisationProvenance, &g.m_titles,
                  &g.m_spelling);
    try {
        reader.readDocument(doc.object(), g.m_people, g.m_places, g.m_organisations);
    } catch (const ReadError &e) {
        return report(e.path + QStringLiteral(": ") + e.message);
    }
    g.reindex();
    return g;
}

std::optional<Gazetteer> Gazetteer::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": cannot be read: ") + file.errorString();
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

QByteArray Gazetteer::toJson() const
{
    QJsonObject root;
    root.insert(u"format", kFormat);
    root.insert(u"version", kVersion);

    QJsonObject sources;
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it)
        sources.insert(it.key(), it.value());
    root.insert(u"sources", sources);

    QJsonArray people;
    for (int i = 0; i < m_people.size(); ++i) {
        const Actor &a = m_people.at(i);
        const PersonDetail &detail = m_personDetails.at(i);
        QJsonObject o;
        o.insert(u"id", a.key);
        o.insert(u"name", a.name);
        putIfSet(o, "name_en", a.nameEn);
        o.insert(u"country", a.country);
        putList(o, "aliases", a.aliases);
        if (a.mentionOnly)
            o.insert(u"mention_only", true);
        QJsonArray roles;
        for (int r = 0; r < a.roles.size(); ++r) {
            const Role &role = a.roles.at(r);
            const RoleDetail roleDetail = r < detail.roles.size() ? detail.roles.at(r) : RoleDetail{};
            QJsonObject ro;
            ro.insert(u"title", role.title);
            putIfSet(ro, "title_en", role.titleEn);
            putIfSet(ro, "organisation", role.organisation);
            ro.insert(u"country", role.country);
            ro.insert(u"from", dateValue(roleDetail.fromText, role.from));
            ro.insert(u"to", dateValue(roleDetail.toText, role.to));
            putProvenance(ro, roleDetail.provenance);
            roles.append(ro);
        }
        if (!roles.isEmpty())
            o.insert(u"roles", roles);
        putProvenance(o, detail.provenance);
        people.append(o);
    }
    if (!people.isEmpty())
        root.insert(u"people", people);

    QJsonArray places;
    for (int i = 0; i < m_places.size(); ++i) {
        const Place &p = m_places.at(i);
        QJsonObject o;
        o.insert(u"id", p.key);
        o.insert(u"name", p.name);
        putIfSet(o, "name_en", p.nameEn);
        o.insert(u"country", p.country);
        o.insert(u"kind", p.kind);
        putIfSet(o, "within", p.within);
        putList(o, "aliases", p.aliases);
        putProvenance(o, m_placeProvenance.at(i));
        places.append(o);
    }
    if (!places.isEmpty())
        root.insert(u"places", places);

    QJsonArray organisations;
    for (int i = 0; i < m_organisations.size(); ++i) {
        const Organisation &org = m_organisations.at(i);
        QJsonObject o;
        o.insert(u"id", org.key);
        o.insert(u"name", org.name);
        putIfSet(o, "name_en", org.nameEn);
        o.insert(u"country", org.country);
        putList(o, "aliases", org.aliases);
        putProvenance(o, m_organisationProvenance.at(i));
        organisations.append(o);
    }
    if (!organisations.isEmpty())
        root.insert(u"organisations", organisations);

    QJsonArray titles;
    for (const OfficeTitle &t : m_titles) {
        QJsonObject o;
        o.insert(u"title", t.title);
        putIfSet(o, "title_en", t.titleEn);
        putList(o, "variants", t.variants);
        titles.append(o);
    }
    if (!titles.isEmpty())
        root.insert(u"titles", titles);

    if (!m_spelling.isEmpty()) {
        QJsonObject spelling;
        putList(spelling, "joinable_prefixes", m_spelling.joinablePrefixes);
        QJsonArray groups;
        for (const SpellingRules::LetterGroup &g : m_spelling.letterGroups) {
            QJsonObject o;
            putList(o, "letters", g.letters);
            putList(o, "countries", g.countries);
            groups.append(o);
        }
        if (!groups.isEmpty())
            spelling.insert(u"letter_groups", groups);
        QJsonArray wordGroups;
        for (const QStringList &g : m_spelling.wordGroups)
            wordGroups.append(QJsonArray::fromStringList(g));
        if (!wordGroups.isEmpty())
            spelling.insert(u"word_groups", wordGroups);
        root.insert(u"spelling", spelling);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace rasad
