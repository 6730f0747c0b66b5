#include "extract/ExtractionLexicon.h"

#include "text/ArabicNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

static void initExtractionResources()
{
    Q_INIT_RESOURCE(extraction_lexicon);
}

namespace rasad {

namespace {

QString key(const QJsonValue &value)
{
    return matchingKey(value.toString());
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

void addAll(PhraseTable &table, const QJsonValue &forms, int payload = 0)
{
    for (const QString &form : strings(forms))
        table.add(form, payload);
}

QSet<QString> keySet(const QJsonValue &forms)
{
    QSet<QString> out;
    for (const QString &form : strings(forms))
        out.insert(matchingKey(form));
    return out;
}

std::optional<QJsonObject> readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": cannot be read (") + file.errorString() + QLatin1Char(')');
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = path + QStringLiteral(": not a JSON object (") + parseError.errorString() +
                     QStringLiteral(" at offset ") + QString::number(parseError.offset) + QLatin1Char(')');
        return std::nullopt;
    }
    return doc.object();
}

EventType typeFromName(const QString &name)
{
    return eventTypeFromName(name);
}

} // namespace

int ExtractionLexicon::countryIndex(const QString &code)
{
    int index = int(countryCodes.indexOf(code));
    if (index < 0) {
        countryCodes << code;
        index = int(countryCodes.size()) - 1;
    }
    return index;
}

int ExtractionLexicon::typeRank(EventType type) const
{
    const int rank = int(typePriority.indexOf(type));
    return rank < 0 ? int(typePriority.size()) : rank;
}

QString ExtractionLexicon::cameoFor(EventType type, bool planned, bool hosted, bool thirdLocation) const
{
    if (planned && !cameoPlanned.isEmpty())
        return cameoPlanned;
    if (type != EventType::Call && thirdLocation && !cameoThirdLocation.isEmpty())
        return cameoThirdLocation;
    if (type != EventType::Call && hosted && !cameoHost.isEmpty())
        return cameoHost;
    return cameoByType.value(eventTypeName(type), cameoByType.value(QStringLiteral("other")));
}

QString ExtractionLexicon::countryFromNameShape(const QStringList &nameKeys) const
{
    for (auto it = patronymicEndings.cbegin(); it != patronymicEndings.cend(); ++it)
        for (const QString &word : nameKeys)
            for (const QString &ending : it.value())
                if (word.size() > ending.size() + 1 && word.endsWith(ending))
                    return it.key();
    for (auto it = surnameEndings.cbegin(); it != surnameEndings.cend(); ++it)
        for (const QString &word : nameKeys)
            for (const QString &ending : it.value())
                if (word.size() > ending.size() + 2 && word.endsWith(ending))
                    return it.key();
    return {};
}

bool ExtractionLexicon::endsWithPatronymic(const QStringList &nameKeys) const
{
    if (nameKeys.size() < 2)
        return false;
    const QString &last = nameKeys.constLast();
    for (const QStringList &endings : patronymicEndings)
        for (const QString &ending : endings)
            if (last.size() > ending.size() + 1 && last.endsWith(ending))
                return true;
    return false;
}

std::optional<ExtractionLexicon> ExtractionLexicon::load(const QString &directory, QString *error)
{
    ExtractionLexicon lex;
    const auto file = [&](const char *name) -> QString { return directory + QLatin1Char('/') + QLatin1String(name); };

    // Titles
    const auto titles = readObject(file("extraction-titles.json"), error);
    if (!titles)
        return std::nullopt;
    lex.titleHeads = keySet(titles->value(QLatin1String("heads")));
    lex.counterpartHeads = keySet(titles->value(QLatin1String("counterpartHeads")));
    lex.titleHeads.unite(lex.counterpartHeads);
    lex.unitNouns = keySet(titles->value(QLatin1String("unitNouns")));
    const QJsonObject duals = titles->value(QLatin1String("dualHeads")).toObject();
    for (auto it = duals.begin(); it != duals.end(); ++it)
        lex.dualHeads.insert(matchingKey(it.key()), key(it.value()));
    for (const QJsonValue &t : titles->value(QLatin1String("titles")).toArray()) {
        const QJsonObject o = t.toObject();
        lex.titles.append(
            TitleInfo{o.value(QLatin1String("canonical")).toString(), o.value(QLatin1String("en")).toString()});
        const int index = int(lex.titles.size()) - 1;
        lex.titleForms.add(lex.titles.constLast().canonical, index);
        addAll(lex.titleForms, o.value(QLatin1String("forms")), index);
    }
    addAll(lex.nonPublicOffices, titles->value(QLatin1String("nonPublicOffices")));
    lex.residentOffices = keySet(titles->value(QLatin1String("residentOffices")));
    lex.portfolioNouns = keySet(titles->value(QLatin1String("portfolioNouns")));
    lex.regionNouns = keySet(titles->value(QLatin1String("regionNouns")));
    if (lex.titles.isEmpty() || lex.titleHeads.isEmpty()) {
        if (error)
            *error = file("extraction-titles.json") + QStringLiteral(": no 'titles' or no 'heads'");
        return std::nullopt;
    }

    // Ranks
    const auto ranks = readObject(file("extraction-ranks.json"), error);
    if (!ranks)
        return std::nullopt;
    for (const QJsonValue &r : ranks->value(QLatin1String("ranks")).toArray()) {
        const QJsonObject o = r.toObject();
        lex.ranks.add(o.value(QLatin1String("form")).toString(), o.value(QLatin1String("military")).toBool() ? 1 : 0);
    }

    // Names
    const auto names = readObject(file("extraction-names.json"), error);
    if (!names)
        return std::nullopt;
    lex.forwardParticles = keySet(names->value(QLatin1String("forwardParticles")));
    lex.backwardParticles = keySet(names->value(QLatin1String("backwardParticles")));
    lex.stopWords = keySet(names->value(QLatin1String("stopWords")));
    lex.backgroundGovernors = keySet(names->value(QLatin1String("backgroundGovernors")));
    lex.givenNames = keySet(names->value(QLatin1String("givenNames")));
    lex.formerAdjectives = keySet(names->value(QLatin1String("formerAdjectives")));
    lex.titleAdjectives = keySet(names->value(QLatin1String("titleAdjectives")));
    lex.titleAdjectives.unite(lex.formerAdjectives);
    lex.notNameWords = keySet(names->value(QLatin1String("notNameWords")));
    lex.maxNameWords = names->value(QLatin1String("maxNameWords")).toInt(5);
    lex.minUnknownNameWords = names->value(QLatin1String("minUnknownNameWords")).toInt(2);

    // Nationalities: each adjective in its masculine definite form; the other forms are derived.
    const auto nat = readObject(file("extraction-nationalities.json"), error);
    if (!nat)
        return std::nullopt;
    lex.focusCountries = strings(nat->value(QLatin1String("focus")));
    const QJsonObject adjectives = nat->value(QLatin1String("adjectives")).toObject();
    for (auto it = adjectives.begin(); it != adjectives.end(); ++it) {
        const int index = lex.countryIndex(it.key());
        for (const QString &form : strings(it.value())) {
            const QString k = matchingKey(form);
            const QString stem = k.startsWith(QStringLiteral("ال")) ? k.mid(2) : k;
            for (const QString &base : QStringList{QString(QStringLiteral("ال") + stem), stem})
                for (const char *suffix : {"", "ه", "ين", "ان", "ا"})
                    lex.nationalities.add(base + QString::fromUtf8(suffix), index);
        }
    }
    const QJsonObject countries = nat->value(QLatin1String("countries")).toObject();
    for (auto it = countries.begin(); it != countries.end(); ++it)
        addAll(lex.countryNames, it.value(), lex.countryIndex(it.key()));
    const QJsonObject shapes = nat->value(QLatin1String("nameShapes")).toObject();
    for (auto it = shapes.begin(); it != shapes.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject o = it.value().toObject();
        for (const QString &e : strings(o.value(QLatin1String("patronymic"))))
            lex.patronymicEndings[it.key()] << matchingKey(e);
        for (const QString &e : strings(o.value(QLatin1String("surname"))))
            lex.surnameEndings[it.key()] << matchingKey(e);
    }

    // Triggers and markers
    const auto trig = readObject(file("extraction-triggers.json"), error);
    if (!trig)
        return std::nullopt;
    for (const QString &name : strings(trig->value(QLatin1String("typePriority"))))
        lex.typePriority << typeFromName(name);
    for (const QJsonValue &t : trig->value(QLatin1String("triggers")).toArray()) {
        const QJsonObject o = t.toObject();
        TriggerInfo info;
        info.type = typeFromName(o.value(QLatin1String("type")).toString());
        info.verb = o.value(QLatin1String("strength")).toString() == QLatin1String("verb");
        info.planned = o.value(QLatin1String("planned")).toBool();
        info.host = o.value(QLatin1String("part")).toString() == QLatin1String("host");
        info.placeFrame = o.value(QLatin1String("placeFrame")).toBool();
        info.needsPlace = o.value(QLatin1String("needsPlace")).toBool();
        info.frame = matchingKey(o.value(QLatin1String("frame")).toString());
        lex.triggerInfo << info;
        addAll(lex.triggers, o.value(QLatin1String("forms")), int(lex.triggerInfo.size()) - 1);
    }
    if (lex.triggerInfo.isEmpty()) {
        if (error)
            *error = file("extraction-triggers.json") + QStringLiteral(": no 'triggers'");
        return std::nullopt;
    }
    addAll(lex.anaphoric, trig->value(QLatin1String("anaphoric")));
    addAll(lex.continuation, trig->value(QLatin1String("continuation")));
    addAll(lex.delegationLeader, trig->value(QLatin1String("delegationLeader")));
    addAll(lex.delegationMember, trig->value(QLatin1String("delegationMember")));
    addAll(lex.plannedMarkers, trig->value(QLatin1String("plannedMarkers")));
    addAll(lex.negations, trig->value(QLatin1String("negations")));
    addAll(lex.nonContact, trig->value(QLatin1String("nonContact")));
    addAll(lex.clauseOpeners, trig->value(QLatin1String("clauseOpeners")));
    addAll(lex.denialMarkers, trig->value(QLatin1String("denialMarkers")));
    addAll(lex.purposeMarkers, trig->value(QLatin1String("purposeMarkers")));
    addAll(lex.repetitionMarkers, trig->value(QLatin1String("repetitionMarkers")));
    lex.delegationNouns = keySet(trig->value(QLatin1String("delegationNouns")));
    lex.sideNouns = keySet(trig->value(QLatin1String("sideNouns")));
    addAll(lex.reportingVerbs, trig->value(QLatin1String("reportingVerbs")));
    lex.complementizers = keySet(trig->value(QLatin1String("complementizers")));
    lex.complementizersWithPronoun = keySet(trig->value(QLatin1String("complementizersWithPronoun")));
    lex.firstPersonContactVerbs = keySet(trig->value(QLatin1String("firstPersonContactVerbs")));
    lex.speakersOwnContacts = keySet(trig->value(QLatin1String("speakersOwnContacts")));
    lex.dateOwners = keySet(trig->value(QLatin1String("dateOwners")));
    lex.otherContactPrepositions = keySet(trig->value(QLatin1String("otherContactPrepositions")));
    lex.earlierContactPrepositions = keySet(trig->value(QLatin1String("earlierContactPrepositions")));
    lex.placeTopicNouns = keySet(trig->value(QLatin1String("placeTopicNouns")));
    lex.plannedAdjectives = keySet(trig->value(QLatin1String("plannedAdjectives")));
    addAll(lex.pluralSubjectForms, trig->value(QLatin1String("pluralSubjectForms")));
    addAll(lex.hypotheticalMarkers, trig->value(QLatin1String("hypotheticalMarkers")));
    for (const QJsonValue &length : trig->value(QLatin1String("visitLengths")).toArray())
        addAll(lex.visitLengths, length.toObject().value(QLatin1String("forms")),
               length.toObject().value(QLatin1String("days")).toInt());
    for (const QString &form : strings(trig->value(QLatin1String("recallMarkers")))) {
        // "كان … قد": the second part must follow later in the sentence.
        const qsizetype gap = form.indexOf(QChar(0x2026));
        if (gap < 0) {
            lex.recallMarkers.add(form);
            continue;
        }
        lex.recallOpeners.add(form.left(gap).trimmed(), int(lex.recallClosers.size()));
        lex.recallClosers << matchingKey(form.mid(gap + 1).trimmed());
    }
    lex.locatives = keySet(trig->value(QLatin1String("locative")));

    // Topics
    const auto topics = readObject(file("extraction-topics.json"), error);
    if (!topics)
        return std::nullopt;
    const QJsonObject topicMap = topics->value(QLatin1String("topics")).toObject();
    // QJsonObject iterates in key order, which keeps the topic order stable.
    for (auto it = topicMap.begin(); it != topicMap.end(); ++it) {
        QStringList stems;
        for (const QString &s : strings(it.value()))
            stems << matchingKey(s);
        lex.topics.append({it.key(), stems});
    }

    // CAMEO
    const auto cameo = readObject(file("extraction-cameo.json"), error);
    if (!cameo)
        return std::nullopt;
    const QJsonObject byType = cameo->value(QLatin1String("byType")).toObject();
    for (auto it = byType.begin(); it != byType.end(); ++it)
        lex.cameoByType.insert(it.key(), it.value().toString());
    lex.cameoHost = cameo->value(QLatin1String("host")).toString();
    lex.cameoThirdLocation = cameo->value(QLatin1String("thirdLocation")).toString();
    lex.cameoPlanned = cameo->value(QLatin1String("planned")).toString();
    return lex;
}

const ExtractionLexicon &ExtractionLexicon::builtIn()
{
    static const ExtractionLexicon lexicon = [] {
        initExtractionResources();
        QString error;
        std::optional<ExtractionLexicon> loaded = load(QStringLiteral(":/rasad/lexicon"), &error);
        if (!loaded) {
            // The bundled files are compiled in and checked by the tests; a failure here is a build defect.
            qFatal("rasad: bundled extraction lexicon is broken: %s", qPrintable(error));
        }
        return std::move(*loaded);
    }();
    return lexicon;
}

} // namespace rasad
