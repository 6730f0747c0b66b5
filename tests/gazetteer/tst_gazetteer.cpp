// The gazetteer: the bundled data is sound, every spelling the press uses resolves, holders of offices are
// found for a day, malformed files are reported with file and JSON path, and user files extend the defaults.
#include "gazetteer/Gazetteer.h"
#include "gazetteer/UserGazetteer.h"
#include "text/ArabicNormalizer.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rasad;

namespace {

QString key(const char *utf8)
{
    return matchingKey(QString::fromUtf8(utf8));
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/** The bundled gazetteer without any user files, so the machine's own data cannot change the results. */
const Gazetteer &bundled()
{
    static const Gazetteer g = [] {
        QStringList warnings;
        Gazetteer loaded = Gazetteer::load({}, &warnings);
        if (!warnings.isEmpty())
            qWarning().noquote() << warnings.join(u'\n');
        return loaded;
    }();
    return g;
}

QStringList keysOf(const QList<const Actor *> &people)
{
    QStringList keys;
    for (const Actor *a : people)
        keys.append(a->key);
    return keys;
}

/** A small valid document; tests break one thing in it at a time. */
QByteArray minimalDocument(const QByteArray &personBody)
{
    return R"({"format":"rasad-gazetteer","version":1,"sources":{"s1":"a source"},"people":[)" + personBody + "]}";
}

const QByteArray kGoodPerson = R"({"id":"p1","name":"سيرغي تجريبي","country":"RU","source":"s1",
    "roles":[{"title":"وزير الدفاع","country":"RU","from":"2020-01-01","to":null}]})";

} // namespace

class TestGazetteer final : public QObject
{
    Q_OBJECT

private slots:
    void bundledFilesParseWithoutWarnings();
    void bundledDataIsComplete();
    void everySourceKeyIsCited();
    void bundledCrossReferencesAreSound();
    void onlyDeliberateSurnamesAreAmbiguous();
    void aliasVariantsResolve_data();
    void aliasVariantsResolve();
    void bareCommonWordsAreNotNames();
    void derivedSpellingsAreIndexedNotStored();
    void ambiguousSurnameReturnsSeveralMostSpecificFirst();
    void holderOnFindsTheOfficeHolder_data();
    void holderOnFindsTheOfficeHolder();
    void anOfficeSeveralHoldAtOnceNamesNone();
    void holderPrefersSureDatesOverApproximateOnes();
    void placesAndOrganisationsByName_data();
    void placesAndOrganisationsByName();
    void longestNameWordsCoversLongestAlias();
    void roundTripThroughJsonKeepsEverything();
    void malformedFilesNameFileAndPath_data();
    void malformedFilesNameFileAndPath();
    void unreadableFileIsReported();
    void truncatedFilesNeverCrash();
    void mergeOverridesById();
    void userDirectoryExtendsBundledData();
    void roleDatesKeepPrecisionAndOrder();
    void changesFromHoldsOnlyWhatDiffers();
    void importMergesChangesIntoTheUserFile();
};

void TestGazetteer::bundledFilesParseWithoutWarnings()
{
    QStringList warnings;
    const Gazetteer g = Gazetteer::load({}, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(!g.titles().isEmpty());
    QVERIFY(!g.spelling().isEmpty());
}

void TestGazetteer::bundledDataIsComplete()
{
    const Gazetteer &g = bundled();
    QVERIFY2(g.people().size() >= 60, qPrintable(QString::number(g.people().size())));
    QVERIFY(g.places().size() >= 30);
    QVERIFY(g.organisations().size() >= 20);
    int syrian = 0;
    int russian = 0;
    for (const Actor &a : g.people()) {
        QVERIFY2(!a.country.isEmpty(), qPrintable(a.key));
        QVERIFY2(!a.nameEn.isEmpty(), qPrintable(a.key));
        syrian += a.country == u"SY";
        russian += a.country == u"RU";
        bool hasDatedRole = false;
        for (const Role &r : a.roles) {
            QVERIFY2(!r.country.isEmpty(), qPrintable(a.key + u' ' + r.title));
            QVERIFY2(!r.titleEn.isEmpty(), qPrintable(a.key + u' ' + r.title));
            hasDatedRole = hasDatedRole || r.from.isValid();
        }
        QVERIFY2(hasDatedRole, qPrintable(a.key + QStringLiteral(" has no role with a 'from' date")));
        // A role title is the generic form: no nationality adjective.
        for (const Role &r : a.roles)
            for (const char *adjective : {" الروسي", " السوري", " التركي", " الإيراني", " الأمريكي"})
                QVERIFY2(!r.title.endsWith(s(adjective)), qPrintable(a.key + u' ' + r.title));
    }
    QVERIFY(syrian >= 25);
    QVERIFY(russian >= 25);
    // The deposed president is named in news but is not a party to contacts now.
    QVERIFY(g.personByKey(QStringLiteral("assad"))->mentionOnly);
    QVERIFY(!g.personByKey(QStringLiteral("al_sharaa"))->mentionOnly);
}

void TestGazetteer::everySourceKeyIsCited()
{
    const Gazetteer &g = bundled();
    auto check = [&](const Provenance &p, const QString &what) {
        for (const QString &k : p.sources)
            QVERIFY2(g.sources().contains(k), qPrintable(what + QStringLiteral(": unknown source ") + k));
    };
    for (const Actor &a : g.people()) {
        const PersonDetail *d = g.personDetail(a.key);
        QVERIFY(d);
        QVERIFY2(!d->provenance.sources.isEmpty(), qPrintable(a.key + QStringLiteral(" cites no source")));
        check(d->provenance, a.key);
        QCOMPARE(d->roles.size(), a.roles.size());
        for (const RoleDetail &r : d->roles)
            check(r.provenance, a.key);
    }
    for (const Place &p : g.places()) {
        QVERIFY(!g.placeProvenance(p.key)->sources.isEmpty());
        check(*g.placeProvenance(p.key), p.key);
    }
    for (const Organisation &o : g.organisations()) {
        QVERIFY(!g.organisationProvenance(o.key)->sources.isEmpty());
        check(*g.organisationProvenance(o.key), o.key);
    }
}

void TestGazetteer::bundledCrossReferencesAreSound()
{
    const QStringList problems = bundled().problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestGazetteer::onlyDeliberateSurnamesAreAmbiguous()
{
    // Surnames two people in the gazetteer share and that news does use alone; a matcher must decide
    // between them from context. Any other shared key is a data mistake.
    const QStringList deliberate{key("باتروشيف"), key("بن زايد"), key("آل ثاني")};
    QStringList ambiguous = bundled().ambiguousNameKeys();
    // Spelling variants of the deliberate ones (باتروشيف → ڤ/ج forms) are deliberate too.
    QStringList unexpected;
    for (const QString &k : ambiguous) {
        const QStringList people = keysOf(bundled().peopleByName(k));
        bool ok = false;
        for (const QString &d : deliberate)
            ok = ok || keysOf(bundled().peopleByName(d)) == people;
        if (!ok)
            unexpected.append(k + QStringLiteral(" → ") + people.join(u','));
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    for (const QString &d : deliberate)
        QVERIFY2(ambiguous.contains(d), qPrintable(d));
}

void TestGazetteer::aliasVariantsResolve_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("person");
    auto row = [](const char *written, const char *person) {
        QTest::newRow(written) << QString::fromUtf8(written) << QString::fromLatin1(person);
    };
    // Levantine vs Egyptian transliteration of g.
    row("سيرغي لافروف", "lavrov");
    row("سيرجي لافروف", "lavrov");
    row("سيرجى لافروف", "lavrov"); // ى ending
    row("جيراسيموف", "gerasimov");
    row("إيجور كوستيوكوف", "kostyukov");          // derived: the data lists إيغور only
    row("سيرجي كوجوجيتوفيتش شويجو", "shoigu");    // derived from the غ form
    row("ديميتري ميدفيديف", "medvedev");          // word group: the data lists دميتري and ديمتري
    row("ألكساندر بورتنيكوف", "bortnikov");       // word group
    row("نيقولاي باتروشيف", "nikolai_patrushev"); // word group
    row("ألكساندر لافرينتيف", "lavrentiev");      // word group on a listed alias
    row("ڤاسيلي نيبينزيا", "nebenzya");           // derived: v written ڤ
    row("فاليري جيراسيموف", "gerasimov");
    row("سيرجي شويجو", "shoigu");
    row("شويغو", "shoigu");
    row("بوجدانوف", "bogdanov");
    row("سيرجي ناريشكين", "naryshkin");
    // Misspellings the press makes.
    row("بيلوسوف", "belousov");
    row("بيلاوسوف", "belousov");
    row("أندري بيلوسوف", "belousov");
    row("يفكيروف", "yevkurov");
    row("يفكوروف", "yevkurov");
    row("يونس بك يفكوروف", "yevkurov");
    row("يونس-بك يفكوروف", "yevkurov");
    row("لافرينتييف", "lavrentiev");
    row("لافرنتييف", "lavrentiev");
    row("إيفيموف", "yefimov");
    // Joined and split compounds; أ/ا; ال.
    row("أبو قصرة", "abu_qasra");
    row("أبوقصرة", "abu_qasra");
    row("ابو قصرة", "abu_qasra");
    row("مرهف أبوقصرة", "abu_qasra");
    row("مرهف ابوقصره", "abu_qasra"); // ة written ه
    row("عبدالله بن زايد", "abz");    // derived from عبد الله
    row("محمد بن عبدالرحمن", "mbar_al_thani");
    row("الشيباني", "shaibani");
    row("الشيبانى", "shaibani"); // dotless ى
    row("اسعد حسن الشيباني", "shaibani");
    row("الشرع", "al_sharaa");
    row("الجولاني", "al_sharaa");
    row("أحمد الشرع", "al_sharaa");
    row("بوتين", "putin");
    row("فلاديمير بوتين", "putin");
    row("ڤلاديمير بوتين", "putin"); // v written ڤ
    row("Vladimir Putin", "putin"); // the English name
    row("النعسان", "al_naasan");
    // With and without ال where the press writes both (listed in the data, never derived).
    row("بسام الصباغ", "sabbagh");
    row("بسام صباغ", "sabbagh");
    row("فيصل مقداد", "mekdad");
    row("رائد صالح", "raed_saleh");
    row("حسين سلامة", "hussein_salama");
    row("حسين السلامة", "hussein_salama");
    row("أردوغان", "erdogan");
    row("إردوغان", "erdogan");
    row("عراقجي", "araghchi");
    row("الأسد", "assad");
}

void TestGazetteer::aliasVariantsResolve()
{
    QFETCH(QString, written);
    QFETCH(QString, person);
    const QList<const Actor *> found = bundled().peopleByName(matchingKey(written));
    QVERIFY2(!found.isEmpty(), qPrintable(written + QStringLiteral(" finds nobody")));
    QCOMPARE(found.constFirst()->key, person);
}

void TestGazetteer::bareCommonWordsAreNotNames()
{
    // Surnames that are also ordinary words must not match on their own, and a leading ال is never
    // stripped automatically (شرع is a verb, أسد a noun, بشير a first name).
    for (const char *word : {"خطاب", "سلامة", "السلامة", "شرع", "أسد", "بشير", "شيباني", "البشير", "بدر"})
        QVERIFY2(bundled().peopleByName(key(word)).isEmpty(), word);
}

void TestGazetteer::derivedSpellingsAreIndexedNotStored()
{
    const Gazetteer &g = bundled();
    const QStringList keys = g.nameKeysOf(QStringLiteral("kostyukov"));
    QVERIFY(keys.contains(key("إيجور كوستيوكوف")));
    QVERIFY(keys.contains(key("إيغور كوستيوكوف")));
    QVERIFY(!g.personByKey(QStringLiteral("kostyukov"))->aliases.contains(s("إيجور كوستيوكوف")));
    // Letter groups apply only to names from the countries they list: Turkish غ is not rewritten.
    QVERIFY(!g.peopleByName(key("غولر")).isEmpty());
    QVERIFY(g.peopleByName(key("جولر")).isEmpty());
    // Compounds: joined and split forms of a listed name.
    QVERIFY(g.nameKeysOf(QStringLiteral("abz")).contains(key("عبدالله بن زايد آل نهيان")));
    QVERIFY(g.nameKeysOf(QStringLiteral("nonexistent")).isEmpty());
}

void TestGazetteer::ambiguousSurnameReturnsSeveralMostSpecificFirst()
{
    const QStringList patrushev = keysOf(bundled().peopleByName(key("باتروشيف")));
    QCOMPARE(patrushev.size(), 2);
    QVERIFY(patrushev.contains(QStringLiteral("dmitry_patrushev")));
    QVERIFY(patrushev.contains(QStringLiteral("nikolai_patrushev")));
    // The full name is not ambiguous.
    QCOMPARE(keysOf(bundled().peopleByName(key("نيكولاي باتروشيف"))), QStringList{QStringLiteral("nikolai_patrushev")});

    // Most specific first: a name the file lists beats one derived by spelling rules, and someone only
    // mentioned comes after a party to contacts.
    const char *json = R"({"format":"rasad-gazetteer","version":1,
        "titles":[], "spelling":{"letter_groups":[{"letters":["غ","ج"],"countries":["RU"]}]},
        "people":[
          {"id":"old","name":"إيفان جوروف","country":"RU","aliases":["جوروف"],"mention_only":true,
           "roles":[{"title":"سفير","country":"RU","from":"1990","to":"1999"}]},
          {"id":"derived","name":"بيوتر غوروف","country":"RU","aliases":["غوروف"],
           "roles":[{"title":"سفير","country":"RU","from":"2020","to":null}]},
          {"id":"current","name":"أليكسي جوروف","country":"RU","aliases":["جوروف"],
           "roles":[{"title":"سفير","country":"RU","from":"2021","to":null}]}]})";
    QString error;
    const std::optional<Gazetteer> g = Gazetteer::fromJson(QByteArray(json), QStringLiteral("order.json"), &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(keysOf(g->peopleByName(key("جوروف"))),
             (QStringList{QStringLiteral("current"), QStringLiteral("old"), QStringLiteral("derived")}));
}

void TestGazetteer::holderOnFindsTheOfficeHolder_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("person");
    auto row = [](const char *name, const char *title, const char *country, QDate day, const char *person) {
        QTest::newRow(name) << QString::fromUtf8(title) << QString::fromLatin1(country) << day
                            << QString::fromLatin1(person);
    };
    row("RU foreign minister 2025", "وزير الخارجية", "RU", QDate(2025, 6, 1), "lavrov");
    row("SY defence minister 2025", "وزير الدفاع", "SY", QDate(2025, 6, 1), "abu_qasra");
    row("SY president 2024-06", "رئيس", "SY", QDate(2024, 6, 1), "assad");
    row("SY president 2025-06", "رئيس", "SY", QDate(2025, 6, 1), "al_sharaa");
    row("SY president on the day of the fall", "رئيس", "SY", QDate(2024, 12, 8), "assad");
    row("SY president between fall and appointment", "رئيس", "SY", QDate(2025, 1, 10), "<none>");
    row("RU defence minister 2023", "وزير الدفاع", "RU", QDate(2023, 3, 1), "shoigu");
    row("RU defence minister 2025", "وزير الدفاع", "RU", QDate(2025, 9, 1), "belousov");
    row("SY foreign minister 2023", "وزير الخارجية", "SY", QDate(2023, 3, 1), "mekdad");
    row("SY foreign minister Oct 2024", "وزير الخارجية", "SY", QDate(2024, 10, 15), "sabbagh");
    row("SY foreign minister 2025", "وزير الخارجية", "SY", QDate(2025, 2, 1), "shaibani");
    row("SY intelligence Jan 2025", "رئيس الاستخبارات العامة", "SY", QDate(2025, 1, 15), "khattab");
    row("SY intelligence Jul 2025", "رئيس الاستخبارات العامة", "SY", QDate(2025, 7, 1), "hussein_salama");
    row("SY interior 2025", "وزير الداخلية", "SY", QDate(2025, 7, 1), "khattab");
    row("SY chief of staff 2025", "رئيس هيئة الأركان العامة", "SY", QDate(2025, 10, 1), "al_naasan");
    row("RU chief of staff 2025", "رئيس هيئة الأركان العامة", "RU", QDate(2025, 10, 1), "gerasimov");
    row("RU deputy defence 2025", "نائب وزير الدفاع", "RU", QDate(2025, 10, 1), "yevkurov");
    row("RU envoy 2025", "المبعوث الخاص للرئيس", "RU", QDate(2025, 10, 1), "lavrentiev");
    row("RU ambassador 2025", "سفير", "RU", QDate(2025, 1, 10), "yefimov");
    row("RU kremlin spokesman", "المتحدث باسم الكرملين", "RU", QDate(2025, 1, 10), "peskov");
    row("RU security council 2025", "أمين مجلس الأمن", "RU", QDate(2025, 1, 10), "shoigu");
    row("RU security council 2020", "أمين مجلس الأمن", "RU", QDate(2020, 1, 10), "nikolai_patrushev");
    row("RU agriculture 2025", "وزير الزراعة", "RU", QDate(2025, 1, 10), "lut");
    row("RU energy 2025", "وزير الطاقة", "RU", QDate(2025, 1, 10), "tsivilev");
    row("SY energy 2025", "وزير الطاقة", "SY", QDate(2025, 5, 1), "mohammed_bashir");
    row("SY prime minister Jan 2025", "رئيس الوزراء", "SY", QDate(2025, 1, 10), "mohammed_bashir");
    row("SY health minister Jan 2025", "وزير الصحة", "SY", QDate(2025, 1, 10), "maher_sharaa");
    row("SY health minister Jun 2025", "وزير الصحة", "SY", QDate(2025, 6, 10), "musab_ali");
    row("RU duma chairman", "رئيس الدوما", "RU", QDate(2025, 6, 10), "volodin");
    // Title variants as news writes them.
    row("construct form", "وزير خارجية", "RU", QDate(2025, 6, 1), "lavrov");
    row("Syrian ministry name", "وزير الخارجية والمغتربين", "SY", QDate(2025, 6, 1), "shaibani");
    row("president of the republic", "رئيس الجمهورية", "SY", QDate(2025, 6, 1), "al_sharaa");
    row("the president", "الرئيس", "RU", QDate(2025, 6, 1), "putin");
    row("the ambassador", "السفير", "RU", QDate(2025, 6, 1), "yefimov");
    row("the special envoy", "المبعوث الخاص", "RU", QDate(2025, 6, 1), "lavrentiev");
    row("US special envoy", "المبعوث الخاص", "US", QDate(2025, 6, 1), "barrack");
    row("RU Middle East envoy 2024", "المبعوث الخاص للرئيس للشرق الأوسط", "RU", QDate(2024, 6, 1), "bogdanov");
    row("RU Middle East envoy after July 2025", "المبعوث الخاص للرئيس للشرق الأوسط", "RU", QDate(2025, 8, 1), "<none>");
    row("short chief of staff", "رئيس الأركان", "SY", QDate(2025, 6, 1), "al_naasan");
    row("intelligence variant", "رئيس جهاز المخابرات العامة", "SY", QDate(2025, 6, 1), "hussein_salama");
    row("US secretary of state", "وزير الخارجية", "US", QDate(2025, 6, 1), "rubio");
    row("TR foreign minister", "وزير الخارجية", "TR", QDate(2025, 6, 1), "fidan");
    row("unknown title", "وزير السعادة", "RU", QDate(2025, 6, 1), "<none>");
    row("wrong country", "وزير الخارجية", "BR", QDate(2025, 6, 1), "<none>");
}

void TestGazetteer::holderOnFindsTheOfficeHolder()
{
    QFETCH(QString, title);
    QFETCH(QString, country);
    QFETCH(QDate, day);
    QFETCH(QString, person);
    const Actor *a = bundled().holderOn(matchingKey(title), country, day);
    QCOMPARE(a ? a->key : QStringLiteral("<none>"), person);
}

void TestGazetteer::holderPrefersSureDatesOverApproximateOnes()
{
    // B took office some time in 2025 (year only); A left on 2025-03-29. On 2025-02-01 B only *may* have
    // held the office, A surely did: A. Later in the year B is the only holder.
    const char *json = R"({"format":"rasad-gazetteer","version":1,"people":[
        {"id":"a","name":"أ","country":"SY","roles":[{"title":"سفير","country":"SY","from":"2024-12-26","to":"2025-03-29"}]},
        {"id":"b","name":"ب","country":"SY","roles":[{"title":"سفير","country":"SY","from":"2025","to":null}]}]})";
    QString error;
    const std::optional<Gazetteer> g = Gazetteer::fromJson(QByteArray(json), QStringLiteral("dates.json"), &error);
    QVERIFY2(g, qPrintable(error));
    const QString title = key("سفير");
    QCOMPARE(g->holderOn(title, QStringLiteral("SY"), QDate(2025, 2, 1))->key, QStringLiteral("a"));
    QCOMPARE(g->holderOn(title, QStringLiteral("SY"), QDate(2025, 6, 1))->key, QStringLiteral("b"));
    QCOMPARE(g->holderOn(title, QStringLiteral("SY"), QDate(2024, 12, 1)), nullptr);
    // Role keeps the widest interval the text allows: "2025" covers the whole year.
    QCOMPARE(g->personByKey(QStringLiteral("b"))->roles.constFirst().from, QDate(2025, 1, 1));
    QCOMPARE(g->personDetail(QStringLiteral("b"))->roles.constFirst().certainFrom, QDate(2025, 12, 31));
}

void TestGazetteer::anOfficeSeveralHoldAtOnceNamesNone()
{
    // Two deputies surely in office on one day: the office alone names neither. On the day one hands over
    // to the other, the new holder.
    const char *json = R"({"format":"rasad-gazetteer","version":1,"people":[
        {"id":"a","name":"أ","country":"RU","roles":[{"title":"نائب رئيس الوزراء","country":"RU","from":"2020-01-21","to":null}]},
        {"id":"b","name":"ب","country":"RU","roles":[{"title":"نائب رئيس الوزراء","country":"RU","from":"2024-05-14","to":null}]},
        {"id":"c","name":"ج","country":"SY","roles":[{"title":"سفير","country":"SY","from":"2020-01-01","to":"2023-06-30"}]},
        {"id":"d","name":"د","country":"SY","roles":[{"title":"سفير","country":"SY","from":"2023-06-30","to":null}]}]})";
    QString error;
    const std::optional<Gazetteer> g = Gazetteer::fromJson(QByteArray(json), QStringLiteral("deputies.json"), &error);
    QVERIFY2(g, qPrintable(error));
    const QString deputy = key("نائب رئيس الوزراء");
    QCOMPARE(g->holderOn(deputy, QStringLiteral("RU"), QDate(2023, 1, 1))->key, QStringLiteral("a"));
    QCOMPARE(g->holderOn(deputy, QStringLiteral("RU"), QDate(2025, 1, 1)), nullptr);
    QCOMPARE(g->holderOn(key("سفير"), QStringLiteral("SY"), QDate(2023, 6, 30))->key, QStringLiteral("d"));
}

void TestGazetteer::placesAndOrganisationsByName_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("within");
    auto row = [](const char *written, const char *place, const char *within) {
        QTest::newRow(written) << QString::fromUtf8(written) << QString::fromLatin1(place)
                               << QString::fromLatin1(within);
    };
    row("موسكو", "moscow", "");
    row("العاصمة الروسية", "moscow", "");
    row("العاصمة السورية", "damascus", "");
    row("الكرملين", "kremlin", "moscow");
    row("قصر الشعب", "peoples_palace", "damascus");
    row("قاعدة حميميم الجوية", "hmeimim", "latakia");
    row("حميميم", "hmeimim", "latakia");
    row("سوتشي", "sochi", "");
    row("طرطوس", "tartus", "");
    row("أنطاليا", "antalya", "");
    row("انطاليا", "antalya", "");
    row("نيويورك", "new_york", "");
    row("سانت بطرسبورغ", "st_petersburg", "");
    row("سانت بطرسبورج", "st_petersburg", "");
    row("سان بطرسبرج", "st_petersburg", ""); // derived ج form of a listed alias
    row("دير الزور", "deir_ez_zor", "");
    row("القامشلي", "qamishli", "");
    row("أبو ظبي", "abu_dhabi", ""); // derived split form of أبوظبي
    row("استانبول", "istanbul", "");
}

void TestGazetteer::placesAndOrganisationsByName()
{
    QFETCH(QString, written);
    QFETCH(QString, place);
    QFETCH(QString, within);
    const Place *p = bundled().placeByName(matchingKey(written));
    QVERIFY2(p, qPrintable(written));
    QCOMPARE(p->key, place);
    QCOMPARE(p->within, within);
    QVERIFY(!p->country.isEmpty());
}

void TestGazetteer::longestNameWordsCoversLongestAlias()
{
    const Gazetteer &g = bundled();
    QVERIFY(g.longestNameWords() >= 4); // "سيرغي فيكتوروفيتش لافروف" and longer organisation names
    int longest = 0;
    for (const Actor &a : g.people())
        for (const QString &n : QStringList{a.name} + a.aliases)
            longest = std::max(longest, int(matchingKey(n).simplified().count(u' ')) + 1);
    QVERIFY(g.longestNameWords() >= longest);

    QCOMPARE(g.organisationByName(key("الخارجية الروسية"))->key, QStringLiteral("ru_mfa"));
    QCOMPARE(g.organisationByName(key("وزارة الخارجية والمغتربين"))->key, QStringLiteral("sy_mfa"));
    QCOMPARE(g.organisationByName(key("سانا"))->key, QStringLiteral("sana"));
    QCOMPARE(g.organisationByName(key("الكرملين"))->key, QStringLiteral("ru_presidency"));
    QCOMPARE(g.organisationByName(key("السفارة الروسية في دمشق"))->country, QStringLiteral("RU"));
    QCOMPARE(g.organisationByName(key("وزارة السعادة")), nullptr);
    QCOMPARE(g.placeByName(key("أتلانتس")), nullptr);
}

void TestGazetteer::roundTripThroughJsonKeepsEverything()
{
    const Gazetteer &g = bundled();
    const QByteArray json = g.toJson();
    QString error;
    const std::optional<Gazetteer> again = Gazetteer::fromJson(json, QStringLiteral("round-trip.json"), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->people().size(), g.people().size());
    for (int i = 0; i < g.people().size(); ++i) {
        const Actor &a = g.people().at(i);
        const Actor &b = again->people().at(i);
        QCOMPARE(b.key, a.key);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.nameEn, a.nameEn);
        QCOMPARE(b.country, a.country);
        QCOMPARE(b.aliases, a.aliases);
        QCOMPARE(b.mentionOnly, a.mentionOnly);
        QVERIFY(b.roles == a.roles);
        QVERIFY(*again->personDetail(a.key) == *g.personDetail(a.key));
    }
    QVERIFY(again->places() == g.places());
    QVERIFY(again->organisations() == g.organisations());
    QVERIFY(again->titles() == g.titles());
    QVERIFY(again->spelling() == g.spelling());
    QCOMPARE(again->sources(), g.sources());
    QCOMPARE(again->toJson(), json);
}

void TestGazetteer::malformedFilesNameFileAndPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    auto person = [](const QByteArray &body) { return minimalDocument(body); };
    QTest::newRow("not JSON") << QByteArray(R"({"format": "rasad-gazetteer", )") << s("line 1");
    QTest::newRow("not an object") << QByteArray("[1,2]") << s("must be a JSON object");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1})") << s("format: must be");
    QTest::newRow("wrong version") << QByteArray(R"({"format":"rasad-gazetteer","version":7})")
                                   << s("version: must be 1");
    QTest::newRow("missing name") << person(R"({"id":"p1","country":"RU","roles":[]})") << s("people[0].name: missing");
    QTest::newRow("empty name") << person(R"({"id":"p1","name":" ","country":"RU"})")
                                << s("people[0].name: must be a non-empty string");
    QTest::newRow("bad country code") << person(R"({"id":"p1","name":"س","country":"RUS"})")
                                      << s("people[0].country: \"RUS\" is not an ISO 3166-1");
    QTest::newRow("unknown country code")
        << person(R"({"id":"p1","name":"س","country":"QQ"})") << s("people[0].country: \"QQ\"");
    QTest::newRow("bad date")
        << minimalDocument(kGoodPerson + R"(,{"id":"p2","name":"س","country":"SY","roles":[
               {"title":"وزير","country":"SY","from":"2025-13-01"}]})")
        << s("people[1].roles[0].from: must be null or a date written YYYY, YYYY-MM or YYYY-MM-DD, not \"2025-13-01\"");
    QTest::newRow("impossible day")
        << person(
               R"({"id":"p1","name":"س","country":"SY","roles":[{"title":"وزير","country":"SY","from":"2025-02-30"}]})")
        << s("people[0].roles[0].from");
    QTest::newRow("end before start")
        << person(
               R"({"id":"p1","name":"س","country":"SY","roles":[{"title":"وزير","country":"SY","from":"2025","to":"2024-01-01"}]})")
        << s("people[0].roles[0].to: \"2024-01-01\" is before");
    QTest::newRow("role without country")
        << person(R"({"id":"p1","name":"س","country":"SY","roles":[{"title":"وزير","from":"2025"}]})")
        << s("people[0].roles[0].country: missing");
    QTest::newRow("unknown source") << person(R"({"id":"p1","name":"س","country":"SY","source":"nowhere"})")
                                    << s("people[0].source: unknown source \"nowhere\"");
    QTest::newRow("unknown source in role")
        << person(
               R"({"id":"p1","name":"س","country":"SY","roles":[{"title":"وزير","country":"SY","source":["s1","s2"]}]})")
        << s("people[0].roles[0].source: unknown source \"s2\"");
    QTest::newRow("typo in field name") << person(R"({"id":"p1","name":"س","country":"SY","alias":["x"]})")
                                        << s("people[0].alias: unknown field");
    QTest::newRow("alias not a string") << person(R"({"id":"p1","name":"س","country":"SY","aliases":["x",3]})")
                                        << s("people[0].aliases[1]: must be");
    QTest::newRow("duplicate id") << minimalDocument(kGoodPerson + "," + kGoodPerson)
                                  << s("people[1].id: \"p1\" is already used by people[0]");
    QTest::newRow("id not a slug") << person(R"({"id":"Lavrov Sergey","name":"س","country":"RU"})")
                                   << s("people[0].id: \"Lavrov Sergey\" must be");
    QTest::newRow("place kind")
        << QByteArray(
               R"({"format":"rasad-gazetteer","version":1,"places":[{"id":"x","name":"س","country":"SY","kind":"planet"}]})")
        << s("places[0].kind: \"planet\" is not one of");
    QTest::newRow("organisation country")
        << QByteArray(
               R"({"format":"rasad-gazetteer","version":1,"organisations":[{"id":"x","name":"س","country":"sy"}]})")
        << s("organisations[0].country");
    QTest::newRow("people not an array") << QByteArray(
                                                R"({"format":"rasad-gazetteer","version":1,"people":{"id":"x"}})")
                                         << s("people: must be an array, not an object");
    QTest::newRow("role not an object") << person(R"({"id":"p1","name":"س","country":"SY","roles":["وزير"]})")
                                        << s("people[0].roles[0]: must be an object");
    QTest::newRow("mention_only not a boolean")
        << person(R"({"id":"p1","name":"س","country":"SY","mention_only":"yes"})") << s("people[0].mention_only");
    QTest::newRow("word group of phrases")
        << QByteArray(R"({"format":"rasad-gazetteer","version":1,"spelling":{"word_groups":[["يونس بك","يونسبك"]]}})")
        << s("spelling.word_groups[0][0]: must be one word");
    QTest::newRow("letter group")
        << QByteArray(
               R"({"format":"rasad-gazetteer","version":1,"spelling":{"letter_groups":[{"letters":["غ"],"countries":["RU"]}]}})")
        << s("spelling.letter_groups[0].letters: needs at least two letters");
}

void TestGazetteer::malformedFilesNameFileAndPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const std::optional<Gazetteer> g = Gazetteer::fromJson(json, QStringLiteral("/home/u/gazetteer/mine.json"), &error);
    QVERIFY(!g);
    QVERIFY2(error.startsWith(QStringLiteral("/home/u/gazetteer/mine.json: ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
}

void TestGazetteer::unreadableFileIsReported()
{
    QString error;
    QVERIFY(!Gazetteer::fromFile(QStringLiteral("/nonexistent/people.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/people.json: cannot be read")), qPrintable(error));
}

void TestGazetteer::truncatedFilesNeverCrash()
{
    // A file cut short anywhere (a failed download, a half-saved edit) is one clear error, never a crash.
    const QByteArray json = bundled().toJson();
    int failures = 0;
    for (qsizetype cut = 0; cut < json.size(); cut += 613) {
        QString error;
        const std::optional<Gazetteer> g = Gazetteer::fromJson(json.left(cut), QStringLiteral("cut.json"), &error);
        QVERIFY(!g);
        QVERIFY2(error.startsWith(QStringLiteral("cut.json: ")), qPrintable(error));
        ++failures;
    }
    QVERIFY(failures > 50);
}

void TestGazetteer::mergeOverridesById()
{
    Gazetteer g = bundled();
    const int before = int(g.people().size());
    const QByteArray user = R"({"format":"rasad-gazetteer","version":1,"sources":{"mine":"my notes"},
      "people":[
        {"id":"lavrov","name":"سيرغي لافروف","name_en":"Sergey Lavrov","country":"RU","source":"mine",
         "aliases":["لافروفيتش"],
         "roles":[{"title":"وزير الخارجية","country":"RU","from":"2004-03-09","to":"2030-01-01"}]},
        {"id":"new_deputy","name":"أوليغ تجريبوف","country":"RU","source":"mine",
         "roles":[{"title":"نائب وزير الزراعة","country":"RU","from":"2025-01"}]}],
      "places":[{"id":"moscow","name":"موسكو","country":"RU","kind":"capital","aliases":["موسكو المدينة"],"source":"mine"}]})";
    QString error;
    const std::optional<Gazetteer> extra = Gazetteer::fromJson(user, QStringLiteral("user.json"), &error);
    QVERIFY2(extra, qPrintable(error));
    g.merge(*extra);

    QCOMPARE(g.people().size(), before + 1);
    const Actor *lavrov = g.personByKey(QStringLiteral("lavrov"));
    QCOMPARE(lavrov->aliases, QStringList{s("لافروفيتش")});
    QCOMPARE(lavrov->roles.size(), 1);
    QCOMPARE(lavrov->roles.constFirst().to, QDate(2030, 1, 1));
    QCOMPARE(g.personDetail(QStringLiteral("lavrov"))->provenance.sources, QStringList{QStringLiteral("mine")});
    // The indexes follow: the new alias finds him, the replaced one no longer does.
    QCOMPARE(g.peopleByName(key("لافروفيتش")).constFirst()->key, QStringLiteral("lavrov"));
    QVERIFY(g.peopleByName(key("سيرغي فيكتوروفيتش لافروف")).isEmpty());
    QCOMPARE(g.peopleByName(key("أوليغ تجريبوف")).constFirst()->key, QStringLiteral("new_deputy"));
    QCOMPARE(g.holderOn(key("نائب وزير الزراعة"), QStringLiteral("RU"), QDate(2025, 6, 1))->key,
             QStringLiteral("new_deputy"));
    // Places too; the other places and the bundled sources are untouched.
    QCOMPARE(g.placeByName(key("موسكو المدينة"))->key, QStringLiteral("moscow"));
    QVERIFY(!g.placeByName(key("العاصمة الروسية")));
    QCOMPARE(g.places().size(), bundled().places().size());
    QVERIFY(g.sources().contains(QStringLiteral("mine")));
    QVERIFY(g.sources().contains(QStringLiteral("wiki-sergey-lavrov")));
}

void TestGazetteer::userDirectoryExtendsBundledData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    write(QStringLiteral("a-extra.json"), minimalDocument(kGoodPerson));
    write(QStringLiteral("b-broken.json"),
          QByteArray(R"({"format":"rasad-gazetteer","version":1,"people":[{"id":"x"}]})"));
    write(QStringLiteral("notes.txt"), QByteArray("not a gazetteer"));

    QStringList warnings;
    const Gazetteer g = Gazetteer::load({dir.path()}, &warnings);
    QCOMPARE(g.people().size(), bundled().people().size() + 1);
    QVERIFY(g.personByKey(QStringLiteral("p1")));
    QCOMPARE(g.peopleByName(key("سيرجي تجريبي")).constFirst()->key, QStringLiteral("p1")); // spelling rules apply
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(QStringLiteral("b-broken.json: people[0].name: missing")),
             qPrintable(warnings.constFirst()));
    QVERIFY(!Gazetteer::userDirectories().isEmpty());
    QVERIFY(Gazetteer::userDirectories().constLast().endsWith(QStringLiteral("/gazetteer")));
}

void TestGazetteer::roleDatesKeepPrecisionAndOrder()
{
    Role role;
    RoleDetail detail;
    QVERIFY(Gazetteer::setRoleDates(role, detail, QStringLiteral("2024-12"), QString()));
    QCOMPARE(role.from, QDate(2024, 12, 1)); // the widest interval the month allows
    QCOMPARE(detail.certainFrom, QDate(2024, 12, 31));
    QVERIFY(!role.to.isValid()); // still in office
    QCOMPARE(detail.fromText, QStringLiteral("2024-12"));
    QVERIFY(!Gazetteer::setRoleDates(role, detail, QStringLiteral("2025-03"), QStringLiteral("2025-02-28")));
    QVERIFY(!Gazetteer::setRoleDates(role, detail, QStringLiteral("2025-13"), QString()));
    QCOMPARE(detail.fromText, QStringLiteral("2024-12")); // a refused change leaves the role as it was
    QVERIFY(Gazetteer::setRoleDates(role, detail, QStringLiteral("2025"), QStringLiteral("2025-01"))); // may overlap
    QVERIFY(Gazetteer::isCountryCode(QStringLiteral("SY")));
    QVERIFY(!Gazetteer::isCountryCode(QStringLiteral("XX")));
    QVERIFY(!Gazetteer::isCountryCode(QStringLiteral("sy")));
}

void TestGazetteer::changesFromHoldsOnlyWhatDiffers()
{
    const Gazetteer &base = bundled();
    const Gazetteer none = base.changesFrom(base);
    QVERIFY(none.people().isEmpty());
    QVERIFY(none.places().isEmpty());
    QVERIFY(none.organisations().isEmpty());
    QVERIFY(none.titles().isEmpty());

    Gazetteer edited = base;
    Actor lavrov = *base.personByKey(QStringLiteral("lavrov"));
    lavrov.aliases.append(s("لافروفسكي"));
    edited.setPerson(lavrov, *base.personDetail(QStringLiteral("lavrov")));
    QVERIFY(edited.peopleByName(key("لافروفسكي")).contains(edited.personByKey(QStringLiteral("lavrov"))));
    QVERIFY(edited.removePlace(QStringLiteral("hmeimim")));

    const Gazetteer changes = edited.changesFrom(base);
    QCOMPARE(changes.people().size(), 1);
    QCOMPARE(changes.people().constFirst().key, QStringLiteral("lavrov"));
    QVERIFY(changes.places().isEmpty()); // a removal is not a change a file can carry
    // The change stands in a file of its own: the sources it cites come along.
    QString error;
    const std::optional<Gazetteer> reread =
        Gazetteer::fromJson(changes.toJson(), QStringLiteral("changes.json"), &error);
    QVERIFY2(reread, qPrintable(error));
    Gazetteer merged = base;
    merged.merge(*reread);
    QVERIFY(merged.personByKey(QStringLiteral("lavrov"))->aliases.contains(s("لافروفسكي")));
}

void TestGazetteer::importMergesChangesIntoTheUserFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList userDirs{dir.filePath(QStringLiteral("gazetteer"))};
    const QString colleague = dir.filePath(QStringLiteral("colleague.json"));
    {
        // The whole bundled gazetteer plus one new person and one changed place.
        Gazetteer theirs = bundled();
        Actor envoy;
        envoy.key = QStringLiteral("test-envoy");
        envoy.name = s("مبعوث تجريبي");
        envoy.country = QStringLiteral("RU");
        theirs.setPerson(envoy, PersonDetail{});
        Place damascus = *bundled().placeByKey(QStringLiteral("damascus"));
        damascus.aliases.append(s("الفيحاء"));
        theirs.setPlace(damascus, *bundled().placeProvenance(QStringLiteral("damascus")));
        QString error;
        QVERIFY2(writeGazetteerFile(theirs, colleague, &error), qPrintable(error));
    }
    QString error;
    const std::optional<GazetteerImportSummary> summary = importGazetteerFile(colleague, userDirs, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->peopleAdded, 1);
    QCOMPARE(summary->peopleChanged, 0);
    QCOMPARE(summary->placesAdded, 0);
    QCOMPARE(summary->placesChanged, 1);
    QCOMPARE(summary->userFile, userGazetteerPath(userDirs));
    const std::optional<Gazetteer> userFile = Gazetteer::fromFile(summary->userFile, &error);
    QVERIFY2(userFile, qPrintable(error));
    QCOMPARE(userFile->people().size(), 1); // only what differs is kept: bundled updates still reach the rest
    QCOMPARE(userFile->places().size(), 1);
    const Gazetteer loaded = Gazetteer::load(userDirs, nullptr);
    QVERIFY(loaded.personByKey(QStringLiteral("test-envoy")));
    QVERIFY(loaded.placeByName(key("الفيحاء")));

    // The same file again changes nothing; a broken one is refused naming it, leaving the user file as it was.
    QVERIFY(importGazetteerFile(colleague, userDirs, &error));
    const QByteArray before = [&] {
        QFile f(summary->userFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile b(broken);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(minimalDocument(R"({"id":"p1","name":"x","country":"XX"})"));
    b.close();
    QVERIFY(!importGazetteerFile(broken, userDirs, &error));
    QVERIFY2(error.contains(QStringLiteral("broken.json")) && error.contains(QStringLiteral("XX")), qPrintable(error));
    QFile after(summary->userFile);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

QTEST_APPLESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
