// The project file: articles in and out, versions, full-text search, extraction results, migrations
// and every way a database file can be unusable.
#include "store/Schema.h"
#include "store/Store.h"
#include "text/ArabicNormalizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace rasad;

namespace {

Article makeArticle(const QString &fileName, const QString &title, const QString &text)
{
    Article a;
    a.fileName = fileName;
    a.sourcePath = QStringLiteral("/tmp/in/") + fileName;
    a.title = title;
    a.source = QStringLiteral("test-outlet");
    a.url = QStringLiteral("https://example.org/") + fileName;
    a.published = QDate(2024, 11, 3);
    a.publishedOrigin = DateOrigin::Manifest;
    a.encoding = QStringLiteral("UTF-8");
    a.originalText = text;
    a.normalizedText = matchingKey(text);
    a.contentHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    a.importedAt = QDateTime(QDate(2024, 11, 4), QTime(9, 15, 0), Qt::UTC);
    return a;
}

/** Runs SQL on a separate raw connection, as another program would. */
int rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

qint64 rowCount(Store &store, const char *table)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(store.handle(), sql.constData(), -1, &stmt, nullptr);
    qint64 n = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return n;
}

/** Two actors and one meeting between them, reported by `articleId`. */
void makeExtraction(qint64 articleId, QList<Actor> &actors, QList<Event> &events)
{
    Actor host;
    host.key = QStringLiteral("discovered:سامر حداد");
    host.name = QStringLiteral("سامر حداد");
    host.country = QStringLiteral("SY");
    host.aliases = {QStringLiteral("حداد"), QStringLiteral("الوزير حداد")};
    host.roles = {Role{QStringLiteral("وزير النقل"), QStringLiteral("Minister of Transport"), QString(),
                       QStringLiteral("SY"), QDate(2023, 1, 10), QDate()}};
    host.discovered = true;
    Actor guest;
    guest.key = QStringLiteral("test:ivanov");
    guest.name = QStringLiteral("بيوتر إيفانوف");
    guest.nameEn = QStringLiteral("Pyotr Ivanov");
    guest.country = QStringLiteral("RU");
    guest.aliases = {QStringLiteral("إيفانوف")};
    guest.roles = {Role{QStringLiteral("نائب وزير الطاقة"), QString(), QStringLiteral("وزارة الطاقة"),
                        QStringLiteral("RU"), QDate(2020, 5, 1), QDate(2024, 2, 1)}};
    Actor bystander;
    bystander.key = QStringLiteral("discovered:منى خليل");
    bystander.name = QStringLiteral("منى خليل");
    bystander.mentionOnly = true;
    actors = {host, guest, bystander};

    Event meeting;
    meeting.type = EventType::Meeting;
    meeting.date =
        FuzzyDate{QDate(2024, 11, 2), QDate(2024, 11, 2), Granularity::Day, QTime(18, 0), QStringLiteral("مساء السبت")};
    meeting.dateSource = DateSource::Sentence;
    meeting.location = QStringLiteral("اللاذقية");
    meeting.locationCountry = QStringLiteral("SY");
    meeting.participants = {Participant{0, QStringLiteral("host")}, Participant{1, QStringLiteral("guest")}};
    meeting.topics = {QStringLiteral("economy"), QStringLiteral("transport")};
    meeting.confidence = 0.85;
    meeting.cameo = QStringLiteral("043");
    meeting.flags = {QStringLiteral("date: 2024-11-02 vs 2024-11-01")};
    meeting.mergeNote = QStringLiteral("same participants, same day");
    meeting.sources = {EventSource{articleId, QString(), 10, 60, QStringLiteral("استقبل وزير النقل سامر حداد ..."),
                                   0.85, meeting.date}};
    Event call;
    call.type = EventType::Call;
    call.participants = {Participant{1, QStringLiteral("caller")}};
    call.sources = {EventSource{articleId, QString(), 70, 90, QStringLiteral("اتصال هاتفي"), 0.5, FuzzyDate{}}};
    call.planned = true;
    events = {meeting, call};
}

} // namespace

class StoreTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsLatestSchema()
    {
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), Schema::kLatestVersion);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(store->handle(), "PRAGMA journal_mode", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))), QByteArray("wal"));
        sqlite3_finalize(stmt);
        sqlite3_prepare_v2(store->handle(), "PRAGMA foreign_keys", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 1);
        sqlite3_finalize(stmt);
        for (const char *table : {"articles", "actors", "actor_names", "roles", "places", "events",
                                  "event_participants", "event_sources", "article_search"})
            QCOMPARE(rowCount(*store, table), 0);
    }

    void addDuplicateAndNewVersion()
    {
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        QVERIFY(store);
        Article first = makeArticle(QStringLiteral("a.txt"), QStringLiteral("عنوان"), QStringLiteral("نص أول"));
        QCOMPARE(store->addArticle(first, &error), AddOutcome::Inserted);
        QVERIFY(first.id > 0);
        QCOMPARE(first.version, 1);

        Article again = makeArticle(QStringLiteral("renamed.txt"), QStringLiteral("عنوان"), QStringLiteral("نص أول"));
        QCOMPARE(store->addArticle(again, &error), AddOutcome::Duplicate);
        QCOMPARE(again.id, first.id);
        QCOMPARE(store->articles().size(), 1);

        Article changed = makeArticle(QStringLiteral("a.txt"), QStringLiteral("عنوان"), QStringLiteral("نص معدل"));
        QCOMPARE(store->addArticle(changed, &error), AddOutcome::NewVersion);
        QCOMPARE(changed.version, 2);
        QVERIFY(changed.id != first.id);
        Article third = makeArticle(QStringLiteral("a.txt"), QStringLiteral("عنوان"), QStringLiteral("نص ثالث"));
        QCOMPARE(store->addArticle(third, &error), AddOutcome::NewVersion);
        QCOMPARE(third.version, 3);

        // The old version is never overwritten.
        const auto old = store->article(first.id);
        QVERIFY(old);
        QCOMPARE(old->originalText, QStringLiteral("نص أول"));
        QCOMPARE(old->version, 1);
        QCOMPARE(store->articles().size(), 3);
        QVERIFY(store->articles().at(0).originalText.isEmpty()); // listed without text
        QCOMPARE(store->articles(true).at(2).originalText, QStringLiteral("نص ثالث"));
    }

    void articlesArePagedInIdOrder()
    {
        // Extraction reads the store a page at a time: pages cover every article once, in id order, with
        // the text as written.
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        QVERIFY(store);
        QList<qint64> ids;
        for (int i = 0; i < 7; ++i) {
            Article a = makeArticle(QStringLiteral("p%1.txt").arg(i), QStringLiteral("عنوان"),
                                    QStringLiteral("نص رقم %1").arg(i));
            QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
            ids << a.id;
        }
        QList<qint64> seen;
        qint64 after = 0;
        for (QList<Article> page = store->articlesAfter(after, 3); !page.isEmpty();
             page = store->articlesAfter(after, 3)) {
            QVERIFY(page.size() <= 3);
            for (const Article &a : page) {
                QVERIFY(a.id > after);
                QCOMPARE(a.originalText, QStringLiteral("نص رقم %1").arg(seen.size()));
                QCOMPARE(a.fileName, QStringLiteral("p%1.txt").arg(seen.size()));
                seen << a.id;
                after = a.id;
            }
        }
        QCOMPARE(seen, ids);
        QVERIFY(store->articlesAfter(ids.constLast(), 3).isEmpty());
        QCOMPARE(store->articlesAfter(ids.at(4), 100).size(), 2);
    }

    void articleRoundTrip()
    {
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        Article a = makeArticle(QStringLiteral("r.txt"), QStringLiteral("لقاءٌ في دمشق"),
                                QStringLiteral("التقى الوفدان.\nشارك في المقال: فيسبوك"));
        a.furniture = {TextSpan{15, 35, QStringLiteral("share")}};
        a.publishedOrigin = DateOrigin::Text;
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        const auto back = store->article(a.id);
        QVERIFY(back);
        QCOMPARE(back->fileName, a.fileName);
        QCOMPARE(back->sourcePath, a.sourcePath);
        QCOMPARE(back->contentHash, a.contentHash);
        QCOMPARE(back->title, a.title);
        QCOMPARE(back->source, a.source);
        QCOMPARE(back->url, a.url);
        QCOMPARE(back->published, a.published);
        QCOMPARE(back->publishedOrigin, DateOrigin::Text);
        QCOMPARE(back->encoding, a.encoding);
        QCOMPARE(back->originalText, a.originalText);
        QCOMPARE(back->normalizedText, a.normalizedText);
        QCOMPARE(back->furniture, a.furniture);
        QCOMPARE(back->importedAt, a.importedAt);
        QVERIFY(!store->article(a.id + 100));
    }

    void searchFindsEveryWritingOfAWord_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedFile");
        QTest::addColumn<QString>("highlighted"); // the original spelling the snippet must highlight
        QTest::newRow("hamza alef found by bare alef")
            << QStringLiteral("اسعد") << QStringLiteral("s1.txt") << QStringLiteral("أسعد");
        QTest::newRow("tatweel in text") << QStringLiteral("كانون") << QStringLiteral("s2.txt")
                                         << QStringLiteral("كانـون");
        QTest::newRow("tashkeel in text")
            << QStringLiteral("المستشار") << QStringLiteral("s2.txt") << QStringLiteral("المُسْتَشار");
        QTest::newRow("tashkeel in query")
            << QStringLiteral("وَفْدٌ") << QStringLiteral("s3.txt") << QStringLiteral("وفد");
        QTest::newRow("ta marbuta as ha")
            << QStringLiteral("مدرسه") << QStringLiteral("s3.txt") << QStringLiteral("مدرسة");
        QTest::newRow("alef maqsura") << QStringLiteral("مستشفي") << QStringLiteral("s1.txt")
                                      << QStringLiteral("مستشفى");
        QTest::newRow("proclitic waw") << QStringLiteral("طرطوس") << QStringLiteral("s3.txt")
                                       << QStringLiteral("وطرطوس");
        QTest::newRow("article with lam")
            << QStringLiteral("الجامعة") << QStringLiteral("s1.txt") << QStringLiteral("للجامعة");
        QTest::newRow("latin case") << QStringLiteral("rosatom") << QStringLiteral("s2.txt")
                                    << QStringLiteral("Rosatom");
    }

    void searchFindsEveryWritingOfAWord()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedFile);
        QFETCH(QString, highlighted);
        StoreError error;
        auto store = Store::open(m_dir.filePath(QStringLiteral("search.sqlite")), &error);
        QVERIFY(store);
        if (store->articles().isEmpty()) {
            Article a = makeArticle(QStringLiteral("s1.txt"), QStringLiteral("زيارة"),
                                    QStringLiteral("زار الدكتور أسعد منصور مستشفى حمص، ثم قدّم منحة للجامعة."));
            Article b = makeArticle(QStringLiteral("s2.txt"), QStringLiteral("اجتماع"),
                                    QStringLiteral("في كانـون الثاني اجتمع المُسْتَشار مع ممثلي شركة Rosatom."));
            Article c = makeArticle(QStringLiteral("s3.txt"), QStringLiteral("وفد"),
                                    QStringLiteral("وصل وفد إلى اللاذقية وطرطوس وافتتح مدرسة جديدة."));
            QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
            QCOMPARE(store->addArticle(b, &error), AddOutcome::Inserted);
            QCOMPARE(store->addArticle(c, &error), AddOutcome::Inserted);
        }
        const QList<SearchHit> hits = store->search(query);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().fileName, expectedFile);
        const SearchHit &hit = hits.first();
        QVERIFY2(!hit.highlights.isEmpty(), qPrintable(hit.snippet));
        QStringList marked;
        for (const TextSpan &span : hit.highlights)
            marked << hit.snippet.mid(span.start, span.length());
        QVERIFY2(marked.contains(highlighted),
                 qPrintable(marked.join(QLatin1Char('|')) + QStringLiteral(" in ") + hit.snippet));
        // The snippet is the article's own text, not the key.
        const auto article = store->article(hit.articleId);
        QString plain = hit.snippet;
        plain.remove(QStringLiteral("…"));
        QVERIFY(article->originalText.contains(plain));
        QCOMPARE(article->originalText.mid(hit.snippetStart, plain.size()), plain);
    }

    void snippetCollapsesWhitespaceAndKeepsHighlights()
    {
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        QVERIFY(store);
        QString text = QStringLiteral("مقدمة\n\n\t  ");
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("كلمة\n ");
        text += QStringLiteral("\n\nوصل   المبعوثُ\n\nإلى العاصمة ");
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("نص ");
        Article a = makeArticle(QStringLiteral("w.txt"), QStringLiteral("خبر"), text);
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        const QList<SearchHit> hits = store->search(QStringLiteral("المبعوث"));
        QCOMPARE(hits.size(), 1);
        const SearchHit &hit = hits.first();
        QVERIFY2(hit.snippet.startsWith(QStringLiteral("…")) && hit.snippet.endsWith(QStringLiteral("…")),
                 qPrintable(hit.snippet));
        QVERIFY(!hit.snippet.contains(QLatin1Char('\n')));
        QVERIFY(!hit.snippet.contains(QStringLiteral("  ")));
        QVERIFY(hit.snippet.contains(QStringLiteral("وصل المبعوثُ إلى")));
        QCOMPARE(hit.highlights.size(), 1);
        QCOMPARE(hit.snippet.mid(hit.highlights.at(0).start, hit.highlights.at(0).length()), QStringLiteral("المبعوثُ"));
        QVERIFY(text.mid(hit.snippetStart).startsWith(hit.snippet.mid(1, 4)));
    }

    void searchRanksAndLimits()
    {
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        QVERIFY(store);
        Article passing = makeArticle(QStringLiteral("p.txt"), QStringLiteral("أخبار اقتصادية"),
                                      QStringLiteral("أسعار القمح ارتفعت. وذكر التقرير الغاز مرة واحدة في نص طويل عن "
                                                     "الزراعة والري والمحاصيل والأسواق والطقس."));
        Article focused = makeArticle(QStringLiteral("f.txt"), QStringLiteral("اتفاق الغاز"),
                                      QStringLiteral("وقع الطرفان اتفاق الغاز. الغاز سيصل عبر خط الغاز الجديد."));
        QCOMPARE(store->addArticle(passing, &error), AddOutcome::Inserted);
        QCOMPARE(store->addArticle(focused, &error), AddOutcome::Inserted);
        QList<SearchHit> hits = store->search(QStringLiteral("الغاز"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).fileName, QStringLiteral("f.txt"));
        QVERIFY(hits.at(0).rank < hits.at(1).rank);
        QCOMPARE(store->search(QStringLiteral("الغاز"), 1).size(), 1);
        // All words must occur.
        QCOMPARE(store->search(QStringLiteral("الغاز القمح")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("الغاز النفط")).size(), 0);
        // Nothing to search for, or FTS syntax typed by a user: no hits, no error.
        QCOMPARE(store->search(QStringLiteral("  ،؟ ")).size(), 0);
        QCOMPARE(store->search(QStringLiteral("\"الغاز*(:^")).size(), 2);
    }

    void replaceExtractionIsIdempotentAndKeepsIds()
    {
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        Article a = makeArticle(QStringLiteral("e.txt"), QStringLiteral("خبر"), QString(120, QLatin1Char('x')));
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);

        QList<Actor> actors;
        QList<Event> events;
        makeExtraction(a.id, actors, events);
        QVERIFY2(store->replaceExtraction(actors, events, &error), qPrintable(error.message));
        QVERIFY(actors.at(0).id > 0 && actors.at(1).id > 0 && actors.at(0).id != actors.at(1).id);
        QCOMPARE(events.at(0).participants.at(1).actorId, actors.at(1).id); // indices became ids
        const Dataset first = store->loadDataset();

        // The same extraction again, in another order: same rows, same ids.
        QList<Actor> actors2;
        QList<Event> events2;
        makeExtraction(a.id, actors2, events2);
        std::swap(actors2[0], actors2[1]);
        for (Event &e : events2)
            for (Participant &p : e.participants)
                p.actorId = p.actorId == 0 ? 1 : p.actorId == 1 ? 0 : p.actorId;
        QVERIFY2(store->replaceExtraction(actors2, events2, &error), qPrintable(error.message));
        QCOMPARE(actors2.at(1).id, actors.at(0).id);
        QCOMPARE(actors2.at(0).id, actors.at(1).id);
        QCOMPARE(events2.at(0).id, events.at(0).id);
        QCOMPARE(events2.at(1).id, events.at(1).id);
        const Dataset second = store->loadDataset();
        QCOMPARE(second.actors.size(), first.actors.size());
        QCOMPARE(second.events.size(), first.events.size());
        for (qsizetype i = 0; i < first.events.size(); ++i) {
            QCOMPARE(second.events.at(i).id, first.events.at(i).id);
            QCOMPARE(second.events.at(i).participants, first.events.at(i).participants);
            QCOMPARE(second.events.at(i).sources, first.events.at(i).sources);
        }
        QCOMPARE(rowCount(*store, "event_sources"), 2);
        QCOMPARE(rowCount(*store, "event_participants"), 3);
        QCOMPARE(rowCount(*store, "places"), 1);

        // A later extraction without the call and without the bystander: they go, the rest stays.
        QList<Actor> actors3;
        QList<Event> events3;
        makeExtraction(a.id, actors3, events3);
        actors3.removeLast();
        events3.removeLast();
        QVERIFY(store->replaceExtraction(actors3, events3, &error));
        QCOMPARE(events3.at(0).id, events.at(0).id);
        const Dataset third = store->loadDataset();
        QCOMPARE(third.actors.size(), 2);
        QCOMPARE(third.events.size(), 1);
        QCOMPARE(rowCount(*store, "event_sources"), 1);
    }

    void eventKeepsIdWhenAnotherSourceJoins()
    {
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        Article a = makeArticle(QStringLiteral("j1.txt"), QStringLiteral("خبر"), QStringLiteral("نص أول"));
        Article b = makeArticle(QStringLiteral("j2.txt"), QStringLiteral("خبر"), QStringLiteral("نص ثان"));
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        QCOMPARE(store->addArticle(b, &error), AddOutcome::Inserted);
        QList<Actor> actors;
        QList<Event> events;
        makeExtraction(a.id, actors, events);
        QVERIFY(store->replaceExtraction(actors, events, &error));
        const qint64 meetingId = events.at(0).id;
        const qint64 callId = events.at(1).id;

        // Re-extraction after a second outlet reported the meeting: the merged event has two sources.
        QList<Actor> actors2;
        QList<Event> events2;
        makeExtraction(a.id, actors2, events2);
        events2[0].sources.append(EventSource{b.id, QString(), 3, 30, QStringLiteral("جملة"), 0.7, FuzzyDate{}});
        std::swap(events2[0], events2[1]);
        QVERIFY(store->replaceExtraction(actors2, events2, &error));
        QCOMPARE(events2.at(1).id, meetingId);
        QCOMPARE(events2.at(0).id, callId);
        QCOMPARE(store->loadDataset().events.size(), 2);

        // A brand-new event gets a new id, never a recycled one.
        QList<Actor> actors3;
        QList<Event> events3;
        makeExtraction(b.id, actors3, events3);
        events3.removeLast();
        QVERIFY(store->replaceExtraction(actors3, events3, &error));
        QVERIFY(events3.at(0).id > std::max(meetingId, callId));
    }

    void verifiedActorKeepsCuration()
    {
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        Article a = makeArticle(QStringLiteral("v.txt"), QStringLiteral("خبر"), QStringLiteral("نص"));
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        QList<Actor> actors;
        QList<Event> events;
        makeExtraction(a.id, actors, events);
        QVERIFY(store->replaceExtraction(actors, events, &error));
        QCOMPARE(sqlite3_exec(store->handle(),
                              "UPDATE actors SET verified = 1, name = 'اسم مصحح' WHERE key = "
                              "'test:ivanov'",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QList<Actor> again;
        QList<Event> noEvents;
        makeExtraction(a.id, again, events);
        QVERIFY(store->replaceExtraction(again, noEvents, &error));
        const Dataset data = store->loadDataset();
        const Actor *kept = data.actor(actors.at(1).id);
        QVERIFY(kept);
        QCOMPARE(kept->name, QStringLiteral("اسم مصحح"));
        QVERIFY(kept->verified);
        QCOMPARE(kept->aliases, actors.at(1).aliases);
    }

    void failedWriteLeavesNothingHalfWritten()
    {
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        Article a = makeArticle(QStringLiteral("t.txt"), QStringLiteral("خبر"), QStringLiteral("نص"));
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        QList<Actor> actors;
        QList<Event> events;
        makeExtraction(a.id, actors, events);
        QVERIFY(store->replaceExtraction(actors, events, &error));
        const Dataset before = store->loadDataset();

        // New actors are written first; the second event then cites an article that does not exist.
        QList<Actor> more;
        QList<Event> broken;
        makeExtraction(a.id, more, broken);
        Actor extra;
        extra.key = QStringLiteral("discovered:رامي سليمان");
        extra.name = QStringLiteral("رامي سليمان");
        more.append(extra);
        more[0].name = QStringLiteral("اسم جديد");
        broken[1].sources[0].articleId = a.id + 999;
        const QList<Actor> givenActors = more;
        error = {};
        QVERIFY(!store->replaceExtraction(more, broken, &error));
        QVERIFY(error.message.contains(store->path()));
        QVERIFY2(error.message.contains(QStringLiteral("article")), qPrintable(error.message));
        QCOMPARE(more.at(0).id, givenActors.at(0).id); // lists left as given
        QCOMPARE(broken.at(0).participants.at(1).actorId, 1);

        const Dataset after = store->loadDataset();
        QCOMPARE(after.actors.size(), before.actors.size());
        QCOMPARE(after.actors.at(0).name, before.actors.at(0).name);
        QCOMPARE(after.events.size(), before.events.size());
        QCOMPARE(after.events.at(0).id, before.events.at(0).id);
        QCOMPARE(rowCount(*store, "event_sources"), 2);

        // A participant index out of range is refused before anything is touched.
        broken[1].sources[0].articleId = a.id;
        broken[0].participants.append(Participant{42, QString()});
        QVERIFY(!store->replaceExtraction(more, broken, &error));
        QVERIFY(error.message.contains(QStringLiteral("42")));
        QCOMPARE(store->loadDataset().actors.size(), before.actors.size());

        // The store still takes writes afterwards (no transaction left open).
        Article b = makeArticle(QStringLiteral("u.txt"), QStringLiteral("خبر"), QStringLiteral("نص آخر"));
        QCOMPARE(store->addArticle(b, &error), AddOutcome::Inserted);
    }

    void loadDatasetRoundTrip()
    {
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        Article a = makeArticle(QStringLiteral("d.txt"), QStringLiteral("خبر"), QStringLiteral("نص"));
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        QList<Actor> actors;
        QList<Event> events;
        makeExtraction(a.id, actors, events);
        QVERIFY(store->replaceExtraction(actors, events, &error));

        const Dataset data = store->loadDataset();
        QCOMPARE(data.articles.size(), 1);
        QCOMPARE(data.articles.at(0).fileName, a.fileName);
        QVERIFY(data.articles.at(0).originalText.isEmpty());
        QCOMPARE(data.actors.size(), actors.size());
        for (const Actor &given : std::as_const(actors)) {
            const Actor *got = data.actor(given.id);
            QVERIFY(got);
            QCOMPARE(got->key, given.key);
            QCOMPARE(got->kind, given.kind);
            QCOMPARE(got->name, given.name);
            QCOMPARE(got->nameEn, given.nameEn);
            QCOMPARE(got->country, given.country);
            QCOMPARE(got->aliases, given.aliases);
            QCOMPARE(got->roles, given.roles);
            QCOMPARE(got->discovered, given.discovered);
            QCOMPARE(got->verified, given.verified);
            QCOMPARE(got->mentionOnly, given.mentionOnly);
        }
        QCOMPARE(data.events.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &given = events.at(i);
            const Event &got = data.events.at(i);
            QCOMPARE(got.id, given.id);
            QCOMPARE(got.type, given.type);
            QCOMPARE(got.date, given.date);
            QCOMPARE(got.dateSource, given.dateSource);
            QCOMPARE(got.location, given.location);
            QCOMPARE(got.locationCountry, given.locationCountry);
            QCOMPARE(got.participants, given.participants);
            QCOMPARE(got.topics, given.topics);
            QCOMPARE(got.confidence, given.confidence);
            QCOMPARE(got.planned, given.planned);
            QCOMPARE(got.cameo, given.cameo);
            QCOMPARE(got.flags, given.flags);
            QCOMPARE(got.mergeNote, given.mergeNote);
            QCOMPARE(got.verified, given.verified);
            QCOMPARE(got.sources.size(), given.sources.size());
            for (qsizetype k = 0; k < given.sources.size(); ++k) {
                EventSource expected = given.sources.at(k);
                expected.fileName = a.fileName; // filled in from the article
                QCOMPARE(got.sources.at(k), expected);
            }
        }
    }

    void migratesVersion1File()
    {
        const QString path = freshPath();
        QVERIFY(QFile::copy(QStringLiteral(RASAD_SOURCE_DIR "/tests/store/data/rasad-v1.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(rawExec(path, "SELECT 1 FROM articles WHERE title_key IS NULL"), SQLITE_ERROR); // really v1
        StoreError error;
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), Schema::kLatestVersion);

        const QList<Article> articles = store->articles(true);
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles.at(0).title, QStringLiteral("مُباحثاتٌ في طهران"));
        QCOMPARE(articles.at(1).furniture.size(), 1);
        QCOMPARE(articles.at(1).encoding, QStringLiteral("windows-1256 (assumed)"));
        QVERIFY(!articles.at(1).published.isValid());

        // v2 built the index over the old rows, titles included.
        QCOMPARE(store->search(QStringLiteral("مدرسه")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("مباحثات")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("حلب")).value(0).fileName, QStringLiteral("alwatan_2024_02.txt"));

        const Dataset data = store->loadDataset();
        QCOMPARE(data.actors.size(), 2);
        QCOMPARE(data.actors.at(1).aliases, QStringList{QStringLiteral("أوسيبوف")});
        QVERIFY(data.actors.at(1).verified);
        QVERIFY(!data.actors.at(1).mentionOnly); // v3 column, default
        QCOMPARE(data.actors.at(0).roles.size(), 1);
        QCOMPARE(data.events.size(), 1);
        const Event &e = data.events.at(0);
        QCOMPARE(e.date.time, QTime(17, 30));
        QCOMPARE(e.topics, QStringList{QStringLiteral("economy")});
        QCOMPARE(e.cameo, QStringLiteral("044"));
        QVERIFY(e.flags.isEmpty());
        QCOMPARE(e.participants.size(), 2);
        QCOMPARE(e.sources.size(), 1);
        QCOMPARE(e.sources.at(0).fileName, QStringLiteral("tishreen_2024_01.txt"));

        // New writes work on the migrated file, and ids continue after the old ones.
        Article a = makeArticle(QStringLiteral("new.txt"), QStringLiteral("خبر"), QStringLiteral("نص جديد"));
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        QCOMPARE(a.id, 3);
        store.reset();
        auto reopened = Store::open(path, &error); // a second open does not migrate again
        QVERIFY(reopened);
        QCOMPARE(reopened->articles().size(), 3);
    }

    void searchIndexHoldsTheTextAsWritten()
    {
        // A researcher's own MATCH in the sqlite3 shell, unnormalised, finds the spelling the article uses.
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        QVERIFY(store);
        Article a = makeArticle(QStringLiteral("h.txt"), QStringLiteral("لقاء أبو حمدة"),
                                QStringLiteral("استقبل سامر أبو حمدة الوفد في مدرسة المدينة."));
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        auto matches = [&](const char *query) {
            const QByteArray sql =
                QByteArray("SELECT count(*) FROM article_search WHERE article_search MATCH '") + query + "'";
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(store->handle(), sql.constData(), -1, &stmt, nullptr);
            const int n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
            sqlite3_finalize(stmt);
            return n;
        };
        QCOMPARE(matches("أبو حمدة"), 1);
        QCOMPARE(matches("ابو حمده"), 1);    // the keys
        QCOMPARE(matches("title : أبو"), 1); // the title as written
        QCOMPARE(matches("original_text : مدرسة"), 1);
        QCOMPARE(matches("original_text : مدرسه"), 0); // the text column holds no key
        // The app still searches the keys only, and finds every writing.
        QCOMPARE(store->search(QStringLiteral("أبو حمدة")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("ابو حمده")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("ابو حمده")).value(0).snippet.contains(QStringLiteral("أبو حمدة")), true);
    }

    void aBatchIsIndexedAfterItAndNeverTwice()
    {
        // Articles stored in a batch wait for the index (an import writes it on a second connection while
        // extraction runs); a search writes what is missing first; removing an article not yet indexed
        // leaves the index sound; indexing again adds nothing twice.
        StoreError error;
        const QString path = freshPath();
        auto store = Store::open(path, &error);
        QVERIFY(store);
        QVERIFY(store->beginArticles(&error));
        for (int i = 0; i < 300; ++i) {
            Article a = makeArticle(QStringLiteral("b%1.txt").arg(i), QStringLiteral("خبر %1").arg(i),
                                    QStringLiteral("نص عن الموانئ رقم %1").arg(i));
            QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        }
        QVERIFY(store->commitArticles(&error));
        QCOMPARE(store->articlesAwaitingIndex(), 300);
        QCOMPARE(rawExec(path, "DELETE FROM articles WHERE file_name = 'b299.txt'"), SQLITE_OK); // never indexed

        // The index written from another connection, as an import does.
        auto second = store->openAnother(&error);
        QVERIFY2(second, qPrintable(error.message));
        QVERIFY2(second->indexPendingArticles(&error), qPrintable(error.message));
        QCOMPARE(store->articlesAwaitingIndex(), 0);
        QVERIFY(second->indexPendingArticles(&error)); // nothing left: nothing added twice
        QCOMPARE(store->search(QStringLiteral("الموانئ"), 1000).size(), 299);
        QCOMPARE(rawExec(path, "INSERT INTO article_search(article_search) VALUES ('integrity-check')"), SQLITE_OK);

        // Stored alone, an article is indexed at once; stored in a batch, a search catches up first.
        Article alone = makeArticle(QStringLiteral("alone.txt"), QStringLiteral("خبر"), QStringLiteral("نص عن المطارات"));
        QCOMPARE(store->addArticle(alone, &error), AddOutcome::Inserted);
        QCOMPARE(store->articlesAwaitingIndex(), 0);
        QVERIFY(store->beginArticles(&error));
        Article late = makeArticle(QStringLiteral("late.txt"), QStringLiteral("خبر"), QStringLiteral("نص آخر عن المطارات"));
        QCOMPARE(store->addArticle(late, &error), AddOutcome::Inserted);
        QVERIFY(store->commitArticles(&error));
        QCOMPARE(store->articlesAwaitingIndex(), 1);
        QCOMPARE(store->search(QStringLiteral("المطارات")).size(), 2);
        QCOMPARE(store->articlesAwaitingIndex(), 0);
        QCOMPARE(rawExec(path, "DELETE FROM articles WHERE file_name = 'late.txt'"), SQLITE_OK); // indexed: removed
        QCOMPARE(store->search(QStringLiteral("المطارات")).size(), 1);
        QCOMPARE(rawExec(path, "INSERT INTO article_search(article_search) VALUES ('integrity-check')"), SQLITE_OK);
    }

    void migratesVersion5SearchIndex()
    {
        // A v5 file: its index held the keys only. Made from a new file by putting the v5 index back.
        const QString path = freshPath();
        {
            StoreError error;
            auto store = Store::open(path, &error);
            QVERIFY(store);
            Article a = makeArticle(QStringLiteral("old.txt"), QStringLiteral("خبر قديم"),
                                    QStringLiteral("وصل إدلب وفد أبو حمدة."));
            QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        }
        QCOMPARE(rawExec(path, R"sql(
            DROP TABLE store_state; DROP TRIGGER IF EXISTS articles_search_insert; DROP TRIGGER articles_search_delete;
            DROP TRIGGER articles_search_update;
            DROP TABLE article_search;
            CREATE VIRTUAL TABLE article_search USING fts5(title_key, normalized_text, content = 'articles',
                content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
            CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
                INSERT INTO article_search(rowid, title_key, normalized_text)
                    VALUES (new.id, new.title_key, new.normalized_text);
            END;
            CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
                INSERT INTO article_search(article_search, rowid, title_key, normalized_text)
                    VALUES ('delete', old.id, old.title_key, old.normalized_text);
            END;
            CREATE TRIGGER articles_search_update AFTER UPDATE OF title_key, normalized_text ON articles BEGIN
                INSERT INTO article_search(article_search, rowid, title_key, normalized_text)
                    VALUES ('delete', old.id, old.title_key, old.normalized_text);
                INSERT INTO article_search(rowid, title_key, normalized_text)
                    VALUES (new.id, new.title_key, new.normalized_text);
            END;
            INSERT INTO article_search(article_search) VALUES ('rebuild');
            PRAGMA user_version = 5;)sql"),
                 SQLITE_OK);
        QCOMPARE(rawExec(path, "SELECT original_text FROM article_search"), SQLITE_ERROR); // really the v5 index

        StoreError error;
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), Schema::kLatestVersion);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(store->handle(),
                           "SELECT count(*) FROM article_search WHERE article_search MATCH 'original_text : إدلب'", -1,
                           &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 1); // the old rows are in the new index
        sqlite3_finalize(stmt);
        QCOMPARE(store->search(QStringLiteral("ادلب")).size(), 1);
        // The triggers follow new rows and deletions.
        Article b = makeArticle(QStringLiteral("new.txt"), QStringLiteral("خبر"), QStringLiteral("وصل إدلب وفد آخر."));
        QCOMPARE(store->addArticle(b, &error), AddOutcome::Inserted);
        QCOMPARE(store->search(QStringLiteral("إدلب")).size(), 2);
        QCOMPARE(rawExec(path, "DELETE FROM articles WHERE file_name = 'new.txt'"), SQLITE_OK);
        QCOMPARE(store->search(QStringLiteral("إدلب")).size(), 1);
        QCOMPARE(rawExec(path, "INSERT INTO article_search(article_search) VALUES ('integrity-check')"), SQLITE_OK);
        // An upgraded file is taken as extracted as far as it went (the article added since was deleted).
        QCOMPARE(store->articlesAwaitingExtraction(), 0);
    }

    void recordsHowFarTheRecordIsExtracted()
    {
        StoreError error;
        auto store = Store::open(freshPath(), &error);
        QVERIFY(store);
        QCOMPARE(store->articlesAwaitingExtraction(), 0);
        Article a = makeArticle(QStringLiteral("a.txt"), QStringLiteral("خبر"), QStringLiteral("نص أول"));
        Article b = makeArticle(QStringLiteral("b.txt"), QStringLiteral("خبر"), QStringLiteral("نص ثان"));
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        QCOMPARE(store->addArticle(b, &error), AddOutcome::Inserted);
        QCOMPARE(store->articlesAwaitingExtraction(), 2);
        QList<Actor> actors;
        QList<Event> events;
        QVERIFY(store->replaceExtraction(actors, events, &error)); // says nothing of how far: unchanged
        QCOMPARE(store->articlesAwaitingExtraction(), 2);
        QVERIFY(store->replaceExtraction(actors, events, &error, a.id));
        QCOMPARE(store->articlesAwaitingExtraction(), 1);
        QVERIFY(store->replaceExtraction(actors, events, &error, b.id));
        QCOMPARE(store->articlesAwaitingExtraction(), 0);
    }

    void twoConnectionsOpenANewFileTogether()
    {
        // Both read "version 0" before either migrates; the second must not run the steps again.
        const QString path = freshPath();
        sqlite3 *first = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &first), SQLITE_OK);
        QString why;
        int code = 0;
        QVERIFY2(Schema::migrate(first, 0, &why, &code), qPrintable(why));
        QVERIFY2(Schema::migrate(first, 0, &why, &code), qPrintable(why)); // stale version: no-op
        sqlite3_close(first);
        StoreError error;
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), Schema::kLatestVersion);
    }

    void importThreadAndReaderShareTheFile()
    {
        // The GUI's situation: an import thread writes through its own Store while the window reads
        // and occasionally writes through another. WAL + busy timeout: nobody sees "locked".
        const QString path = freshPath();
        StoreError error;
        auto reader = Store::open(path, &error);
        QVERIFY(reader);
        std::atomic_int failures{0};
        std::atomic_bool done{false};
        std::thread importer([&] {
            StoreError e;
            auto writer = Store::open(path, &e);
            if (!writer) {
                ++failures;
                done = true;
                return;
            }
            for (int i = 0; i < 150; ++i) {
                Article a = makeArticle(QStringLiteral("c%1.txt").arg(i), QStringLiteral("خبر"),
                                        QStringLiteral("وصل الوفد رقم %1 إلى المدينة").arg(i));
                if (writer->addArticle(a, &e) != AddOutcome::Inserted)
                    ++failures;
            }
            done = true;
        });
        int reads = 0;
        while (!done) {
            reader->search(QStringLiteral("الوفد"));
            reader->loadDataset();
            if (reader->readError())
                ++failures;
            QList<Actor> actors;
            QList<Event> events;
            if (!reader->replaceExtraction(actors, events, &error))
                ++failures;
            ++reads;
        }
        importer.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY(reads > 0);
        QCOMPARE(reader->articles().size(), 150);
        QCOMPARE(reader->search(QStringLiteral("الوفد"), 500).size(), 150);
    }

    void readOnlyFile()
    {
        // A file the user made read-only (or on a read-only medium) is opened to be viewed, never written.
        const QString path = freshPath();
        {
            StoreError error;
            auto store = Store::open(path, &error);
            QVERIFY(store);
            Article a = makeArticle(QStringLiteral("kept.txt"), QStringLiteral("خبر"), QStringLiteral("نص محفوظ"));
            QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const auto restore =
            qScopeGuard([&path] { QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        StoreError error;
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->isReadOnly());
        QVERIFY(store->damage().isEmpty());
        QVERIFY2(store->readOnlyReason().contains(path) &&
                     store->readOnlyReason().contains(QStringLiteral("read-only")),
                 qPrintable(store->readOnlyReason()));
        QVERIFY(!store->readOnlyReason().contains(QLatin1Char('\n')));
        QCOMPARE(store->articles(true).size(), 1);
        QCOMPARE(store->search(QStringLiteral("محفوظ")).size(), 1);
        Article b = makeArticle(QStringLiteral("new.txt"), QStringLiteral("خبر"), QStringLiteral("نص جديد"));
        QCOMPARE(store->addArticle(b, &error), AddOutcome::Failed);
        QVERIFY2(error.message.contains(QStringLiteral("read-only")), qPrintable(error.message));
        store.reset();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // not a byte written
    }

    void readOnlyFolderIsNamedAsTheFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("locked-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/project.sqlite");
        {
            StoreError error;
            QVERIFY(Store::open(path, &error));
        }
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto restore = qScopeGuard([&folder] {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
        StoreError error;
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error.message));
        // The file itself is writable: the reason is the folder, and says what Rasad writes there.
        QVERIFY2(store->readOnlyReason().startsWith(folder + QStringLiteral(": the folder is read-only")),
                 qPrintable(store->readOnlyReason()));
        QVERIFY(store->readOnlyReason().contains(QStringLiteral("project.sqlite")));
        QVERIFY(!store->readOnlyReason().contains(QStringLiteral("database file is read-only")));
        QCOMPARE(store->articles().size(), 0);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // nothing made beside the file
        // A new project cannot be made in such a folder: said at once, with the folder named.
        QVERIFY(!Store::open(folder + QStringLiteral("/other.sqlite"), &error));
        QVERIFY2(error.message.startsWith(folder + QStringLiteral(": the folder is read-only")),
                 qPrintable(error.message));
    }

    void lockedByAnotherProgram()
    {
        const QString path = freshPath();
        StoreError error;
        auto store = Store::open(path, &error);
        QVERIFY(store);
        store->setBusyTimeout(200);

        // Another program takes the write lock and keeps it.
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE; INSERT INTO places (name, name_key) VALUES ('x', 'x');", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        Article a = makeArticle(QStringLiteral("l.txt"), QStringLiteral("خبر"), QStringLiteral("نص"));
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Failed);
        QVERIFY2(error.message.contains(path) && error.message.contains(QStringLiteral("locked by another program")),
                 qPrintable(error.message));
        QList<Actor> actors;
        QList<Event> events;
        QVERIFY(!store->replaceExtraction(actors, events, &error));
        QVERIFY(error.message.contains(QStringLiteral("locked")));

        // Once it lets go, the same store writes.
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);

        // Exclusive locking mode: nobody else may even read, so opening fails with the same message.
        store.reset();
        QCOMPARE(sqlite3_exec(other,
                              "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                              "INSERT INTO places (name, name_key) VALUES ('y', 'y');",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(!Store::open(path, &error));
        QVERIFY2(error.message.contains(path) && error.message.contains(QStringLiteral("locked by another program")),
                 qPrintable(error.message));
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
    }

    void corruptFile()
    {
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, '\0');
        QRandomGenerator rng(7);
        for (char &b : bytes)
            b = char(rng.bounded(256));
        file.write(bytes);
        file.close();
        StoreError error;
        QVERIFY(!Store::open(path, &error));
        QVERIFY2(error.message.contains(path) && error.message.contains(QStringLiteral("file is not a database")),
                 qPrintable(error.message));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), bytes); // never "repaired" by overwriting
    }

    void damagedRasadFile()
    {
        const QString path = freshPath();
        {
            StoreError error;
            auto store = Store::open(path, &error);
            QVERIFY(store);
            QCOMPARE(sqlite3_exec(store->handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr),
                     SQLITE_OK);
        }
        // Keep the header, overwrite the schema pages.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4096);
        file.seek(100);
        file.write(QByteArray(int(file.size()) - 100, '\xA5'));
        file.close();
        StoreError error;
        QVERIFY(!Store::open(path, &error));
        QVERIFY2(error.message.startsWith(path + QLatin1Char(':')), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("corrupt")) ||
                     error.message.contains(QStringLiteral("not a database")),
                 qPrintable(error.message));
    }

    void damagedDataPages()
    {
        const QString path = freshPath();
        {
            StoreError error;
            auto store = Store::open(path, &error);
            QVERIFY(store);
            for (int i = 0; i < 300; ++i) {
                Article a = makeArticle(QStringLiteral("big%1.txt").arg(i), QStringLiteral("خبر"),
                                        QStringLiteral("نص طويل رقم %1 ").arg(i).repeated(120));
                QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
            }
            QCOMPARE(sqlite3_exec(store->handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr),
                     SQLITE_OK);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        file.seek(size / 2);
        file.write(QByteArray(int(size / 5), '\x5A'));
        file.close();

        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        const QByteArray bytes = damaged.readAll();
        damaged.close();

        StoreError error;
        auto store = Store::open(path, &error); // the schema pages are intact: it opens, read-only
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->isReadOnly());
        QVERIFY2(store->damage().startsWith(path + QLatin1Char(':')) &&
                     store->damage().contains(QStringLiteral("damaged")),
                 qPrintable(store->damage()));
        // Every write is refused, saying why, and the file keeps every byte.
        Article extra = makeArticle(QStringLiteral("extra.txt"), QStringLiteral("خبر"), QStringLiteral("نص جديد"));
        QCOMPARE(store->addArticle(extra, &error), AddOutcome::Failed);
        QVERIFY2(error.message.contains(QStringLiteral("read-only")) && error.message.contains(path),
                 qPrintable(error.message));
        QList<Actor> actors;
        QList<Event> events;
        error = {};
        QVERIFY(!store->replaceExtraction(actors, events, &error));
        QVERIFY(error.message.contains(QStringLiteral("nothing was written")));
        Correction correction;
        correction.target = QStringLiteral("event:1");
        error = {};
        QVERIFY(!store->addCorrection(correction, &error));
        QVERIFY(error.message.contains(QStringLiteral("read-only")));
        QVERIFY(sqlite3_exec(store->handle(), "DELETE FROM articles WHERE id = 1", nullptr, nullptr, nullptr) !=
                SQLITE_OK); // query_only: not even a raw statement writes

        const QList<Article> articles = store->articles(true);
        QVERIFY(articles.size() < 300);
        QVERIFY2(store->readError().message.startsWith(path + QLatin1Char(':')),
                 qPrintable(store->readError().message));
        QVERIFY(store->readError().message.contains(QStringLiteral("corrupt")));
        store->loadDataset();
        QVERIFY(store->readError());
        // A read that goes well clears it.
        QVERIFY(store->article(1));
        QVERIFY(!store->readError());
        store.reset();
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        QCOMPARE(damaged.readAll(), bytes);
    }

    void newerSchema()
    {
        const QString path = freshPath();
        {
            StoreError error;
            QVERIFY(Store::open(path, &error));
        }
        QCOMPARE(rawExec(path, "PRAGMA user_version = 99"), SQLITE_OK);
        StoreError error;
        QVERIFY(!Store::open(path, &error));
        QVERIFY2(error.message.contains(path) && error.message.contains(QStringLiteral("newer")) &&
                     error.message.contains(QStringLiteral("v99")),
                 qPrintable(error.message));
    }

    void foreignSqliteFile()
    {
        const QString path = freshPath();
        QCOMPARE(rawExec(path, "CREATE TABLE recipes (name TEXT)"), SQLITE_OK);
        StoreError error;
        QVERIFY(!Store::open(path, &error));
        QVERIFY2(error.message.contains(path) && error.message.contains(QStringLiteral("not a Rasad")),
                 qPrintable(error.message));
    }

    void folderInsteadOfFile()
    {
        StoreError error;
        QVERIFY(!Store::open(m_dir.path(), &error));
        QVERIFY(error.message.contains(QStringLiteral("folder")));
    }

    void defaultPathIsInAppData()
    {
        const QString path = Store::defaultPath();
        QVERIFY(path.endsWith(QStringLiteral("/rasad.sqlite")));
    }
};

QTEST_APPLESS_MAIN(StoreTest)
#include "tst_store.moc"
