// Extraction rules on sentences written for these tests: other officials, other outlets' shapes, other
// date styles than the seed articles. Gazetteer people appear where a rule needs one (role holders,
// clitics); everyone else is unknown to the gazetteer and must be discovered from the text.
#include "dates/DateEngine.h"
#include "extract/ActorRegistry.h"
#include "extract/ExtractionLexicon.h"
#include "extract/ExtractionRun.h"
#include "extract/Extractor.h"
#include "gazetteer/Gazetteer.h"
#include "merge/EventMerger.h"
#include "merge/YearFromTerms.h"
#include "model/EventWhy.h"
#include "text/ArabicNormalizer.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace rasad;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    ActorRegistry registry;
    QList<Event> reports; // settled, before merging
    QList<Event> events;  // merged
};

Article makeArticle(int id, const QString &text, const QDate &published)
{
    Article a;
    a.id = id;
    a.fileName = QStringLiteral("t%1.txt").arg(id);
    a.originalText = text;
    a.published = published;
    return a;
}

Result run(const QList<Article> &articles)
{
    static const DateEngine dates;
    const Extractor extractor(Gazetteer::builtIn(), dates, ExtractionLexicon::builtIn());
    ExtractionRun extraction(extractor);
    extraction.discover(articles);
    extraction.extract(articles);
    extraction.settle();
    Result r;
    r.registry = extraction.registry();
    r.reports = extraction.reports();
    r.events = EventMerger(r.registry.actors()).merge(r.reports);
    return r;
}

Result run(const QString &text, const QDate &published = QDate(2026, 3, 18))
{
    return run(QList<Article>{makeArticle(1, text, published)});
}

const Actor *actorNamed(const Result &r, const QString &name)
{
    const QString key = matchingKey(name);
    for (const Actor &a : r.registry.actors())
        if (matchingKey(a.name) == key)
            return &a;
    return nullptr;
}

QStringList namesOf(const Result &r, const Event &e)
{
    QStringList names;
    for (const Participant &p : e.participants)
        names << matchingKey(r.registry.actors().at(int(p.actorId)).name);
    names.sort();
    return names;
}

QStringList keys(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << matchingKey(n);
    out.sort();
    return out;
}

QString personNames(const Result &r)
{
    QStringList names;
    for (const Actor &a : r.registry.actors())
        names << a.name;
    return names.join(QStringLiteral(" | "));
}

Event report(qint64 article, QList<qint64> people, const FuzzyDate &date, const QString &place = {},
             EventType type = EventType::Meeting)
{
    Event e;
    e.type = type;
    for (qint64 p : people)
        e.participants << Participant{p, QStringLiteral("party")};
    e.date = date;
    e.dateSource = date.isValid() ? DateSource::Sentence : DateSource::None;
    e.location = place;
    EventSource s;
    s.articleId = article;
    s.fileName = QStringLiteral("r%1.txt").arg(article);
    s.date = date;
    s.confidence = 0.8;
    e.sources << s;
    e.confidence = 0.8;
    return e;
}

FuzzyDate day(int y, int m, int d)
{
    FuzzyDate f;
    f.start = f.end = QDate(y, m, d);
    f.granularity = Granularity::Day;
    return f;
}

FuzzyDate span(const QDate &from, const QDate &to, Granularity g)
{
    FuzzyDate f;
    f.start = from;
    f.end = to;
    f.granularity = g;
    return f;
}

} // namespace

class TestExtract final : public QObject
{
    Q_OBJECT

private slots:
    void lexiconLoads()
    {
        const ExtractionLexicon &lex = ExtractionLexicon::builtIn();
        QVERIFY(!lex.titles.isEmpty());
        QVERIFY(lex.nationalities.containsWord(matchingKey(QStringLiteral("الروسية"))));
        QVERIFY(lex.nationalities.containsWord(matchingKey(QStringLiteral("روسياً"))));
        QCOMPARE(lex.cameoFor(EventType::Call, false, false, false), QStringLiteral("041"));
        QCOMPARE(lex.cameoFor(EventType::Meeting, true, false, false), QStringLiteral("036"));
    }

    void badLexiconNamesTheFile()
    {
        QString error;
        QVERIFY(!ExtractionLexicon::load(QStringLiteral("/nonexistent/lexicon"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/lexicon/extraction-")), qPrintable(error));
    }

    void unknownPeopleFromTitleNationalityRank_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("title");
        QTest::newRow("title+nationality, ends at verb-like comma")
            << QStringLiteral("استقبل وزير الزراعة السوري حسان الأحمد في دمشق نائب وزير الزراعة الروسي إيليا "
                              "ميخائيلوف، وبحثا توريد الحبوب.")
            << QStringLiteral("إيليا ميخائيلوف") << QStringLiteral("RU") << QStringLiteral("نائب وزير الزراعة");
        QTest::newRow("ends at a preposition")
            << QStringLiteral(
                   "التقى مستشار الرئيس الروسي كيريل دميترييف خلال زيارته إلى دمشق وزير الاقتصاد السوري نضال الشعار.")
            << QStringLiteral("كيريل دميترييف") << QStringLiteral("RU") << QString();
        QTest::newRow("rank after office, ends at و of the next person")
            << QStringLiteral("حضر اللقاء قائد القوى البحرية السورية العميد بحري نزار حداد ونائب وزير الدفاع الروسي.")
            << QStringLiteral("نزار حداد") << QStringLiteral("SY") << QString();
        QTest::newRow("office abroad before the name")
            << QStringLiteral("وحضر اللقاء السفير السوري لدى موسكو حامد حسن وعدد من الدبلوماسيين.")
            << QStringLiteral("حامد حسن") << QStringLiteral("SY") << QStringLiteral("السفير");
        QTest::newRow("name explained by an office after the comma")
            << QStringLiteral("وقال أندريه كارتابولوف، رئيس لجنة الدفاع في مجلس الدوما الروسي، إن التعاون مستمر.")
            << QStringLiteral("أندريه كارتابولوف") << QStringLiteral("RU") << QString();
        QTest::newRow("country named after the office")
            << QStringLiteral("واستقبل المسؤول الروسي في موسكو سفير سوريا لدى روسيا رياض حداد، وبحثا التعاون القنصلي.")
            << QStringLiteral("رياض حداد") << QStringLiteral("SY") << QStringLiteral("السفير");
        QTest::newRow("hamza-initial given name is not the article")
            << QStringLiteral("وترأس الوفد الروسي نائب وزير الخارجية الروسي أندريه رودينكو في أنقرة.")
            << QStringLiteral("أندريه رودينكو") << QStringLiteral("RU") << QStringLiteral("نائب وزير الخارجية");
        QTest::newRow("a portfolio after the nationality")
            << QStringLiteral("وترأس الوفد مساعد وزير الخارجية العراقي للشؤون الآسيوية والأوروبية حسين الموسوي.")
            << QStringLiteral("حسين الموسوي") << QStringLiteral("IQ") << QString();
        QTest::newRow("a country's name inside the office")
            << QStringLiteral("وأوضح حاكم مصرف لبنان المركزي، وسيم منصور، أن السيولة كافية.")
            << QStringLiteral("وسيم منصور") << QStringLiteral("LB") << QStringLiteral("حاكم المصرف المركزي");
        QTest::newRow("a given name written like a preposition")
            << QStringLiteral("وقال نائب وزير الخارجية الإيراني علي رضائي إن الوفد وصل.") << QStringLiteral("علي رضائي")
            << QStringLiteral("IR") << QString();
        QTest::newRow("a Turkish given name")
            << QStringLiteral("وقال المتحدث باسم وزارة الدفاع التركية أونجو أكتورك إن الدوريات مستمرة.")
            << QStringLiteral("أونجو أكتورك") << QStringLiteral("TR") << QString();
    }

    void unknownPeopleFromTitleNationalityRank()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, country);
        QFETCH(QString, title);
        const Result r = run(text);
        const Actor *a = actorNamed(r, name);
        QVERIFY2(a, qPrintable(QStringLiteral("not found: ") + name + QStringLiteral(" in ") + personNames(r)));
        QCOMPARE(a->country, country);
        if (!title.isEmpty()) {
            QVERIFY(!a->roles.isEmpty());
            QCOMPARE(a->roles.constFirst().title, title);
        }
        if (a->discovered)
            QVERIFY(a->key.startsWith(QStringLiteral("discovered:")));
    }

    void rankIntroducesAName()
    {
        const Result r =
            run(QStringLiteral("وفي وقت لاحق، استقبل العميد رامي الصالح، مدير الكلية الحربية، وفداً عسكرياً روسياً برئاسة "
                               "اللواء البحري إيفانوف سيرغي ألكسندروفيتش."));
        const Actor *host = actorNamed(r, QStringLiteral("رامي الصالح"));
        const Actor *guest = actorNamed(r, QStringLiteral("إيفانوف سيرغي ألكسندروفيتش"));
        QVERIFY2(host && guest, qPrintable(personNames(r)));
        QVERIFY(host->discovered && guest->discovered);
        QCOMPARE(guest->country, QStringLiteral("RU")); // the delegation's nationality
        QCOMPARE(host->country, QStringLiteral("SY"));  // facing only Russians: the other side
        QCOMPARE(host->roles.constFirst().title, QStringLiteral("مدير الكلية الحربية")); // apposition
        QVERIFY(host->aliases.contains(QStringLiteral("العميد رامي الصالح")));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().cameo, QStringLiteral("043"));
    }

    void patronymicGivesSurnameAndCountry()
    {
        const ExtractionLexicon &lex = ExtractionLexicon::builtIn();
        const QStringList name = matchingKey(QStringLiteral("بيتروف نيكولاي إيفانوفيتش")).split(QLatin1Char(' '));
        QVERIFY(lex.endsWithPatronymic(name));
        QCOMPARE(lex.countryFromNameShape(name), QStringLiteral("RU"));
        QVERIFY(lex.countryFromNameShape(matchingKey(QStringLiteral("حسين عمران")).split(QLatin1Char(' '))).isEmpty());
        // Later, the surname alone (the first word in this order) names the same person.
        const Result r = run(QList<Article>{
            makeArticle(
                1,
                QStringLiteral(
                    "استقبل قائد الفرقة السورية العميد وليد حمود الضابط الروسي اللواء بيتروف نيكولاي إيفانوفيتش."),
                QDate(2026, 2, 2)),
            makeArticle(2, QStringLiteral("والتقى بيتروف في اللاذقية، الاثنين، قائد الفرقة السورية العميد وليد حمود."),
                        QDate(2026, 2, 3))});
        const Actor *p = actorNamed(r, QStringLiteral("بيتروف نيكولاي إيفانوفيتش"));
        QVERIFY2(p, qPrintable(personNames(r)));
        QCOMPARE(p->country, QStringLiteral("RU"));
        QVERIFY(actorNamed(r, QStringLiteral("وليد حمود")));
        QCOMPARE(r.reports.size(), 2);
    }

    void cliticsOnNames()
    {
        const Result r =
            run(QStringLiteral("واجتمع الرئيس السوري أحمد الشرع بنوفاك في قصر الشعب، وحضر الاجتماع ولافروف أيضاً."));
        QVERIFY2(actorNamed(r, QStringLiteral("ألكسندر نوفاك")), qPrintable(personNames(r)));
        QVERIFY2(actorNamed(r, QStringLiteral("سيرغي لافروف")), qPrintable(personNames(r)));
        QCOMPARE(r.events.size(), 1);
        // The palace is reported as its city; the palace stays as the venue.
        QCOMPARE(r.events.constFirst().location, QStringLiteral("دمشق"));
        QVERIFY(r.events.constFirst().provenance.contains(QStringLiteral("قصر الشعب")));
    }

    void counterpartByOfficeOnTheDay()
    {
        // نظيره الروسي with no name: whoever held the subject's office in Russia on the sentence's date.
        const Result r = run(QStringLiteral("وفي 3 سبتمبر/أيلول 2025، التقى وزير الدفاع السوري مرهف أبو قصرة "
                                            "نظيره الروسي في سوتشي."),
                             QDate(2026, 1, 5));
        QCOMPARE(r.events.size(), 1);
        const Event &e = r.events.constFirst();
        QCOMPARE(namesOf(r, e), keys({QStringLiteral("مرهف أبو قصرة"), QStringLiteral("أندريه بيلوسوف")}));
        QCOMPARE(e.date.start, QDate(2025, 9, 3));
        QCOMPARE(e.location, QStringLiteral("سوتشي"));
    }

    void dualOfficesResolveToTwoPeople()
    {
        const Result r = run(QStringLiteral("استقبل الرئيس الروسي فلاديمير بوتين في الكرملين أمس وزيري الخارجية "
                                            "والدفاع السوريين."),
                             QDate(2025, 9, 2));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(
            namesOf(r, r.events.constFirst()),
            keys({QStringLiteral("فلاديمير بوتين"), QStringLiteral("أسعد الشيباني"), QStringLiteral("مرهف أبو قصرة")}));
        QCOMPARE(r.events.constFirst().date.start, QDate(2025, 9, 1));
        QCOMPARE(r.events.constFirst().cameo, QStringLiteral("043"));
    }

    void surnameInAnotherArticle()
    {
        const Result r = run(QList<Article>{
            makeArticle(1, QStringLiteral("وصل نائب وزير الطاقة الروسي بافل سوروكين إلى دمشق على رأس وفد فني."),
                        QDate(2026, 4, 1)),
            makeArticle(
                2, QStringLiteral("وبحث سوروكين مع وزير الطاقة السوري محمد البشير في دمشق أمس تأهيل محطات الكهرباء."),
                QDate(2026, 4, 2))});
        const Actor *p = actorNamed(r, QStringLiteral("بافل سوروكين"));
        QVERIFY2(p, qPrintable(personNames(r)));
        bool found = false;
        for (const Event &e : r.events)
            found = found || namesOf(r, e) == keys({QStringLiteral("بافل سوروكين"), QStringLiteral("محمد البشير")});
        QVERIFY(found);
    }

    void eventTypes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("cameo");
        QTest::newRow("video call") << QStringLiteral(
                                           "عقد معاون وزير النقل السوري سامي العبد اجتماعاً عبر تقنية الفيديو "
                                           "مع نائب وزير النقل الروسي دميتري زفيريف، الخميس.")
                                    << int(EventType::Call) << QStringLiteral("041");
        QTest::newRow("phone call") << QStringLiteral("تلقى الرئيس السوري أحمد الشرع اتصالاً هاتفياً من الرئيس الروسي "
                                                      "فلاديمير بوتين مساء أمس.")
                                    << int(EventType::Call) << QStringLiteral("041");
        QTest::newRow("visit abroad") << QStringLiteral("زار وزير الاقتصاد السوري نضال الشعار موسكو يوم 4 آذار والتقى "
                                                        "وزير التنمية الاقتصادية الروسي مكسيم ريشيتنيكوف.")
                                      << int(EventType::Visit) << QStringLiteral("042");
        QTest::newRow("third location") << QStringLiteral("التقى وزير الخارجية السوري أسعد الشيباني نظيره الروسي سيرغي "
                                                          "لافروف في أنقرة الأحد.")
                                        << int(EventType::Meeting) << QStringLiteral("044");
    }

    void eventTypes()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, cameo);
        const Result r = run(text);
        QVERIFY2(r.events.size() == 1, qPrintable(personNames(r)));
        QCOMPARE(int(r.events.constFirst().type), type);
        QCOMPARE(r.events.constFirst().cameo, cameo);
        QCOMPARE(r.events.constFirst().participants.size(), 2);
    }

    void plannedContact()
    {
        const Result r = run(QStringLiteral("من المقرر أن يزور رئيس الوزراء الروسي ميخائيل ميشوستين دمشق الشهر "
                                            "المقبل، حيث سيلتقي الرئيس أحمد الشرع."),
                             QDate(2026, 5, 10));
        QCOMPARE(r.events.size(), 1);
        const Event &e = r.events.constFirst();
        QVERIFY(e.planned);
        QCOMPARE(e.cameo, QStringLiteral("036"));
        QCOMPARE(e.location, QStringLiteral("دمشق"));
        QCOMPARE(e.date.start, QDate(2026, 6, 1));
    }

    void notContacts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("negated") << QStringLiteral(
            "لم يستقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية السوري أسعد الشيباني خلال وجوده في موسكو.");
        QTest::newRow("statements") << QStringLiteral(
            "أدان وزير الخارجية الروسي سيرغي لافروف الغارات على ريف دمشق، فيما قال الرئيس السوري أحمد الشرع إن "
            "بلاده ستدافع عن أراضيها.");
        QTest::newRow("same country at home")
            << QStringLiteral("استقبل الرئيس أحمد الشرع في دمشق وزير الخارجية السوري أسعد الشيباني.");
        QTest::newRow("bare discussion, no partner")
            << QStringLiteral("وبحث وزير الخارجية الروسي سيرغي لافروف ملف العقوبات على سوريا.");
    }

    void notContacts()
    {
        QFETCH(QString, text);
        const Result r = run(text);
        for (const Event &e : r.events)
            QVERIFY2(e.factuality != Factuality::Happened, qPrintable(e.provenance));
    }

    void backgroundIsNoParty()
    {
        const Result r = run(QStringLiteral("وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق بعد عام على انهيار حكم "
                                            "بشار الأسد، والتقى الرئيس أحمد الشرع في قصر الشعب."),
                             QDate(2026, 2, 9));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("سيرغي لافروف"), QStringLiteral("أحمد الشرع")}));
    }

    void relativeOfAnOfficialIsNoOfficial()
    {
        const Result r = run(QStringLiteral("والتقت عقيلة الرئيس الروسي ناتاليا بيتروفا مع عقيلة الرئيس السوري في "
                                            "موسكو."));
        QVERIFY2(!actorNamed(r, QStringLiteral("ناتاليا بيتروفا")), qPrintable(personNames(r)));
    }

    void speakerIsNoParty()
    {
        const Result r = run(QStringLiteral("أعلن المتحدث باسم الخارجية الروسية أليكسي فادييف أن نائب وزير الخارجية "
                                            "الروسي ميخائيل بوغدانوف التقى وزير الخارجية السوري أسعد الشيباني في "
                                            "الدوحة."),
                             QDate(2026, 2, 9));
        QCOMPARE(r.events.size(), 1);
        const QStringList names = namesOf(r, r.events.constFirst());
        QVERIFY2(!names.contains(matchingKey(QStringLiteral("أليكسي فادييف"))), qPrintable(names.join(u',')));
        QCOMPARE(names.size(), 2);
    }

    void twoContactsInOneSentence()
    {
        const Result r = run(QStringLiteral("والتقى لافروف الشيباني في موسكو، فيما بحث وزير الدفاع الروسي أندريه "
                                            "بيلوسوف مع نظيره السوري مرهف أبو قصرة التعاون العسكري."),
                             QDate(2026, 2, 9));
        QCOMPARE(r.events.size(), 2);
        for (const Event &e : r.events)
            QCOMPARE(e.participants.size(), 2);
    }

    void anotherSpellingOfAKnownPerson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("long vowel written") << QStringLiteral("التقى وزير الدفاع الروسي أندريه بيلاوسوف نظيره السوري "
                                                              "مرهف أبو قصرة في موسكو.");
        QTest::newRow("hamza seat") << QStringLiteral("التقى وزير الدفاع الروسي أندريه بيلوسؤوف نظيره السوري مرهف "
                                                      "أبو قصرة في موسكو.");
    }

    void anotherSpellingOfAKnownPerson()
    {
        QFETCH(QString, text);
        const Result r = run(text, QDate(2025, 8, 1));
        bool known = false;
        for (const Actor &a : r.registry.actors())
            known = known || a.key == QLatin1String("belousov");
        QVERIFY2(known, qPrintable(personNames(r)));
        for (const Actor &a : r.registry.actors())
            QVERIFY2(!a.discovered, qPrintable(a.name));
    }

    void theSurnamesArticleMayBeLeftOut()
    {
        // "وزير خارجية سوريا NAME" (office in construct with the country) and a surname written without ال.
        const Result r = run(QStringLiteral("وعقد وزير خارجية سوريا أسعد شيباني ووزير خارجية تركيا هاكان فيدان مؤتمراً "
                                            "صحفياً مشتركاً في دمشق."),
                             QDate(2025, 12, 23));
        QVERIFY2(actorNamed(r, QStringLiteral("أسعد الشيباني")), qPrintable(personNames(r)));
        for (const Actor &a : r.registry.actors())
            QVERIFY2(!a.discovered, qPrintable(a.name));
    }

    void oneOfficeOfTwoCountries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("country names") << QStringLiteral("اجتمع وزيرا خارجية روسيا وسوريا في موسكو أمس.");
        QTest::newRow("nationalities") << QStringLiteral("واجتمع وزيرا الخارجية الروسي والسوري في موسكو أمس.");
    }

    void oneOfficeOfTwoCountries()
    {
        // The dual office names its holder in each country on the day.
        QFETCH(QString, text);
        const Result r = run(text, QDate(2025, 8, 1));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("سيرغي لافروف"), QStringLiteral("أسعد الشيباني")}));
    }

    void twoSpellingsOfAnUnknownPersonAreOne()
    {
        const Result r = run(QList<Article>{
            makeArticle(1,
                        QStringLiteral("استقبل وزير النقل السوري يعرب بدر في دمشق نائب وزير النقل الروسي فاليري "
                                       "غروشكوف أمس."),
                        QDate(2026, 4, 1)),
            makeArticle(2,
                        QStringLiteral("التقى نائب وزير النقل الروسي فاليري جروشكوف وزير النقل السوري يعرب بدر في "
                                       "موسكو أمس."),
                        QDate(2026, 5, 1))});
        int people = 0;
        for (const Actor &a : r.registry.actors())
            if (a.name.endsWith(QStringLiteral("روشكوف"))) {
                ++people;
                QVERIFY2(a.mergeNote.contains(QStringLiteral("transliteration")), qPrintable(a.mergeNote));
                QVERIFY2(a.aliases.contains(QStringLiteral("فاليري جروشكوف")), qPrintable(a.aliases.join(u',')));
            }
        QCOMPARE(people, 1);
    }

    void arabicNamesOneLetterApartStayApart()
    {
        const Result r = run(QStringLiteral("التقى وزير الصحة السوري محمد حسن نظيره الروسي. واستقبل وزير الصحة "
                                            "السوري محمد حسين نائب وزير الصحة الروسي أوليغ سالاغاي."));
        QVERIFY2(actorNamed(r, QStringLiteral("محمد حسن")) && actorNamed(r, QStringLiteral("محمد حسين")),
                 qPrintable(personNames(r)));
    }

    void repeatedContactsAreNoOneContact()
    {
        const Result r = run(QStringLiteral("وقال إن وزير الخارجية الروسي سيرغي لافروف التقى نظيره السوري أسعد "
                                            "الشيباني أربع مرات منذ توليه منصبه."),
                             QDate(2026, 3, 3));
        for (const Event &e : r.events)
            QVERIFY2(e.participants.size() < 2, qPrintable(e.provenance));
        // With a date, the clause tells one contact that day.
        const Result dated = run(QStringLiteral("والتقى لافروف الشيباني مرتين أمس في موسكو."), QDate(2026, 3, 3));
        QCOMPARE(dated.events.size(), 1);
    }

    void delegationStandsForItsHead()
    {
        const Result r = run(QStringLiteral("وصل إلى دمشق وفد روسي برئاسة نائب وزير الطاقة الروسي بافل سوروكين.\n\n"
                                            "واجتمع وزير الطاقة السوري محمد البشير مع الوفد الروسي أمس."),
                             QDate(2026, 4, 2));
        bool found = false;
        for (const Event &e : r.events)
            found = found || namesOf(r, e) == keys({QStringLiteral("بافل سوروكين"), QStringLiteral("محمد البشير")});
        QVERIFY2(found, qPrintable(personNames(r)));
        // A side named by nationality only when the article named its head; a bare "الجانب" is nobody.
        const Result bare =
            run(QStringLiteral("واجتمع وزير الطاقة السوري محمد البشير مع الجانب الروسي أمس."), QDate(2026, 4, 2));
        QVERIFY(bare.events.isEmpty());
    }

    void credentialsAreContactsAndThenStartsAClause()
    {
        // An ambassador hands a copy of his credentials to the minister, then the credentials to the head
        // of state: two contacts, the ambassador in both.
        const Result r =
            run(QStringLiteral("وقدم السفير الروسي الجديد لدى بغداد ألكسندر كوزنتسوف نسخة من أوراق اعتماده "
                               "إلى وزير الخارجية العراقي فؤاد حسين، ثم قدم أوراقه إلى الرئيس السوري "
                               "أحمد الشرع أمس."),
                QDate(2026, 6, 3));
        QCOMPARE(r.events.size(), 2);
        for (const Event &e : r.events) {
            QCOMPARE(e.participants.size(), 2);
            QVERIFY(namesOf(r, e).contains(matchingKey(QStringLiteral("ألكسندر كوزنتسوف"))));
        }
    }

    void headOfADelegationNamedWithoutOffice()
    {
        const Result r = run(QStringLiteral("والتقى وفد روسي برئاسة ميخائيل أوليانوف وفد الحكومة السورية برئاسة "
                                            "كمال الجفا في جنيف اليوم."),
                             QDate(2026, 3, 3));
        const Actor *head = actorNamed(r, QStringLiteral("ميخائيل أوليانوف"));
        QVERIFY2(head, qPrintable(personNames(r)));
        QCOMPARE(head->country, QStringLiteral("RU"));
        const Actor *other = actorNamed(r, QStringLiteral("كمال الجفا"));
        QVERIFY2(other, qPrintable(personNames(r)));
        QCOMPARE(other->country, QStringLiteral("SY"));
        QCOMPARE(r.events.size(), 1);
    }

    void anOfficePostedElsewhereNamesNobody()
    {
        // Russia's ambassador in Baghdad is not the gazetteer's ambassador of Russia (posted in Damascus).
        const Result r = run(QStringLiteral("والتقى السفير الروسي لدى بغداد وزير الخارجية العراقي فؤاد حسين أمس."),
                             QDate(2026, 6, 3));
        for (const Actor &a : r.registry.actors())
            QVERIFY2(a.country != QLatin1String("RU"), qPrintable(a.name));
    }

    void noPublicOfficeNoActor_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("person");
        QTest::addColumn<bool>("official");
        QTest::newRow("business council, rank first")
            << QStringLiteral("وقال المهندس كريم منصور، رئيس مجلس الأعمال السوري التركي، إن العام المقبل واعد.")
            << QStringLiteral("كريم منصور") << false;
        QTest::newRow("chamber of commerce, office first")
            << QStringLiteral("وأكد رئيس غرفة تجارة حلب سامر داود أن الصادرات زادت.") << QStringLiteral("سامر داود")
            << false;
        QTest::newRow("adviser and researcher")
            << QStringLiteral("ورأى المستشار والباحث السياسي نبيل عيسى أن الزيارة مهمة.") << QStringLiteral("نبيل عيسى")
            << false;
        QTest::newRow("editor") << QStringLiteral("وكتب يوسف حداد، رئيس تحرير صحيفة محلية، أن المحادثات طويلة.")
                                << QStringLiteral("يوسف حداد") << false;
        // The same shapes with a public office still name an official.
        QTest::newRow("public office, rank first")
            << QStringLiteral("وقال المهندس كريم منصور، رئيس مجلس الوزراء الأردني، إن العام المقبل واعد.")
            << QStringLiteral("كريم منصور") << true;
        QTest::newRow("public adviser") << QStringLiteral("ورأى المستشار الرئاسي نبيل عيسى أن الزيارة مهمة.")
                                        << QStringLiteral("نبيل عيسى") << true;
    }

    void noPublicOfficeNoActor()
    {
        QFETCH(QString, text);
        QFETCH(QString, person);
        QFETCH(bool, official);
        const Result r = run(text);
        QCOMPARE(bool(actorNamed(r, person)), official);
    }

    void wordsAfterATitleAreNoName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("notAName");
        QTest::newRow("issues") << QStringLiteral("وبحث الرئيس الإيراني قضايا عاجلة في لقائه مع الوزير السوري.")
                                << QStringLiteral("قضايا عاجلة");
        QTest::newRow("count") << QStringLiteral("واجتمع الوزير التركي أربع مرات بنظيره الإيراني.")
                               << QStringLiteral("أربع مرات");
        QTest::newRow("phrase") << QStringLiteral("وقال رئيس المرحلة الانتقالية استمرار الاتصالات ضروري.")
                                << QStringLiteral("استمرار الاتصالات");
        QTest::newRow("preposition spelled with ya")
            << QStringLiteral("والتقى وزير الخارجية الروسي علي هامش القمة نظيره.") << QStringLiteral("هامش");
    }

    void wordsAfterATitleAreNoName()
    {
        QFETCH(QString, text);
        QFETCH(QString, notAName);
        const Result r = run(text);
        for (const Actor &a : r.registry.actors())
            QVERIFY2(!matchingKey(a.name).contains(matchingKey(notAName)), qPrintable(a.name));
    }

    void datelineCityPlacesTheLead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("city");
        QTest::newRow("city and dash") << QStringLiteral("طهران – استقبل وزير الخارجية الروسي سيرغي لافروف نظيره "
                                                         "السوري أسعد الشيباني اليوم.")
                                       << QStringLiteral("طهران");
        QTest::newRow("outlet, then city") << QStringLiteral("وكالة الأنباء- أنقرة\nالتقى وزير الخارجية الروسي سيرغي "
                                                             "لافروف نظيره السوري أسعد الشيباني اليوم.")
                                           << QStringLiteral("أنقرة");
        QTest::newRow("city and date") << QStringLiteral("بغداد 3 مارس 2026 (وكالات) التقى وزير الخارجية الروسي سيرغي "
                                                         "لافروف نظيره السوري أسعد الشيباني.")
                                       << QStringLiteral("بغداد");
    }

    void datelineCityPlacesTheLead()
    {
        QFETCH(QString, text);
        QFETCH(QString, city);
        const Result r = run(text, QDate(2026, 3, 3));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().location, city);
        QVERIFY(r.events.constFirst().provenance.contains(QStringLiteral("dateline")));
    }

    void cityInsideTheStoryIsNoDateline()
    {
        const Result r = run(QStringLiteral("أكد البيان أن العلاقات متينة.\n\nوقال مصدر إن دمشق تريد ذلك.\n\n"
                                            "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره السوري أسعد الشيباني."),
                             QDate(2026, 3, 3));
        QCOMPARE(r.events.size(), 1);
        QVERIFY(r.events.constFirst().location.isEmpty());
    }

    void factuality_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("factuality");
        const int happened = int(Factuality::Happened), planned = int(Factuality::Planned),
                  denied = int(Factuality::Denied), hypothetical = int(Factuality::Hypothetical);
        QTest::newRow("held") << QStringLiteral("التقى وزير الخارجية الروسي سيرغي لافروف في موسكو أمس وزير "
                                                "الخارجية السوري أسعد الشيباني.")
                              << happened;
        QTest::newRow("future verb") << QStringLiteral("سيعقد الرئيس الروسي فلاديمير بوتين والرئيس السوري أحمد "
                                                       "الشرع محادثات في سوتشي الأسبوع المقبل.")
                                     << planned;
        QTest::newRow("future dual") << QStringLiteral("وقال الكرملين إن بوتين والشرع سيجتمعان في سوتشي.") << planned;
        QTest::newRow("invitation") << QStringLiteral("وجه وزير الخارجية الروسي سيرغي لافروف دعوة إلى وزير "
                                                      "الخارجية السوري أسعد الشيباني لزيارة موسكو.")
                                    << planned;
        QTest::newRow("purpose") << QStringLiteral("أوفد الرئيس الروسي فلاديمير بوتين مبعوثه إلى دمشق لكي يلتقي "
                                                   "الرئيس السوري أحمد الشرع.")
                                 << planned;
        QTest::newRow("visit with a purpose happened")
            << QStringLiteral("وكانت زيارة الشيباني إلى موسكو أمس لبحث التعاون مع الوزير لافروف.") << happened;
        QTest::newRow("subjunctive") << QStringLiteral("وأعرب عن أمله أن يلتقي وزير الخارجية الروسي سيرغي لافروف "
                                                       "نظيره السوري أسعد الشيباني في جنيف.")
                                     << planned;
        QTest::newRow("reported, past") << QStringLiteral("وقال المتحدث إن وزير الخارجية الروسي سيرغي لافروف التقى "
                                                          "نظيره السوري أسعد الشيباني في جنيف.")
                                        << happened;
        QTest::newRow("will not meet") << QStringLiteral("قال الكرملين إن بوتين لن يلتقي الشرع خلال زيارته.") << denied;
        QTest::newRow("reported denial") << QStringLiteral("ونفت الخارجية السورية أن يكون الشيباني قد التقى لافروف "
                                                           "في أنقرة.")
                                         << denied;
        QTest::newRow("question") << QStringLiteral("هل التقى الرئيس أحمد الشرع الرئيس فلاديمير بوتين سرا في "
                                                    "موسكو؟")
                                  << hypothetical;
    }

    void factuality()
    {
        QFETCH(QString, text);
        QFETCH(int, factuality);
        const Result r = run(text, QDate(2026, 5, 4));
        QVERIFY2(!r.reports.isEmpty(), qPrintable(personNames(r)));
        QCOMPARE(int(r.reports.constFirst().factuality), factuality);
        QCOMPARE(r.reports.constFirst().planned, factuality == int(Factuality::Planned));
        QVERIFY(r.reports.constFirst().provenance.contains(factualityName(Factuality(factuality))));
    }

    void backgroundEventKeepsItsOwnDate()
    {
        const Result r = run(QStringLiteral("بحث الرئيس أحمد الشرع مع نائب رئيس الوزراء الروسي ألكسندر نوفاك في "
                                            "دمشق اليوم ملف الطاقة.\nوكان نوفاك قد زار دمشق في فبراير/شباط 2025 والتقى "
                                            "وزير الطاقة السوري محمد البشير."),
                             QDate(2025, 6, 10));
        QCOMPARE(r.events.size(), 2);
        QList<QDate> starts{r.events.at(0).date.start, r.events.at(1).date.start};
        std::sort(starts.begin(), starts.end());
        QCOMPARE(starts, (QList<QDate>{QDate(2025, 2, 1), QDate(2025, 6, 10)}));
    }

    void anaphoricSentenceDatesTheContact()
    {
        const Result r =
            run(QStringLiteral("استقبل محافظ اللاذقية السوري خالد عبد الرحمن في اللاذقية وفداً روسياً برئاسة "
                               "القنصل الروسي دينيس كوزنيتسوف.\n\nوجاء اللقاء، الذي عقد صباح الأحد، في إطار "
                               "التحضير لمعرض تجاري."),
                QDate(2026, 3, 18));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().date.start, QDate(2026, 3, 15));
        QCOMPARE(r.events.constFirst().dateSource, DateSource::GoverningExpression);
    }

    void undatedLeadTakesThePublicationDay()
    {
        // News tells the day's contact without a date: the publication day, and the record says so.
        const Result r = run(QStringLiteral("أجرى نائب وزير الصحة السوري ماجد حمدان مباحثات مع نائب وزير الصحة "
                                            "الروسي أوليغ سالاغاي حول توريد اللقاحات."),
                             QDate(2026, 3, 18));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().date.start, QDate(2026, 3, 18));
        QCOMPARE(r.events.constFirst().date.end, QDate(2026, 3, 18));
        QCOMPARE(r.events.constFirst().dateSource, DateSource::Publication);
    }

    void recalledContactIsNotThePublicationDay()
    {
        const Result r = run(QStringLiteral("وكان نائب وزير الصحة السوري ماجد حمدان قد أجرى مباحثات مع نائب وزير "
                                            "الصحة الروسي أوليغ سالاغاي حول توريد اللقاحات."),
                             QDate(2026, 3, 18));
        QCOMPARE(r.events.size(), 1);
        QVERIFY(!r.events.constFirst().date.isValid());
        QCOMPARE(r.events.constFirst().dateSource, DateSource::None);
    }

    void undatedArticleLeavesTheLeadUndated()
    {
        const Result r = run(QStringLiteral("أجرى نائب وزير الصحة السوري ماجد حمدان مباحثات مع نائب وزير الصحة "
                                            "الروسي أوليغ سالاغاي حول توريد اللقاحات."),
                             QDate());
        QCOMPARE(r.events.size(), 1);
        QVERIFY(!r.events.constFirst().date.isValid());
    }

    void laterMentionTakesTheDatedContactsDay()
    {
        const Result r = run(QStringLiteral("استقبل رئيس الوزراء الروسي ميخائيل ميشوستين أمس الأحد في موسكو وزير "
                                            "الاقتصاد السوري نضال الشعار.\n\nوقال ميشوستين خلال لقائه الشعار إن "
                                            "البلدين سيوسعان التجارة."),
                             QDate(2026, 3, 16));
        QVERIFY(!r.reports.isEmpty());
        for (const Event &e : r.reports)
            QCOMPARE(e.date.start, QDate(2026, 3, 15));
    }

    void delegationMembersTakeTheSubjectsSide()
    {
        const Result r = run(QStringLiteral("التقى الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع في موسكو، "
                                            "بحضور مدير مكتب الرئاسة السورية منير الحسين."));
        QCOMPARE(r.events.size(), 1);
        const Actor *member = actorNamed(r, QStringLiteral("منير الحسين"));
        QVERIFY2(member, qPrintable(personNames(r)));
        QCOMPARE(member->country, QStringLiteral("SY"));
        const auto parts = r.events.constFirst().participants;
        QVERIFY(std::any_of(parts.cbegin(), parts.cend(),
                            [](const Participant &p) { return p.part == QLatin1String("member"); }));
    }

    void furnitureIsSkipped()
    {
        Article a = makeArticle(1,
                                QStringLiteral("خبر عن الطقس.\n\nاقرأ أيضا: التقى الرئيس الروسي فلاديمير بوتين "
                                               "الرئيس السوري أحمد الشرع في موسكو."),
                                QDate(2026, 1, 1));
        const int start = int(a.originalText.indexOf(QStringLiteral("اقرأ")));
        a.furniture << TextSpan{start, int(a.originalText.size()), QStringLiteral("teaser")};
        QVERIFY(run(QList<Article>{a}).events.isEmpty());
    }

    void sameArticlesSameRecord()
    {
        const QList<Article> articles{
            makeArticle(
                1,
                QStringLiteral(
                    "استقبل وزير الزراعة السوري حسان الأحمد في دمشق أمس نائب وزير الزراعة الروسي إيليا ميخائيلوف."),
                QDate(2026, 2, 2)),
            makeArticle(2,
                        QStringLiteral("التقى نائب وزير الزراعة الروسي إيليا ميخائيلوف في دمشق يوم الأحد 1 شباط وزير "
                                       "الزراعة السوري حسان الأحمد."),
                        QDate(2026, 2, 3))};
        const Result a = run(articles);
        const Result b = run(articles);
        QCOMPARE(a.events.size(), 1); // two reports of one meeting
        QCOMPARE(a.events.constFirst().sources.size(), 2);
        QCOMPARE(a.events.size(), b.events.size());
        QCOMPARE(a.events.constFirst().participants, b.events.constFirst().participants);
        QCOMPARE(a.events.constFirst().date, b.events.constFirst().date);
        QCOMPARE(a.events.constFirst().mergeNote, b.events.constFirst().mergeNote);
    }

    // Merging ------------------------------------------------------------------------------------
    void mergeNarrowsToTheMostPreciseDate()
    {
        const QList<Actor> actors(3);
        const QList<Event> merged = EventMerger(actors).merge(
            {report(1, {0, 1}, span(QDate(2025, 10, 1), QDate(2025, 10, 10), Granularity::PartOfMonth),
                    QStringLiteral("موسكو")),
             report(2, {0, 1, 2}, day(2025, 10, 3), QStringLiteral("موسكو")), report(3, {1, 0}, FuzzyDate{})});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.constFirst().date, day(2025, 10, 3));
        QCOMPARE(merged.constFirst().sources.size(), 3);
        QVERIFY(!merged.constFirst().mergeNote.isEmpty());
        QVERIFY(merged.constFirst().flags.join(QLatin1Char(';')).contains(QStringLiteral("participant")));
        QVERIFY(!merged.constFirst().flags.join(QLatin1Char(';')).contains(QStringLiteral("date")));
    }

    void mergeKeepsDaysApart()
    {
        // Reports a day apart are two contacts, not one with a slip: a day-level date never merges with another.
        const QList<Actor> actors(2);
        const QList<Event> merged =
            EventMerger(actors).merge({report(1, {0, 1}, day(2025, 12, 28)), report(2, {0, 1}, day(2025, 12, 29)),
                                       report(3, {0, 1}, day(2025, 12, 28))});
        QCOMPARE(merged.size(), 2);
        for (const Event &e : merged)
            QCOMPARE(e.sources.size(), e.date.start == QDate(2025, 12, 28) ? 2 : 1);
    }

    void mergeKeepsDistinctContactsApart()
    {
        const QList<Actor> actors(4);
        const EventMerger merger(actors);
        QVERIFY(!merger.compatible(report(1, {0, 1}, day(2025, 12, 28)), report(2, {0, 1}, day(2025, 12, 31))));
        QVERIFY(!merger.compatible(report(1, {0, 1}, day(2025, 12, 28), QStringLiteral("موسكو")),
                                   report(2, {0, 1}, day(2026, 1, 20), QStringLiteral("دمشق"))));
        QVERIFY(!merger.compatible(report(1, {0, 1}, day(2025, 12, 28)),
                                   report(2, {0, 1}, day(2025, 12, 28), {}, EventType::Call)));
        QVERIFY(!merger.compatible(report(1, {0, 1, 2}, day(2025, 12, 28)), report(2, {0, 3}, day(2025, 12, 28))));
        // A year is no evidence of one contact: without the same place, a visit that year stays apart.
        QVERIFY(!merger.compatible(
            report(1, {0, 1}, span(QDate(2017, 1, 1), QDate(2017, 12, 31), Granularity::Year), QStringLiteral("موسكو")),
            report(2, {0, 1}, day(2017, 11, 20), QStringLiteral("سوتشي"))));
        QVERIFY(!merger.compatible(report(1, {0, 1}, span(QDate(2017, 1, 1), QDate(2017, 12, 31), Granularity::Year)),
                                   report(2, {0, 1}, day(2017, 11, 20))));
        // What was planned, denied or supposed is not what happened.
        Event planned = report(1, {0, 1}, day(2025, 12, 28));
        planned.factuality = Factuality::Planned;
        QVERIFY(!merger.compatible(planned, report(2, {0, 1}, day(2025, 12, 30))));
        Event denied = report(1, {0, 1}, day(2025, 12, 28));
        denied.factuality = Factuality::Denied;
        QVERIFY(!merger.compatible(denied, report(2, {0, 1}, day(2025, 12, 28))));
    }

    void announcementJoinsTheContactOnItsDay()
    {
        const QList<Actor> actors(2);
        Event announced = report(1, {0, 1}, day(2025, 12, 28));
        announced.factuality = Factuality::Planned;
        announced.planned = true;
        QCOMPARE(EventMerger(actors).merge({announced, report(2, {0, 1}, day(2025, 12, 28))}).size(), 2);
        EventMerger joining(actors);
        joining.setJoinAnnouncements(true);
        const QList<Event> merged = joining.merge({announced, report(2, {0, 1}, day(2025, 12, 28))});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.constFirst().factuality, Factuality::Happened);
        QVERIFY(!merged.constFirst().planned);
        QCOMPARE(merged.constFirst().sources.size(), 2);
        QVERIFY(merged.constFirst().provenance.contains(QStringLiteral("announced in advance")));
    }

    void sameDaySamePeopleTwoPlacesIsOneContactFlagged()
    {
        const QList<Actor> actors(2);
        const QList<Event> merged =
            EventMerger(actors).merge({report(1, {0, 1}, day(2025, 12, 28), QStringLiteral("موسكو")),
                                       report(2, {0, 1}, day(2025, 12, 28), QStringLiteral("دمشق")),
                                       report(3, {0, 1}, day(2025, 12, 28), QStringLiteral("موسكو"))});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.constFirst().location, QStringLiteral("موسكو"));
        QVERIFY(merged.constFirst().flags.join(QLatin1Char(';')).contains(QStringLiteral("place")));
    }

    void undatedReportJoinsTheOnlyDatedContact()
    {
        const QList<Actor> actors(3);
        Event undated = report(3, {0, 1}, FuzzyDate{});
        // One dated contact of these two people: the undated, unpublished report is that one.
        QList<Event> merged = EventMerger(actors).merge({report(1, {0, 1}, day(2025, 3, 2)), undated});
        QCOMPARE(merged.size(), 1);
        // Two of them: it could be either, so it stays apart.
        merged = EventMerger(actors).merge(
            {report(1, {0, 1}, day(2025, 3, 2)), report(2, {0, 1}, day(2025, 9, 14)), undated});
        QCOMPARE(merged.size(), 3);
    }

    void anUndatedTravellerOfOneSideIsNoParticularContact()
    {
        // "X and Y (one country) arrived in Moscow for talks", on a page with no date: the only dated contact
        // of theirs with a third person need not be that trip. With the other side named it is.
        QList<Actor> actors(3);
        actors[0].country = actors[1].country = QStringLiteral("SY");
        actors[2].country = QStringLiteral("RU");
        const Event dated = report(1, {0, 1, 2}, day(2025, 3, 2), QStringLiteral("موسكو"));
        const Event arrival = report(2, {0, 1}, FuzzyDate{}, QStringLiteral("موسكو"), EventType::Visit);
        QCOMPARE(EventMerger(actors).merge({dated, arrival}).size(), 2);
        const Event talks = report(2, {0, 2}, FuzzyDate{}, QStringLiteral("موسكو"));
        QCOMPARE(EventMerger(actors).merge({dated, talks}).size(), 1);
    }

    void weekdayNamedPicksTheContact()
    {
        const QList<Actor> actors(3);
        // "اليوم الاثنين" on a page without a date: of two contacts of these people, only the Monday one.
        Event undated = report(3, {0, 1}, FuzzyDate{});
        undated.dateClues.weekday = 1;
        undated.dateClues.fromPublication = true;
        const QList<Event> merged =
            EventMerger(actors).merge({report(1, {0, 1}, day(2025, 3, 1)) /* a Saturday */,
                                       report(2, {0, 1}, day(2025, 9, 15)) /* Monday */, undated});
        QCOMPARE(merged.size(), 2);
        for (const Event &e : merged)
            QCOMPARE(e.sources.size(), e.date.start == QDate(2025, 9, 15) ? 2 : 1);
        // A day and month without a year ("في 2 آذار") likewise.
        Event dayMonth = report(3, {0, 1}, FuzzyDate{});
        dayMonth.dateClues.day = 1;
        dayMonth.dateClues.month = 3;
        const QList<Event> byDay = EventMerger(actors).merge(
            {report(1, {0, 1}, day(2025, 3, 1)), report(2, {0, 1}, day(2025, 9, 15)), dayMonth});
        QCOMPARE(byDay.size(), 2);
        // A weekday that fits neither keeps the report apart, and says why.
        Event friday = undated;
        friday.dateClues.weekday = 5;
        const EventMerger merger(actors);
        const EventMerger::Decision d = merger.decide(report(2, {0, 1}, day(2025, 9, 15)), friday);
        QVERIFY(!d.same);
        QVERIFY2(d.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("Friday")),
                 qPrintable(d.reasons.join(QLatin1Char(';'))));
    }

    void aPageIsDatedByTheContactItShares()
    {
        const QList<Actor> actors(4);
        // Page 2 has no date. Its "اليوم الثلاثاء" report of people 0 and 1 can only be page 1's Tuesday
        // contact, so page 2 appeared that day; its undated recall of people 2 and 3 is then the contact of
        // theirs a fortnight before, not the one months later.
        Event today = report(2, {0, 1}, FuzzyDate{});
        today.dateClues.weekday = 2;
        today.dateClues.fromPublication = true;
        const Event recall = report(2, {2, 3}, FuzzyDate{});
        Event held = report(1, {0, 1}, day(2025, 10, 28)); // a Tuesday
        held.sources.first().merging.published = QDate(2025, 10, 28);
        const QList<Event> merged =
            EventMerger(actors).merge({held, report(1, {0, 1}, day(2025, 7, 31)) /* Thursday */, today, recall,
                                       report(3, {2, 3}, day(2025, 10, 15)), report(4, {2, 3}, day(2026, 1, 28))});
        QCOMPARE(merged.size(), 4);
        for (const Event &e : merged) {
            if (e.date.start == QDate(2025, 10, 28) || e.date.start == QDate(2025, 10, 15)) {
                QCOMPARE(e.sources.size(), 2);
                QVERIFY(e.sources.at(0).articleId == 2 || e.sources.at(1).articleId == 2);
            } else {
                QCOMPARE(e.sources.size(), 1);
            }
        }
        // Without the Tuesday report nothing dates the page: the recall fits two contacts and stays apart.
        const QList<Event> apart = EventMerger(actors).merge(
            {held, recall, report(3, {2, 3}, day(2025, 10, 15)), report(4, {2, 3}, day(2026, 1, 28))});
        QCOMPARE(apart.size(), 4);
    }

    void anUndatedLeadJoinsTheDayToldAsToday()
    {
        const QList<Actor> actors(3);
        // One outlet: "اجتمعا اليوم" on the 9th; the next day another page's undated lead, dated by its
        // publication (the 10th). The day told as today is surer than a publication day: one contact, the 9th.
        Event today = report(1, {0, 1}, day(2025, 4, 9), QStringLiteral("دمشق"));
        today.sources.first().merging.toldAsToday = true;
        Event lead = report(2, {0, 1}, day(2025, 4, 10), QStringLiteral("دمشق"));
        lead.dateSource = DateSource::Publication;
        const QList<Event> merged = EventMerger(actors).merge({today, lead});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.constFirst().date.start, QDate(2025, 4, 9));
        // Two publication-day leads a day apart stay two contacts: neither day is surer.
        Event otherLead = lead;
        otherLead.date = day(2025, 4, 9);
        otherLead.sources.first().articleId = 3;
        QCOMPARE(EventMerger(actors).merge({otherLead, lead}).size(), 2);
    }

    void todayIsNoSurerThanThePublicationDay()
    {
        const QList<Actor> actors(3);
        // One outlet: "وصل اليوم" on the 9th; another: "وصل أمس الثلاثاء" = the 8th. One visit, on the day told.
        Event today = report(2, {0, 1}, day(2025, 4, 9), QStringLiteral("دمشق"));
        today.sources.first().merging.toldAsToday = true;
        const QList<Event> merged =
            EventMerger(actors).merge({report(1, {0, 1}, day(2025, 4, 8), QStringLiteral("دمشق")), today});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.constFirst().date.start, QDate(2025, 4, 8));
        QVERIFY(merged.constFirst().flags.join(QLatin1Char(';')).contains(QStringLiteral("date")));
        // Two "اليوم" on consecutive days are two days of talks, and two days apart is another contact.
        Event yesterdayToday = today;
        yesterdayToday.date = day(2025, 4, 8);
        yesterdayToday.sources.first().articleId = 1;
        QCOMPARE(EventMerger(actors).merge({yesterdayToday, today}).size(), 2);
        today.date = day(2025, 4, 10);
        QCOMPARE(EventMerger(actors).merge({report(1, {0, 1}, day(2025, 4, 8), QStringLiteral("دمشق")), today}).size(),
                 2);
    }

    void pageAddressDayMayBeTheNextDay()
    {
        const QList<Actor> actors(3);
        // "اليوم" counted from a date read off the page's address, one day after a day another outlet states.
        Event late = report(2, {0, 1}, day(2025, 4, 9), QStringLiteral("دمشق"));
        late.sources.first().merging.dateFromAddress = true;
        QList<Event> merged =
            EventMerger(actors).merge({report(1, {0, 1}, day(2025, 4, 8), QStringLiteral("دمشق")), late});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.constFirst().date.start, QDate(2025, 4, 8)); // the stated day wins over the address
        // Two days off, or both days stated: two contacts.
        late.date = day(2025, 4, 10);
        QCOMPARE(EventMerger(actors).merge({report(1, {0, 1}, day(2025, 4, 8), QStringLiteral("دمشق")), late}).size(),
                 2);
        late.date = day(2025, 4, 9);
        late.sources.first().merging.dateFromAddress = false;
        QCOMPARE(EventMerger(actors).merge({report(1, {0, 1}, day(2025, 4, 8), QStringLiteral("دمشق")), late}).size(),
                 2);
    }

    void undatedPageKeepsWhatItsDatesSay()
    {
        // No publication date: the weekday and the day-month stay with the report as clues.
        const Result r = run(QStringLiteral("استقبل وزير الخارجية السوري فيصل المقداد أمس الخميس في دمشق السفير "
                                            "الروسي ألكسندر يفيموف."),
                             QDate());
        QCOMPARE(r.reports.size(), 1);
        QVERIFY(!r.reports.constFirst().date.isValid());
        QCOMPARE(r.reports.constFirst().dateClues.weekday, 4);
        QVERIFY(r.reports.constFirst().dateClues.fromPublication);
        QCOMPARE(r.reports.constFirst().dateClues.dayOffset, -1);
        // "غداً" on such a page is still a plan.
        const Result plan = run(QStringLiteral("يلتقي وزير الخارجية السوري فيصل المقداد غداً الأحد في موسكو نظيره "
                                               "الروسي سيرغي لافروف."),
                                QDate());
        QCOMPARE(plan.reports.size(), 1);
        QCOMPARE(plan.reports.constFirst().factuality, Factuality::Planned);
    }

    void phrasesInAppositionAddTheirClues()
    {
        // "اليوم، الخميس 14 من آذار" on a page with no date: today, a Thursday, the 14th of March.
        Result r = run(QStringLiteral("استقبل وزير الخارجية السوري فيصل المقداد اليوم، الخميس 14 من آذار، في دمشق "
                                      "السفير الروسي ألكسندر يفيموف."),
                       QDate());
        QCOMPARE(r.reports.size(), 1);
        const DateClues &clues = r.reports.constFirst().dateClues;
        QCOMPARE(clues.weekday, 4);
        QCOMPARE(clues.day, 14);
        QCOMPARE(clues.month, 3);
        QVERIFY(clues.fromPublication);
        // The only Thursday 14 March on which both held the offices the gazetteer dates.
        QCOMPARE(dateFromTermsOfOffice(r.events, r.registry.actors(), QDate(2026, 1, 1)), 1);
        QCOMPARE(r.events.constFirst().date.start, QDate(2024, 3, 14));
        QCOMPARE(r.events.constFirst().dateSource, DateSource::Terms);
        QVERIFY(whyOf(r.events.constFirst()).yearFrom.contains(QStringLiteral("فيصل المقداد")));
    }

    void theYearComesFromTermsOfOffice()
    {
        // Made-up people: one in office from May 2016 to February 2019, one from 2010 with no end.
        Actor shortTerm;
        shortTerm.name = QStringLiteral("سامي الناصر");
        shortTerm.roles = {
            Role{QStringLiteral("وزير"), {}, {}, QStringLiteral("SY"), QDate(2016, 5, 1), QDate(2019, 2, 1)}};
        Actor longTerm;
        longTerm.name = QStringLiteral("بافل سيدوروف");
        longTerm.roles = {Role{QStringLiteral("وزير"), {}, {}, QStringLiteral("RU"), QDate(2010, 1, 1), {}}};
        Actor undatedOffice;
        undatedOffice.name = QStringLiteral("كريم الحلبي");
        undatedOffice.roles = {Role{QStringLiteral("سفير"), {}, {}, QStringLiteral("SY"), {}, {}}};
        const QList<Actor> actors{shortTerm, longTerm, undatedOffice};
        const auto contact = [](QList<qint64> people, DateClues clues, Factuality factuality = Factuality::Happened) {
            Event e = report(1, people, FuzzyDate{});
            e.dateClues = clues;
            e.factuality = factuality;
            return e;
        };
        const DateClues sunday12March{7, 3, 12, false, 0};
        const DateClues twelfthOfMarch{0, 3, 12, false, 0};

        // Sunday 12 March: 2017 and 2023; only 2017 lies in the short term.
        QList<Event> events{contact({0, 1}, sunday12March)};
        QCOMPARE(dateFromTermsOfOffice(events, actors, QDate(2026, 1, 1)), 1);
        QCOMPARE(events.constFirst().date.start, QDate(2017, 3, 12));
        QVERIFY(events.constFirst().date.isExactDay());
        QCOMPARE(whyOf(events.constFirst()).yearFrom,
                 (QStringList{QStringLiteral("سامي الناصر"), QStringLiteral("بافل سيدوروف")}));

        // Two years fit: it stays undated rather than guessed.
        events = {contact({1}, sunday12March)};
        QCOMPARE(dateFromTermsOfOffice(events, actors, QDate(2026, 1, 1)), 0);
        QVERIFY(!events.constFirst().date.isValid());
        // Not in the future: with 2023 still to come, 2017 is the one.
        QCOMPARE(dateFromTermsOfOffice(events, actors, QDate(2020, 1, 1)), 1);
        QCOMPARE(events.constFirst().date.start, QDate(2017, 3, 12));

        // No weekday: 2017 and 2018 both fit the short term.
        events = {contact({0, 1}, twelfthOfMarch)};
        QCOMPARE(dateFromTermsOfOffice(events, actors, QDate(2026, 1, 1)), 0);
        // Nobody's office is dated; a plan is not dated this way either.
        events = {contact({2}, sunday12March), contact({0, 1}, sunday12March, Factuality::Planned)};
        QCOMPARE(dateFromTermsOfOffice(events, actors, QDate(2026, 1, 1)), 0);
    }

    void aClauseTakesItsOwnDateBeforeAnotherClauses()
    {
        // "… يوم 3 حزيران، ثم استقبله … أمس": the second contact was yesterday, not on the 3rd.
        const Result r = run(QStringLiteral("التقى وزير الدفاع السوري مرهف أبو قصرة نظيره الروسي أندريه بيلاوسوف في "
                                            "موسكو يوم 3 حزيران، ثم استقبله الرئيس فلاديمير بوتين أمس في الكرملين."),
                             QDate(2025, 6, 20));
        QCOMPARE(r.events.size(), 2);
        QList<QDate> days;
        for (const Event &e : r.events)
            days << e.date.start;
        std::sort(days.begin(), days.end());
        QCOMPARE(days, (QList<QDate>{QDate(2025, 6, 3), QDate(2025, 6, 19)}));
    }

    void theOccasionOfASayingIsOneContactWhatIsSaidAnother()
    {
        // "أعلن X، خلال مؤتمر صحفي مشترك مع Y …، أنه عقد اجتماعاً في Z في آذار مع W": two contacts, each with
        // its own day and place; the speaker of "أنه" took part in the second.
        const Result r = run(QStringLiteral("وأعلن وزير الخارجية الروسي سيرغي لافروف، خلال مؤتمر صحفي مشترك مع "
                                            "نظيره الأردني أيمن الصفدي في موسكو اليوم، أنه عقد اجتماعا في بغداد في "
                                            "آذار الماضي مع وزير الخارجية السوري فيصل المقداد."),
                             QDate(2023, 5, 10));
        QCOMPARE(r.events.size(), 2);
        bool pressConference = false, recalled = false;
        for (const Event &e : r.events) {
            if (namesOf(r, e) == keys({QStringLiteral("سيرغي لافروف"), QStringLiteral("أيمن الصفدي")})) {
                QCOMPARE(e.date.start, QDate(2023, 5, 10));
                pressConference = true;
            } else if (namesOf(r, e) == keys({QStringLiteral("سيرغي لافروف"), QStringLiteral("فيصل المقداد")})) {
                QCOMPARE(e.date.start, QDate(2023, 3, 1));
                QCOMPARE(e.date.end, QDate(2023, 3, 31));
                recalled = true;
            }
        }
        QVERIFY2(pressConference && recalled, qPrintable(personNames(r)));
    }

    void aDateOfALaterClauseIsThatClausesOwn()
    {
        // "… خلال مؤتمر صحافي مشترك مع X، حيث أشار إلى أن لقاء X مع Y، الذي عقد يوم أمس، …": the press
        // conference is today's, the meeting yesterday's.
        const Result r = run(QStringLiteral("وجاءت تصريحات وزير الخارجية الأردني أيمن الصفدي خلال مؤتمر صحافي مشترك "
                                            "مع وزير الخارجية السوري فيصل المقداد في عمان، حيث أشار إلى أن لقاء "
                                            "المقداد مع نائب وزير الخارجية الروسي ميخائيل بوغدانوف، الذي عقد يوم "
                                            "أمس، كان إيجابيا."),
                             QDate(2023, 5, 10));
        QDate pressConference, meeting;
        for (const Event &e : r.reports) {
            const QStringList names = namesOf(r, e);
            if (names.contains(matchingKey(QStringLiteral("أيمن الصفدي"))))
                pressConference = e.date.start;
            if (names.contains(matchingKey(QStringLiteral("ميخائيل بوغدانوف"))))
                meeting = e.date.start;
        }
        QCOMPARE(pressConference, QDate(2023, 5, 10));
        QCOMPARE(meeting, QDate(2023, 5, 9));
    }

    void theSpeakerOfAnnaHeTookPartIsAParticipant()
    {
        // "قال X إنه التقى Y": the pronoun is the speaker; "قال X إن Y التقى Z" leaves X out.
        const Result own = run(QStringLiteral("وقال المبعوث الروسي ألكسندر لافرنتييف إنه التقى الرئيس السوري بشار "
                                              "الأسد في دمشق أمس الأحد."),
                               QDate(2022, 3, 7));
        QCOMPARE(own.events.size(), 1);
        QCOMPARE(namesOf(own, own.events.constFirst()),
                 keys({QStringLiteral("ألكسندر لافرنتييف"), QStringLiteral("بشار الأسد")}));
        const Result other = run(QStringLiteral("وقال المتحدث ديمتري بيسكوف إن الرئيس فلاديمير بوتين التقى الرئيس "
                                                "السوري بشار الأسد في موسكو أمس."),
                                 QDate(2022, 3, 7));
        QCOMPARE(other.events.size(), 1);
        QCOMPARE(namesOf(other, other.events.constFirst()),
                 keys({QStringLiteral("فلاديمير بوتين"), QStringLiteral("بشار الأسد")}));
    }

    void aBareDelegationIsTheOneTheArticleNamedFirst()
    {
        // "وعقد الوفد اجتماعاً مع مسؤولين برئاسة Y": the delegation is the one named before, not Y's.
        const Result r = run(QStringLiteral("ويرأس الوفد الروسي، نائب رئيس الوزراء الروسي يوري بوريسوف. وعقد الوفد "
                                            "اجتماعاً في دمشق مع عدد من المسؤولين السوريين برئاسة وزير الخارجية "
                                            "فيصل المقداد."),
                             QDate(2022, 6, 1));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("يوري بوريسوف"), QStringLiteral("فيصل المقداد")}));
        // Two delegations named, then "وعقد الوفد … مع الوفد التركي برئاسة Z": the article's own, the first.
        const Result two = run(QStringLiteral("عقد وفد الحكومة السورية، برئاسة فيصل المقداد، اجتماعاً في أستانا مع "
                                              "الوفد الروسي برئاسة ألكسندر لافرنتييف. وعقد الوفد بعد ذلك لقاء مع الوفد "
                                              "التركي، برئاسة إبراهيم كالين."),
                               QDate(2019, 4, 25));
        bool withTurkey = false;
        for (const Event &e : two.events)
            if (namesOf(two, e).contains(matchingKey(QStringLiteral("إبراهيم قالن")))) { // the gazetteer's spelling
                QCOMPARE(namesOf(two, e), keys({QStringLiteral("فيصل المقداد"), QStringLiteral("إبراهيم قالن")}));
                withTurkey = true;
            }
        QVERIFY2(withTurkey, qPrintable(personNames(two)));
    }

    void aPressConferenceHeldTogetherIsAContactAndFaInnaOpensAnother()
    {
        // "كما أعلن أمس خلال المؤتمر الصحفي الذي عقده X وY في دمشق، فإن … بوفد يرأسه Z": X and Y met
        // yesterday; Z's delegation is a plan of its own.
        const Result r = run(QStringLiteral("وقالت الوزارة: كما أعلن يوم أمس خلال المؤتمر الصحفي الذي عقده نائب "
                                            "رئيس الوزراء الروسي يوري بوريسوف ووزير الخارجية السوري فيصل المقداد في "
                                            "دمشق، فإن سوريا ستشارك في المنتدى المقبل بوفد يرأسه الرئيس بشار الأسد."),
                             QDate(2022, 6, 1));
        bool held = false;
        for (const Event &e : r.events) {
            if (e.factuality != Factuality::Happened)
                continue;
            QCOMPARE(namesOf(r, e), keys({QStringLiteral("يوري بوريسوف"), QStringLiteral("فيصل المقداد")}));
            QCOMPARE(e.date.start, QDate(2022, 5, 31));
            held = true;
        }
        QVERIFY2(held, qPrintable(personNames(r)));
    }

    void aPressConferenceWithSomeoneIsAContactOneAloneIsNot()
    {
        // "أعلن X، في مؤتمر صحفي مع نظيره Y، …" reports X and Y together; "قال X في مؤتمر صحفي إن Y …" does not.
        const Result with = run(QStringLiteral("وأعلن وزير الخارجية السوري فيصل المقداد، في مؤتمر صحفي مع نظيره "
                                               "الروسي سيرغي لافروف في موسكو، الاتفاق على تشكيل لجنة مشتركة."),
                                QDate(2021, 8, 23));
        QCOMPARE(with.events.size(), 1);
        QCOMPARE(namesOf(with, with.events.constFirst()),
                 keys({QStringLiteral("فيصل المقداد"), QStringLiteral("سيرغي لافروف")}));
        const Result alone = run(QStringLiteral("وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي في موسكو إن "
                                                "الرئيس السوري بشار الأسد يحظى بدعم بلاده."),
                                 QDate(2021, 8, 23));
        QCOMPARE(alone.events.size(), 0);
    }

    void aWordOfANameIsNoContactWord()
    {
        // فيصل reads as ف + يصل (arrives): in a name it reports no visit.
        const Result r = run(QStringLiteral("وأكد وزير الخارجية السوري فيصل المقداد ونظيره الروسي سيرغي لافروف في "
                                            "موسكو أهمية التنسيق بين البلدين."),
                             QDate(2021, 8, 23));
        QCOMPARE(r.reports.size(), 0);
    }

    void aBareOfficeInAnInstitutionsWordsIsItsCountrys()
    {
        // "أفاد الكرملين بأن الرئيس أجرى محادثة هاتفية مع X": the Kremlin's president, who held the office then.
        const Result r = run(QStringLiteral("وفي آذار الماضي، أفاد الكرملين بأن الرئيس أجرى محادثة هاتفية مع الرئيس "
                                            "التركي رجب طيب أردوغان."),
                             QDate(2025, 10, 14));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().type, EventType::Call);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("فلاديمير بوتين"), QStringLiteral("رجب طيب أردوغان")}));
        // Said by nobody in particular, the bare office names nobody.
        const Result unsaid = run(QStringLiteral("وفي آذار الماضي، أفاد مصدر بأن الرئيس أجرى محادثة هاتفية مع الرئيس "
                                                 "التركي رجب طيب أردوغان."),
                                  QDate(2025, 10, 14));
        QCOMPARE(unsaid.events.size(), 0);
    }

    void anInvitationIsAPlannedContact()
    {
        // "دعا X Y إلى زيارة …", "وجه X دعوة إلى Y لزيارة …": invited, not yet held; "بدعوة من X" is how a
        // visit that took place came about.
        for (const QString &text : {QStringLiteral("ودعا الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع إلى "
                                                   "زيارة موسكو في أقرب وقت."),
                                    QStringLiteral("ووجه وزير الخارجية الروسي سيرغي لافروف دعوة إلى نظيره السوري أسعد "
                                                   "الشيباني لزيارة موسكو.")}) {
            const Result r = run(text, QDate(2025, 6, 20));
            QCOMPARE(r.events.size(), 1);
            QCOMPARE(r.events.constFirst().factuality, Factuality::Planned);
        }
        const Result held = run(QStringLiteral("ووصل وزير الخارجية السوري أسعد الشيباني إلى موسكو اليوم بدعوة من "
                                               "نظيره الروسي سيرغي لافروف."),
                                QDate(2025, 6, 20));
        QCOMPARE(held.events.size(), 1);
        QCOMPARE(held.events.constFirst().factuality, Factuality::Happened);
    }

    void aContactAfterBadaIsAnotherEarlierOne()
    {
        // "وتأتي زيارة X بعد أسبوعين من لقاء جمع Y وZ في مدينة": Y and Z met before, without X, and not on
        // the day the article appeared.
        const Result r = run(QStringLiteral("وتأتي زيارة وزير الخارجية الروسي سيرغي لافروف بعد أسبوعين من لقاء جمع "
                                            "وزير الخارجية السوري فيصل المقداد ونائب وزير الخارجية الروسي ميخائيل "
                                            "بوغدانوف في بغداد."),
                             QDate(2022, 6, 20));
        QCOMPARE(r.events.size(), 1);
        const Event &e = r.events.constFirst();
        QCOMPARE(namesOf(r, e), keys({QStringLiteral("فيصل المقداد"), QStringLiteral("ميخائيل بوغدانوف")}));
        QVERIFY2(e.date.start != QDate(2022, 6, 20), qPrintable(e.date.start.toString(Qt::ISODate)));
        // "بعد لقائه Y" names one person: it stays with the clause it dates.
        const Result one = run(QStringLiteral("واستقبل الرئيس السوري بشار الأسد المبعوث الروسي ألكسندر لافرنتييف بعد "
                                              "لقائه وزير الخارجية فيصل المقداد."),
                               QDate(2022, 6, 20));
        QCOMPARE(one.events.size(), 1);
    }

    void theSenderOfAMessageIsNoParticipant()
    {
        // "استقبل X السفير Y الذي نقل إليه رسالة من الرئيس Z": Z was not there.
        const Result r = run(QStringLiteral("استقبل الرئيس السوري بشار الأسد في دمشق السفير الروسي ألكسندر يفيموف الذي "
                                            "نقل إليه رسالة من الرئيس فلاديمير بوتين."),
                             QDate(2021, 4, 2));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("بشار الأسد"), QStringLiteral("ألكسندر يفيموف")}));
    }

    void aTalkByVideoIsACall()
    {
        const Result r = run(QStringLiteral("وبحث الرئيس السوري بشار الأسد مع المبعوث الروسي ألكسندر لافرنتييف عبر "
                                            "الفيديو آخر التطورات."),
                             QDate(2021, 4, 2));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().type, EventType::Call);
    }

    void aDualSubjectClauseIsTheSamePeoplesOtherContact()
    {
        // "التقى X وY في موسكو في أيلول، وكانا قد تحادثا هاتفياً في آذار": two contacts of the same two people.
        const Result r = run(QStringLiteral("التقى الرئيس الروسي فلاديمير بوتين والرئيس السوري بشار الأسد في موسكو في "
                                            "13 أيلول 2021، وكانا قد تحادثا هاتفيا في آذار."),
                             QDate(2021, 10, 2));
        QCOMPARE(r.events.size(), 2);
        QList<EventType> types;
        for (const Event &e : r.events) {
            QCOMPARE(namesOf(r, e), keys({QStringLiteral("فلاديمير بوتين"), QStringLiteral("بشار الأسد")}));
            types << e.type;
        }
        QVERIFY(types.contains(EventType::Call) && types.contains(EventType::Meeting));
    }

    void anOfficeOfSeveralWordsIntroducesAPersonTheGazetteerDoesNotKnow()
    {
        // "نائبة رئيس الوزراء الروسية NAME": the whole office (الوزراء is also a stop word), then the name.
        const Result r = run(QStringLiteral("واستقبلت وزيرة الشؤون الاجتماعية السورية هند قبوات نائبة رئيس الوزراء "
                                            "الروسية تاتيانا غوليكوفا في دمشق."),
                             QDate(2025, 6, 20));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("هند قبوات"), QStringLiteral("تاتيانا غوليكوفا")}));
        // "NAME نائب رئيس الوزراء الروسي" describes NAME: not also whichever deputy the gazetteer lists.
        const Result apposed = run(QStringLiteral("ترأس وزير الخارجية السوري أسعد الشيباني وألكسندر نوفاك نائب رئيس "
                                                  "الوزراء الروسي اجتماعا في دمشق."),
                                   QDate(2025, 6, 20));
        QCOMPARE(apposed.events.size(), 1);
        QCOMPARE(namesOf(apposed, apposed.events.constFirst()),
                 keys({QStringLiteral("أسعد الشيباني"), QStringLiteral("ألكسندر نوفاك")}));
    }

    void aGovernorIsNamedAfterHisProvince()
    {
        // "محافظ حمص NAME": the province stands between the office and the name, and gives the country.
        const Result r = run(QStringLiteral("وبحث محافظ حمص عبد الرحمن الخطيب مع السفير الروسي ألكسندر يفيموف مشاريع "
                                            "إعادة الإعمار."),
                             QDate(2025, 6, 20));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("عبد الرحمن الخطيب"), QStringLiteral("ألكسندر يفيموف")}));
        QCOMPARE(actorNamed(r, QStringLiteral("عبد الرحمن الخطيب"))->country, QStringLiteral("SY"));
    }

    void theSpeakersOwnContactKeepsTheSpeaker()
    {
        // "قال X إن لقاءه مع Y …": X's own meeting; "قال X إن لقاء Y وZ …" is not X's.
        const Result own = run(QStringLiteral("وقال نائب وزير الخارجية الروسي ميخائيل بوغدانوف إن لقاءه مع الرئيس "
                                              "السوري بشار الأسد في دمشق أمس كان بناء."),
                               QDate(2021, 4, 2));
        QCOMPARE(own.events.size(), 1);
        QCOMPARE(namesOf(own, own.events.constFirst()),
                 keys({QStringLiteral("ميخائيل بوغدانوف"), QStringLiteral("بشار الأسد")}));
        const Result other = run(QStringLiteral("وقال نائب وزير الخارجية الروسي ميخائيل بوغدانوف إن لقاء الرئيس "
                                                "فلاديمير بوتين والرئيس بشار الأسد في موسكو أمس كان بناء."),
                                 QDate(2021, 4, 2));
        QCOMPARE(other.events.size(), 1);
        QCOMPARE(namesOf(other, other.events.constFirst()),
                 keys({QStringLiteral("فلاديمير بوتين"), QStringLiteral("بشار الأسد")}));
    }

    void aDualVerbNamingNoOneIsTheSamePeoplesOtherContact()
    {
        // "وكان X قد التقى Y في موسكو في آذار، وقبل ذلك التقيا في مدينة أخرى في شباط": two contacts.
        const Result r = run(QStringLiteral("وكان وزير الخارجية السوري فيصل المقداد قد التقى نظيره الروسي سيرغي "
                                            "لافروف في موسكو في 20 آذار الماضي، وقبل ذلك التقيا في بغداد في شباط."),
                             QDate(2022, 4, 10));
        QCOMPARE(r.events.size(), 2);
        QSet<QString> places;
        for (const Event &e : r.events) {
            QCOMPARE(namesOf(r, e), keys({QStringLiteral("فيصل المقداد"), QStringLiteral("سيرغي لافروف")}));
            places.insert(e.location);
        }
        QCOMPARE(places.size(), 2);
    }

    void aHostTheGazetteerDoesNotKnowIsOfTheCityHeReceivesIn()
    {
        // "استقبل الرئيس NAME وزير الخارجية الروسي Y في بغداد": the host is Iraqi, not of Y's country (وزير
        // starts with the letter و but is no conjunction) and not of the other focus country.
        const Result abroad = run(QStringLiteral("واستقبل الرئيس عمر الحسيني وزير الخارجية الروسي سيرغي لافروف في "
                                                 "بغداد أمس."),
                                  QDate(2023, 5, 10));
        QCOMPARE(actorNamed(abroad, QStringLiteral("عمر الحسيني"))->country, QStringLiteral("IQ"));
        const Result home = run(QStringLiteral("واستقبل الرئيس عمر الحسيني وزير الخارجية الروسي سيرغي لافروف في دمشق "
                                               "أمس."),
                                QDate(2023, 5, 10));
        QCOMPARE(actorNamed(home, QStringLiteral("عمر الحسيني"))->country, QStringLiteral("SY"));
    }

    void aCounterpartNamedByOfficeAloneIsItsHolderThatDay()
    {
        // "استقبل الرئيس السوري نظيره الروسي": both named by office only; a one-word office (رئيس, ملك) is
        // the counterpart's office too, and its holder on the day is the person.
        const Result presidents =
            run(QStringLiteral("واستقبل الرئيس السوري في دمشق أمس نظيره الروسي."), QDate(2017, 5, 10));
        QCOMPARE(presidents.events.size(), 1);
        QCOMPARE(namesOf(presidents, presidents.events.constFirst()),
                 keys({QStringLiteral("بشار الأسد"), QStringLiteral("فلاديمير بوتين")}));
        const Result kings =
            run(QStringLiteral("وبحث العاهل الأردني هاتفيا مع نظيره السعودي أمس الأوضاع في سوريا."), QDate(2019, 3, 4));
        QCOMPARE(kings.events.size(), 1);
        QCOMPARE(namesOf(kings, kings.events.constFirst()),
                 keys({QStringLiteral("عبد الله الثاني"), QStringLiteral("سلمان بن عبد العزيز آل سعود")}));
        QCOMPARE(kings.events.constFirst().type, EventType::Call);
    }

    void aCallMayBeToldByItsVerbAlone()
    {
        // "هاتف X Y", "اتصل X بنظيره Y", "أجرى X اتصالا مع Y": a call without the word for telephone.
        const QStringList texts{
            QStringLiteral("وهاتف الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان مساء الجمعة."),
            QStringLiteral("واتصل الرئيس الروسي فلاديمير بوتين بنظيره التركي رجب طيب أردوغان مساء الجمعة."),
            QStringLiteral("وأجرى الرئيس الروسي فلاديمير بوتين اتصالا مع نظيره التركي رجب طيب أردوغان مساء الجمعة.")};
        for (const QString &text : texts) {
            const Result r = run(text, QDate(2019, 10, 12));
            QCOMPARE(r.events.size(), 1);
            QCOMPARE(r.events.constFirst().type, EventType::Call);
            QCOMPARE(namesOf(r, r.events.constFirst()),
                     keys({QStringLiteral("فلاديمير بوتين"), QStringLiteral("رجب طيب أردوغان")}));
            QCOMPARE(r.events.constFirst().date.start, QDate(2019, 10, 11));
        }
    }

    void aSayingsOccasionIsTheSpeakersOwnContact()
    {
        // "قال X بعد لقائه Y إن المحادثات …": X met Y; what he said is about that contact.
        const Result met = run(QStringLiteral("وقال وزير الخارجية التركي مولود جاويش أوغلو بعد لقائه نظيره الإيراني "
                                              "محمد جواد ظريف في أنقرة أمس إن المحادثات كانت صريحة."),
                               QDate(2017, 6, 8));
        QCOMPARE(met.events.size(), 1);
        QCOMPARE(namesOf(met, met.events.constFirst()),
                 keys({QStringLiteral("مولود جاويش أوغلو"), QStringLiteral("محمد جواد ظريف")}));
        const Result called = run(QStringLiteral("وقال الرئيس الروسي فلاديمير بوتين عقب اتصاله بالرئيس التركي رجب طيب "
                                                 "أردوغان أمس إن الاتصال تناول الوضع في إدلب."),
                                  QDate(2019, 3, 1));
        QCOMPARE(called.events.size(), 1);
        QCOMPARE(called.events.constFirst().type, EventType::Call);
        QCOMPARE(namesOf(called, called.events.constFirst()),
                 keys({QStringLiteral("فلاديمير بوتين"), QStringLiteral("رجب طيب أردوغان")}));
    }

    void aSentenceOpenedByAnEarlierContactTellsTwo()
    {
        // "وبعد محادثاته مع Y في طهران أمس، توجه X إلى بغداد حيث التقى Z": X–Y in Tehran, X–Z in Baghdad.
        const Result r = run(QStringLiteral("وبعد محادثاته مع وزير الخارجية الإيراني محمد جواد ظريف في طهران أمس، "
                                            "توجه وزير الخارجية التركي مولود جاويش أوغلو إلى بغداد حيث التقى رئيس "
                                            "الوزراء حيدر العبادي."),
                             QDate(2017, 8, 24));
        QCOMPARE(r.events.size(), 2);
        QHash<QString, QStringList> byPlace;
        for (const Event &e : r.events)
            byPlace.insert(e.location, namesOf(r, e));
        QCOMPARE(byPlace.value(QStringLiteral("طهران")),
                 keys({QStringLiteral("مولود جاويش أوغلو"), QStringLiteral("محمد جواد ظريف")}));
        QCOMPARE(byPlace.value(QStringLiteral("بغداد")),
                 keys({QStringLiteral("مولود جاويش أوغلو"), QStringLiteral("حيدر العبادي")}));
    }

    void aSurnameWithTheArticleIsNoPreposition()
    {
        // "NAME العلي": the article makes it a surname (its key is that of the preposition على).
        const Result r = run(QStringLiteral("التقى رئيس مجلس الشعب السوري خالد العلي رئيس مجلس الدوما الروسي "
                                            "فياتشيسلاف فولودين في موسكو أمس."),
                             QDate(2025, 8, 12));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("خالد العلي"), QStringLiteral("فياتشيسلاف فولودين")}));
        QCOMPARE(actorNamed(r, QStringLiteral("خالد العلي"))->country, QStringLiteral("SY"));
    }

    void anOfficeOfAProvinceAndAnAdjectiveAfterTheNationality()
    {
        // "محافظ طرطوس NAME" is of the province's country; "القنصل الروسي العام NAME": the adjective of the
        // office may follow its nationality.
        const Result r = run(QStringLiteral("واستقبل محافظ طرطوس سامر الديب القنصل الروسي العام ميخائيل "
                                            "تشيرنوف وبحثا دعم المشاريع الخدمية."),
                             QDate(2025, 9, 3));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("سامر الديب"), QStringLiteral("ميخائيل تشيرنوف")}));
        QCOMPARE(actorNamed(r, QStringLiteral("سامر الديب"))->country, QStringLiteral("SY"));
        QCOMPARE(actorNamed(r, QStringLiteral("ميخائيل تشيرنوف"))->country, QStringLiteral("RU"));
    }

    void thoseAttendingJoinTheContactToldBefore()
    {
        // "وشارك في الاجتماع A. وحضر اللقاء B": present at the contact of the sentence before.
        const Result r = run(QStringLiteral("التقى وزير الخارجية التركي هاكان فيدان نظيره الروسي سيرغي لافروف في "
                                            "أنقرة أمس. وشارك في الاجتماع نائب وزير الخارجية الروسي سيرغي ريابكوف. "
                                            "وحضر اللقاء وزير الدفاع التركي يشار غولر."),
                             QDate(2024, 5, 3));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("هاكان فيدان"), QStringLiteral("سيرغي لافروف"), QStringLiteral("سيرغي ريابكوف"),
                       QStringLiteral("يشار غولر")}));
        // An earlier visit recalled after it is no attendance.
        const Result recalled = run(QStringLiteral("التقى وزير الخارجية التركي هاكان فيدان نظيره الروسي سيرغي "
                                                   "لافروف في أنقرة أمس. وتأتي هذه الزيارة بعد زيارات سابقة ضم "
                                                   "وفدها نائب وزير الخارجية الروسي سيرغي ريابكوف."),
                                    QDate(2024, 5, 3));
        QCOMPARE(namesOf(recalled, recalled.events.constFirst()),
                 keys({QStringLiteral("هاكان فيدان"), QStringLiteral("سيرغي لافروف")}));
    }

    void theOneWhoDeniesAContactIsNoPartyToIt()
    {
        // "نفى X أن يكون Y قد التقى Z": a denied contact of Y and Z; X only speaks.
        const Result r = run(QStringLiteral("ونفى المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي أن يكون وزير "
                                            "الخارجية عباس عراقجي قد التقى المبعوث الأمريكي توم باراك في مسقط."),
                             QDate(2025, 7, 20));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().factuality, Factuality::Denied);
        QCOMPARE(namesOf(r, r.events.constFirst()), keys({QStringLiteral("عباس عراقجي"), QStringLiteral("توم باراك")}));
    }

    void aMessagesAddresseeIsNotAtTheMeetingItWasHandedOverAt()
    {
        // "نقل X رسالة من A إلى B خلال لقائه C": X met C; "… خلال استقباله له": B received X.
        const Result handed = run(QStringLiteral("ونقل السفير الصيني لي جيان رسالة من الرئيس شي جين بينغ إلى الرئيس "
                                                 "عبد الفتاح السيسي خلال لقائه وزير الخارجية سامح شكري في القاهرة "
                                                 "أمس."),
                                  QDate(2019, 4, 2));
        QCOMPARE(handed.events.size(), 1);
        QCOMPARE(namesOf(handed, handed.events.constFirst()),
                 keys({QStringLiteral("لي جيان"), QStringLiteral("سامح شكري")}));
        const Result received = run(QStringLiteral("وسلم السفير الصيني لي جيان رسالة من الرئيس شي جين بينغ إلى الرئيس "
                                                   "عبد الفتاح السيسي خلال استقباله له في القاهرة أمس."),
                                    QDate(2019, 4, 2));
        QCOMPARE(received.events.size(), 1);
        QCOMPARE(namesOf(received, received.events.constFirst()),
                 keys({QStringLiteral("لي جيان"), QStringLiteral("عبد الفتاح السيسي")}));
    }

    void aShortForeignSurnameSpelledAnotherWayIsTheKnownPerson()
    {
        // "الكسندر نوفك": the given name without its hamza, the surname without its alef; the office and
        // nationality say who it is.
        const Result r = run(QStringLiteral("واستقبل وزير الخارجية التركي مولود جاويش أوغلو في أنقرة نائب رئيس "
                                            "الوزراء الروسي الكسندر نوفك أمس."),
                             QDate(2021, 6, 10));
        QCOMPARE(r.events.size(), 1);
        QVERIFY(namesOf(r, r.events.constFirst()).contains(matchingKey(QStringLiteral("ألكسندر نوفاك"))));
    }

    void aContactThatMayHappenOrIsHopedForDidNotHappen()
    {
        // "قد يلتقيان" (may meet) is supposed; "يأمل X في لقاء Y" (hopes to meet) is wished, like a plan.
        const Result may = run(QStringLiteral("وقالت الرئاسة التركية إن أردوغان وبوتين قد يلتقيان على هامش القمة."),
                               QDate(2024, 6, 1));
        QCOMPARE(may.events.size(), 1);
        QCOMPARE(may.events.constFirst().factuality, Factuality::Hypothetical);
        const Result hoped = run(QStringLiteral("ويأمل الرئيس التركي رجب طيب أردوغان في لقاء الرئيس الروسي فلاديمير "
                                                "بوتين قريبا."),
                                 QDate(2024, 6, 1));
        QCOMPARE(hoped.events.size(), 1);
        QCOMPARE(hoped.events.constFirst().factuality, Factuality::Planned);
    }

    void aSpeakerNamedBeforeHisSayingIsNoParty()
    {
        // "اتهم X واشنطن …، وقال إن Y سيبحث الملف مع Z": X speaks; the planned contact is Y's and Z's.
        const Result r = run(QStringLiteral("وانتقد وزير الخارجية التركي مولود جاويش أوغلو واشنطن بشدة، وقال إن "
                                            "الرئيس أردوغان سيبحث الملف مع الرئيس الروسي فلاديمير بوتين."),
                             QDate(2019, 9, 1));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("رجب طيب أردوغان"), QStringLiteral("فلاديمير بوتين")}));
    }

    void theLeadSentencesOtherContactIsOfTheSameDay()
    {
        // An undated lead "التقى A B، فيما اجتمع C مع D": both on the day the news appeared.
        const Result r = run(QStringLiteral("وخلال الزيارة التقى وزير الخارجية التركي هاكان فيدان نظيره الروسي سيرغي "
                                            "لافروف، فيما اجتمع وزير الدفاع التركي يشار غولر مع نظيره الروسي أندريه "
                                            "بيلوسوف."),
                             QDate(2025, 2, 6));
        QCOMPARE(r.events.size(), 2);
        for (const Event &e : r.events)
            QCOMPARE(e.date.start, QDate(2025, 2, 6));
    }

    void aForumNamedAfterItsCityPlacesTheContact()
    {
        // "على هامش منتدى سوتشي / قمة الدوحة": the contact is in that city.
        const Result r = run(QStringLiteral("وعلى هامش منتدى سوتشي الدولي التقى الرئيس التركي رجب طيب أردوغان "
                                            "الرئيس الروسي فلاديمير بوتين."),
                             QDate(2023, 9, 4));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().location, QStringLiteral("سوتشي"));
    }

    void officialsOfCountriesBeyondTheRegionAreRead()
    {
        // Nationalities and countries of the wider world are in the lexicon; a Maghrebi given name may carry
        // the article (الطاهر, الحبيب).
        const Result r = run(QStringLiteral("والتقى وزير الخارجية السوري فيصل المقداد نظيره التونسي الحبيب العوني، "
                                            "فيما اجتمع نائب وزير الخارجية الروسي سيرغي فيرشينين مع وزير الخارجية "
                                            "الإيطالي ماركو بيانكي."),
                             QDate(2023, 4, 20));
        QCOMPARE(r.events.size(), 2);
        QCOMPARE(actorNamed(r, QStringLiteral("الحبيب العوني"))->country, QStringLiteral("TN"));
        QCOMPARE(actorNamed(r, QStringLiteral("ماركو بيانكي"))->country, QStringLiteral("IT"));
    }

    void theRegionAnOfficeIsOfIsNoPartOfTheName()
    {
        // "رئيس جمهورية X NAME", "حاكم مقاطعة X NAME": the region's name belongs to the office; a name may start
        // with a Kurdish given name the lexicon lists.
        const Result r = run(QStringLiteral("واستقبل وزير الخارجية السوري فيصل المقداد رئيس جمهورية القرم فلاديمير "
                                            "كوستينكو في دمشق، بينما التقى حاكم مقاطعة فولغوغراد أندريه بوتشكوف رئيس "
                                            "إقليم كردستان هوشيار كريمي في موسكو."),
                             QDate(2023, 4, 20));
        QVERIFY(actorNamed(r, QStringLiteral("فلاديمير كوستينكو")));
        QVERIFY(actorNamed(r, QStringLiteral("أندريه بوتشكوف")));
        QVERIFY(actorNamed(r, QStringLiteral("هوشيار كريمي")));
        QCOMPARE(r.events.size(), 2);
        QCOMPARE(namesOf(r, r.events.at(0)),
                 keys({QStringLiteral("فيصل المقداد"), QStringLiteral("فلاديمير كوستينكو")}));
        QCOMPARE(namesOf(r, r.events.at(1)), keys({QStringLiteral("أندريه بوتشكوف"), QStringLiteral("هوشيار كريمي")}));
    }

    void theSubjectAfterAnIsNoSubjunctive()
    {
        // "أفادت الوكالة بأن نائب … التقى": أن before an office, a counterpart or a name introduces what happened;
        // only an imperfect verb after it speaks of what is to come.
        const Result happened = run(QStringLiteral("وأفادت وكالة الأنباء بأن نائب وزير الخارجية الإيراني علي باقري "
                                                   "التقى وزير الخارجية السوري فيصل المقداد في دمشق."),
                                    QDate(2023, 4, 20));
        QCOMPARE(happened.events.size(), 1);
        QVERIFY(!happened.events.constFirst().planned);
        const Result wanted = run(QStringLiteral("ويريد وزير الخارجية السوري فيصل المقداد أن يلتقي نظيره الإيراني "
                                                 "حسين أمير عبد اللهيان في طهران."),
                                  QDate(2023, 4, 20));
        QCOMPARE(wanted.events.size(), 1);
        QVERIFY(wanted.events.constFirst().planned);
    }

    void aCallReceivedFromSomeone()
    {
        const Result r = run(QStringLiteral("وتلقى وزير الخارجية العماني بدر البوسعيدي اتصالاً من نظيره القطري "
                                            "محمد بن عبدالرحمن آل ثاني مساء الثلاثاء."),
                             QDate(2024, 2, 8));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().type, EventType::Call);
        QCOMPARE(r.events.constFirst().participants.size(), 2);
    }

    void aContactToldInTheFirstPersonIncludesItsSpeaker()
    {
        // "وقال X خلال مؤتمر صحفي مع Y: «… عقدنا لقاءً في Z … بحضور W»": X was at the Z meeting.
        const Result r = run(QStringLiteral("وقال وزير الخارجية الروسي سيرغي لافروف، خلال مؤتمر صحفي مع نظيره "
                                            "الأردني أيمن الصفدي: \"عقدنا لقاءً في بغداد في آذار الماضي بحضور وزير "
                                            "الخارجية السوري فيصل المقداد\"."),
                             QDate(2023, 5, 10));
        bool recalled = false;
        for (const Event &e : r.events)
            if (e.date.start == QDate(2023, 3, 1)) {
                QCOMPARE(namesOf(r, e), keys({QStringLiteral("سيرغي لافروف"), QStringLiteral("فيصل المقداد")}));
                recalled = true;
            }
        QVERIFY2(recalled, qPrintable(personNames(r)));
    }

    void aContactToFollowIsPlanned()
    {
        // "… على أن يجري لاحقاً لقاء مع …": the first talks were held, the second is still to come.
        const Result r = run(QStringLiteral("وعقد الوفد السوري برئاسة وزير الخارجية فيصل المقداد اجتماعاً مع وزير "
                                            "الخارجية العراقي فؤاد حسين، على أن يجري لاحقاً لقاء مع وزير الخارجية "
                                            "الروسي سيرغي لافروف."),
                             QDate(2021, 11, 8));
        bool plannedWithLavrov = false;
        for (const Event &e : r.reports) {
            const bool lavrov = std::any_of(e.participants.cbegin(), e.participants.cend(), [&](const Participant &p) {
                return r.registry.actors().at(int(p.actorId)).name == QStringLiteral("سيرغي لافروف");
            });
            if (lavrov) {
                QCOMPARE(e.factuality, Factuality::Planned);
                plannedWithLavrov = true;
            }
        }
        QVERIFY2(plannedWithLavrov, qPrintable(personNames(r)));
    }

    void whatSomeoneDidMeanwhileIsNoPartOfTheContact()
    {
        // "…، بينما شكر X …": X's thanks are told beside the meeting, not in it.
        const Result r = run(QStringLiteral("قال وزير الطاقة الروسي سيرغي تسيفيليف إن لقاء الرئيس فلاديمير بوتين "
                                            "والرئيس السوري أحمد الشرع كان مثمراً، بينما شكر وزير الطاقة السوري "
                                            "محمد البشير روسيا على دعمها."),
                             QDate(2026, 2, 3));
        QCOMPARE(r.events.size(), 1);
        QStringList names;
        for (const Participant &p : r.events.constFirst().participants)
            names << r.registry.actors().at(int(p.actorId)).name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("أحمد الشرع"), QStringLiteral("فلاديمير بوتين")}));
    }

    void theSpeakerIsNotTheElidedSubject()
    {
        // "وأوضح X أن الرئيس قام بزيارة …، والتقى Y": the president met Y, not the spokesman.
        const Result r = run(QStringLiteral("وأوضح المتحدث باسم الكرملين دميتري بيسكوف أن الرئيس الروسي فلاديمير "
                                            "بوتين قام بزيارة إلى أنقرة، والتقى الرئيس التركي رجب طيب أردوغان، "
                                            "ثم التقى وزير الخارجية السوري فيصل المقداد."),
                             QDate(2022, 8, 9));
        for (const Event &e : r.reports)
            for (const Participant &p : e.participants)
                QVERIFY2(r.registry.actors().at(int(p.actorId)).name != QStringLiteral("دميتري بيسكوف"),
                         qPrintable(personNames(r)));
    }

    void kanIsNoComplementizer()
    {
        // "قالت الوزارة: وصل X …، وكان باستقباله Y": كان is no أن, so X is no speaker and takes part.
        const Result r = run(QStringLiteral("وقالت الوزارة عبر موقعها: وصل وزير الخارجية السوري فيصل المقداد إلى "
                                            "موسكو، وكان باستقباله في المطار وزير الخارجية الروسي سيرغي لافروف."),
                             QDate(2022, 8, 9));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("فيصل المقداد"), QStringLiteral("سيرغي لافروف")}));
    }

    void thoseAttendingTheDualsTalksJoinTheContact()
    {
        // "واجتمع الرئيسان بحضور A وB": one contact of four, not a second contact of A and B.
        const Result r = run(QStringLiteral("التقى الرئيس الروسي فلاديمير بوتين في الكرملين اليوم الرئيس السوري بشار "
                                            "الأسد.\nواجتمع الرئيسان مطولاً، بحضور وزير الخارجية الروسي سيرغي "
                                            "لافروف، ووزير الخارجية السوري وليد المعلم، وركز اللقاء على الاقتصاد."),
                             QDate(2018, 5, 17));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().participants.size(), 4);
        QCOMPARE(r.events.constFirst().date.start, QDate(2018, 5, 17));
    }

    void aDateOfAnotherContactIsNotThisOnes()
    {
        // "… قبل لقاء في آذار": March dates that earlier meeting, not the contact the sentence refers back to.
        const Result r = run(QStringLiteral("والتقى وزير الخارجية السوري فيصل المقداد في موسكو نظيره الروسي سيرغي "
                                            "لافروف، قبل لقاء في آذار لم يُعلن عنه."),
                             QDate(2022, 8, 9));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().date.start, QDate(2022, 8, 9));
    }

    void theDelegationAccompanyingSomeoneIsTheirs()
    {
        // "الوفد المرافق للرئيس X" after a Russian delegation was named: X's own people, no second contact.
        const Result r = run(QStringLiteral("استقبل الرئيس السوري أحمد الشرع في دمشق وفداً روسياً برئاسة نائب رئيس "
                                            "الوزراء ألكسندر نوفاك.\nوضمت تشكيلة الوفد المرافق للرئيس الشرع وزير "
                                            "الخارجية ومسؤولين عسكريين، فيما شكل ملف الطاقة المحور الأهم."),
                             QDate(2025, 9, 10));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.reports.size(), 1);
    }

    void aMemberNamedAfterTheDelegationJoinsItsContact()
    {
        // "وضم الوفد الروسي X" after "استقبل A وفداً روسياً برئاسة B": X attended A and B's talks, and is
        // Russian like the head of his delegation; no second, undated contact of B and X.
        const Result r = run(QStringLiteral("استقبل وزير الطاقة السوري محمد البشير في حمص أمس وفداً روسياً برئاسة "
                                            "وزير الزراعة الروسي أوكسانا لوت.\nوضم الوفد الروسي نائب وزير الصناعة "
                                            "فاسيلي أوسماكوف."),
                             QDate(2025, 6, 4));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().participants.size(), 3);
        QCOMPARE(r.events.constFirst().date.start, QDate(2025, 6, 3));
        const Actor *member = actorNamed(r, QStringLiteral("فاسيلي أوسماكوف"));
        QVERIFY2(member, qPrintable(personNames(r)));
        QCOMPARE(member->country, QStringLiteral("RU"));
    }

    void aNameCutOffByThePageEndIsTheKnownPersonItBegins()
    {
        // A page cut off mid-surname: the gazetteer person whose name the fragment begins, no new person;
        // a fragment that begins no one's name is dropped, never kept as a person's surname.
        const Result known = run(QStringLiteral("والتقى وزير الدفاع السوري مرهف أبو قصرة في موسكو نظيره الروسي "
                                                "أندريه بيلو"),
                                 QDate(2025, 7, 30));
        QCOMPARE(known.events.size(), 1);
        QVERIFY2(actorNamed(known, QStringLiteral("أندريه بيلوسوف")), qPrintable(personNames(known)));
        for (const Actor &a : known.registry.actors())
            QVERIFY2(!a.discovered, qPrintable(a.name));
        const Result unknown = run(QStringLiteral("والتقى وزير الدفاع السوري مرهف أبو قصرة في موسكو رئيس الأركان "
                                                  "الروسي فاليري جيراس"),
                                   QDate(2025, 7, 30));
        QVERIFY2(!actorNamed(unknown, QStringLiteral("فاليري جيراس")), qPrintable(personNames(unknown)));
    }

    void aPlaceTheyDiscussedIsNotWhereTheyMet()
    {
        // "بحثا الوضع في حلب": Aleppo is the topic; the meeting has no place of its own.
        const Result r = run(QStringLiteral("بحث وزير الخارجية السوري أسعد الشيباني مع نائب وزير الخارجية الروسي "
                                            "سيرغي فيرشينين أمس التطورات في حلب وإعادة الإعمار."),
                             QDate(2025, 2, 11));
        QCOMPARE(r.events.size(), 1);
        QVERIFY2(r.events.constFirst().location.isEmpty(), qPrintable(r.events.constFirst().location));
        const Result held = run(QStringLiteral("بحث وزير الخارجية السوري أسعد الشيباني في حلب مع نائب وزير الخارجية "
                                               "الروسي سيرغي فيرشينين أمس إعادة الإعمار."),
                                QDate(2025, 2, 11));
        QCOMPARE(held.events.size(), 1);
        QCOMPARE(held.events.constFirst().location, QStringLiteral("حلب"));
    }

    void aVisitLastingDaysHoldsTheTalksOfItsSecondDay()
    {
        // "وصل X إلى موسكو في زيارة تستمر ثلاثة أيام" published on the 3rd, "التقى X أمس Y في موسكو" on the 6th:
        // the talks of the 5th are that visit. Talks a week later are another contact.
        const QList<Article> articles{
            makeArticle(1, QStringLiteral("الشعار يصل إلى موسكو\n\nوصل وزير الاقتصاد السوري محمد نضال الشعار إلى "
                                          "موسكو، في زيارة تستمر ثلاثة أيام، لبحث التعاون التجاري."),
                        QDate(2025, 11, 3)),
            makeArticle(2, QStringLiteral("التقى وزير الاقتصاد السوري محمد نضال الشعار أمس في موسكو نائب رئيس الوزراء "
                                          "الروسي ألكسندر نوفاك، وبحثا التبادل التجاري."),
                        QDate(2025, 11, 6)),
            makeArticle(3, QStringLiteral("التقى وزير الاقتصاد السوري محمد نضال الشعار أمس في موسكو نائب رئيس الوزراء "
                                          "الروسي ألكسندر نوفاك مجدداً."),
                        QDate(2025, 11, 13))};
        const Result r = run(articles);
        QCOMPARE(r.events.size(), 2);
        const Event &visit = r.events.at(r.events.at(0).sources.size() == 2 ? 0 : 1);
        QCOMPARE(visit.sources.size(), 2);
        QCOMPARE(visit.date.start, QDate(2025, 11, 5));
    }

    void aMeetingPlannedDuringAVisitIsNoMeetingHeld()
    {
        // "وصل X إلى موسكو اليوم، ومن المقرر أن يلتقي Y": the arrival happened, the meeting is only planned.
        const Result r = run(QStringLiteral("وصل وزير الدفاع السوري مرهف أبو قصرة إلى موسكو اليوم في زيارة رسمية، ومن "
                                            "المقرر أن يلتقي خلالها الوزير أندريه بيلوسوف."),
                             QDate(2025, 8, 12));
        const Actor *host = actorNamed(r, QStringLiteral("أندريه بيلوسوف"));
        QVERIFY2(host, qPrintable(personNames(r)));
        bool planned = false, arrived = false;
        for (const Event &e : r.events) {
            const bool withHost = std::any_of(e.participants.cbegin(), e.participants.cend(), [&](const Participant &p) {
                return r.registry.actors().at(int(p.actorId)).key == host->key;
            });
            if (e.factuality == Factuality::Happened) {
                QVERIFY2(!withHost, "a meeting only planned is shown as held");
                arrived = e.type == EventType::Visit && e.date.start == QDate(2025, 8, 12);
            }
            planned = planned || (withHost && e.factuality == Factuality::Planned);
        }
        QVERIFY2(arrived, "the arrival, which happened, is lost in the plan");
        QVERIFY(planned);
    }

    void aHeadlinesOfficeIsThePersonTheArticleNamesInIt()
    {
        // The headline's bare "السفير الروسي" is the new ambassador the body names, not the gazetteer's
        // holder; the body's lead, told without a date, happened on the publication day.
        const Result r = run(QStringLiteral("وزير الخارجية السوري يستقبل السفير الروسي\n\nاستقبل وزير الخارجية "
                                            "السوري أسعد الشيباني السفير الروسي الجديد لدى دمشق إيغور ماتفييف، الذي "
                                            "سلمه نسخة من أوراق اعتماده."),
                             QDate(2026, 4, 9));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("أسعد الشيباني"), QStringLiteral("إيغور ماتفييف")}));
        QCOMPARE(r.events.constFirst().date.start, QDate(2026, 4, 9));
    }

    void theLeadAfterAHeadlineIsDatedByPublication()
    {
        // A headline's contact and the body's first, told without a date, of other people: both that day.
        const Result r = run(QStringLiteral("الشرع يلتقي بوتين في موسكو\n\nبحث وزير الدفاع السوري مرهف أبو قصرة مع "
                                            "نظيره الروسي أندريه بيلوسوف التعاون العسكري."),
                             QDate(2025, 10, 16));
        QCOMPARE(r.events.size(), 2);
        for (const Event &e : r.events)
            QCOMPARE(e.date.start, QDate(2025, 10, 16));
    }

    void aNameAfterAnOfficeIsItsHolderNotTheGazetteers()
    {
        // A Russian surname in -ayev after the office: the person named, not whoever the gazetteer says
        // held the office that day.
        const Result r = run(QStringLiteral("اجتمع وزير الاقتصاد السوري محمد نضال الشعار في موسكو أمس مع وزير الزراعة "
                                            "الروسي إلدار مرادايف لبحث صادرات القمح."),
                             QDate(2025, 6, 12));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("محمد نضال الشعار"), QStringLiteral("إلدار مرادايف")}));
    }

    void aGuestOfACityVisitsIt()
    {
        // "حلّ X ضيفاً على دمشق": X visited Damascus, the city is the contact's place.
        const Result r = run(QStringLiteral("حلّ نائب رئيس الوزراء الروسي ألكسندر نوفاك ضيفاً على دمشق أمس، حيث التقى "
                                            "وزير الطاقة السوري محمد البشير."),
                             QDate(2025, 9, 3));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().type, EventType::Visit);
        QCOMPARE(r.events.constFirst().location, QStringLiteral("دمشق"));
        QCOMPARE(r.events.constFirst().date.start, QDate(2025, 9, 2));
    }

    void anOfficialWithACommonGivenNameIsRead()
    {
        // Given names of the lexicon (here غياث) open a name the gazetteer does not know.
        const Result r = run(QStringLiteral("بحث معاون وزير الزراعة السوري غياث الحمصي مع السفير الروسي في دمشق أمس "
                                            "تصدير الحمضيات."),
                             QDate(2024, 11, 6));
        QVERIFY2(actorNamed(r, QStringLiteral("غياث الحمصي")), qPrintable(personNames(r)));
        QCOMPARE(r.events.size(), 1);
    }

    void theSenderOfAMessageIsNoParty()
    {
        // "سلم X رسالة شفهية من الرئيس Y إلى Z خلال لقائه به": X met Z; Y only sent the message.
        const Result r = run(QStringLiteral("نقل نائب وزير الخارجية الروسي ميخائيل بوغدانوف رسالة شفهية من الرئيس "
                                            "فلاديمير بوتين إلى الرئيس أحمد الشرع خلال لقائه به في دمشق أمس."),
                             QDate(2025, 2, 20));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()),
                 keys({QStringLiteral("ميخائيل بوغدانوف"), QStringLiteral("أحمد الشرع")}));
    }

    void aFormerHolderIsNotTheOfficeNamedLater()
    {
        // "الرئيس السابق X" earlier in the article: a later bare "الرئيس السوري" is not X.
        const Result r = run(QStringLiteral("توترت العلاقات بين البلدين في عهد الرئيس السابق بشار الأسد.\n\nوقال البيان "
                                            "إن الرئيس السوري للمرحلة الانتقالية أحمد الشرع زار موسكو أمس."),
                             QDate(2025, 12, 16));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(namesOf(r, r.events.constFirst()), keys({QStringLiteral("أحمد الشرع")}));
    }

    void anAmbassadorAboutHisPostIsNoVisit()
    {
        // An ambassador touring the country he is posted in travels between no countries.
        const Result r = run(QStringLiteral("زار السفير الروسي لدى دمشق ألكسندر يفيموف اليوم مدينة حماة، وتفقد عدداً "
                                            "من المشاريع الخدمية."),
                             QDate(2023, 5, 2));
        QVERIFY2(r.events.isEmpty(), qPrintable(personNames(r)));
    }

    void aMeetingToComeNamedByItsPartiesIsPlanned()
    {
        // "لقاء X وY المقبل": the adjective after the parties' names makes the meeting one to come.
        const Result r = run(QStringLiteral("وأكد المتحدث أن لقاء وزير الخارجية السوري أسعد الشيباني ونظيره الروسي "
                                            "سيرغي لافروف المقبل سيتناول ملف القواعد."),
                             QDate(2025, 3, 4));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(int(r.events.constFirst().factuality), int(Factuality::Planned));
    }

    void theSayingsDateIsNotTheContacts()
    {
        // "ذكرت مصادر اليوم الأحد أن … أمس السبت": the contact was on Saturday.
        const Result r = run(QStringLiteral("ذكرت مصادر مطلعة اليوم الأحد أن زيارة وزير الدفاع الروسي سيرغي شويغو "
                                            "إلى دمشق أمس السبت شملت لقاء مع الرئيس السوري بشار الأسد."),
                             QDate(2017, 3, 12));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.constFirst().date.start, QDate(2017, 3, 11));
        // With no other date in the sentence, the saying's day is still the best there is.
        const Result only = run(QStringLiteral("أعلن الكرملين اليوم الأحد أن الرئيس فلاديمير بوتين التقى الرئيس "
                                               "السوري بشار الأسد في موسكو."),
                                QDate(2017, 3, 12));
        QCOMPARE(only.events.size(), 1);
        QCOMPARE(only.events.constFirst().date.start, QDate(2017, 3, 12));
    }

    void aHeadingEndsTheStoryADateReferredBackTo()
    {
        // After a section heading, "وأمس … الاجتماع" belongs to another story: it does not date the contact above.
        const Result r = run(QStringLiteral("يلتقي وزير الخارجية السوري فيصل المقداد في بغداد نظيره العراقي فؤاد "
                                            "حسين ووزير الخارجية الروسي سيرغي لافروف.\n\nتطورات ميدانية في الشمال\n\n"
                                            "وأمس، قالت الخارجية إن الاجتماع المقبل سيعقد في عمّان."),
                             QDate(2019, 5, 6));
        QVERIFY(!r.reports.isEmpty());
        QVERIFY2(r.reports.constFirst().date.start != QDate(2019, 5, 5), qPrintable(r.reports.constFirst().date.text));
    }

    void runDoesNotDependOnThreads()
    {
        // Texts are prepared on other threads a batch ahead; people are registered in article order. The
        // record must be the same however the articles are batched, across batch boundaries too: article
        // 100 names by surname alone people whom article 3 introduced.
        const QStringList syrians{u"سامر الدباغ"_s, u"ماهر العطار"_s, u"نزار الخطيب"_s, u"فادي الحلبي"_s};
        const QStringList russians{u"إيغور فولكوف"_s, u"أندريه سميرنوف"_s, u"بافل كوزنيتسوف"_s, u"أوليغ بوبوف"_s};
        const QStringList offices{u"وزير الاقتصاد السوري"_s, u"وزير النقل السوري"_s, u"محافظ دمشق"_s,
                                  u"وزير الطاقة السوري"_s};
        QList<Article> articles;
        for (int i = 0; i < 130; ++i) {
            const QString syrian = syrians.at(i % syrians.size());
            const QString russian = russians.at((i / 4) % russians.size());
            const QString text =
                i < 100 ? u"دمشق - استقبل %1 %2 أمس نائب وزير الخارجية الروسي %3 وبحثا سبل التعاون."_s.arg(
                              offices.at(i % offices.size()), syrian, russian)
                        : u"موسكو - التقى %1 اليوم %2 في موسكو، وناقشا مشاريع الطاقة."_s.arg(syrian.section(u' ', 1),
                                                                                             russian.section(u' ', 1));
            articles << makeArticle(i + 1, text, QDate(2025, 1, 1).addDays(i * 3));
        }
        static const DateEngine dates;
        const Extractor extractor(Gazetteer::builtIn(), dates, ExtractionLexicon::builtIn());
        const auto runWith = [&](int batch) {
            auto r = std::make_unique<ExtractionRun>(extractor);
            r->setBatchSize(batch);
            r->discover(articles);
            r->extract(articles);
            r->settle();
            return r;
        };
        const auto one = runWith(1);
        QVERIFY(one->reports().size() >= 120);
        // The surname-only articles resolve to the people introduced early on.
        const QList<Event> late = one->reportsOf(101);
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.constFirst().participants.size(), 2);
        for (const Participant &p : late.constFirst().participants)
            QVERIFY(!one->registry().actors().at(p.actorId).roles.isEmpty());
        qsizetype perArticle = 0;
        for (const Article &a : articles)
            perArticle += one->reportsOf(a.id).size();
        QCOMPARE(perArticle, one->reports().size());
        for (int batch : {7, 64}) {
            const auto other = runWith(batch);
            QCOMPARE(other->registry().actors().size(), one->registry().actors().size());
            for (qsizetype i = 0; i < one->registry().actors().size(); ++i) {
                QCOMPARE(other->registry().actors().at(i).name, one->registry().actors().at(i).name);
                QCOMPARE(other->registry().actors().at(i).country, one->registry().actors().at(i).country);
                QCOMPARE(other->registry().actors().at(i).roles.size(), one->registry().actors().at(i).roles.size());
            }
            QCOMPARE(other->reports().size(), one->reports().size());
            for (qsizetype i = 0; i < one->reports().size(); ++i) {
                QCOMPARE(other->reports().at(i).participants, one->reports().at(i).participants);
                QCOMPARE(other->reports().at(i).sources, one->reports().at(i).sources);
                QCOMPARE(other->reports().at(i).date, one->reports().at(i).date);
            }
        }
    }

    void mergeDoesNotDependOnOrder()
    {
        const QList<Actor> actors(3);
        QList<Event> reports{report(3, {0, 1}, FuzzyDate{}),
                             report(1, {0, 1, 2}, day(2025, 5, 5), QStringLiteral("موسكو")),
                             report(2, {1, 0}, day(2025, 5, 5)), report(4, {0, 2}, day(2025, 7, 1))};
        const QList<Event> a = EventMerger(actors).merge(reports);
        std::reverse(reports.begin(), reports.end());
        const QList<Event> b = EventMerger(actors).merge(reports);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).participants, b.at(i).participants);
            QCOMPARE(a.at(i).sources, b.at(i).sources);
            QCOMPARE(a.at(i).date, b.at(i).date);
        }
    }
};

QTEST_APPLESS_MAIN(TestExtract)
#include "tst_extract.moc"
