// Store throughput: articles added one transaction each, full-text search, replacing a large
// extraction, loading the dataset and exporting it. Prints figures; never fails on timing.
#include "export/JsonExporter.h"
#include "pipeline/Hashing.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace rasad;

namespace {

/** Process CPU seconds: on a shared machine wall time says more about the neighbours than about us. */
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// Synthetic vocabulary: common news words with tashkeel and letter variants, so the key and the
// index see realistic input. Not taken from any article.
const QStringList kWords{
    QStringLiteral("التقى"),    QStringLiteral("وزير"),     QStringLiteral("الخارجيةُ"), QStringLiteral("وفد"),
    QStringLiteral("اقتصادي"),  QStringLiteral("بحث"),      QStringLiteral("التعاون"),  QStringLiteral("المشترك"),
    QStringLiteral("في"),       QStringLiteral("مجالات"),   QStringLiteral("الطاقة"),   QStringLiteral("والنقل"),
    QStringLiteral("أكد"),      QStringLiteral("الجانبان"), QStringLiteral("أهمية"),    QStringLiteral("العلاقات"),
    QStringLiteral("الثنائية"), QStringLiteral("مدينة"),    QStringLiteral("إلى"),      QStringLiteral("على"),
    QStringLiteral("مُستشار"),   QStringLiteral("سفير"),     QStringLiteral("اتفاقية"),  QStringLiteral("تجارية"),
    QStringLiteral("مؤتمر"),    QStringLiteral("صحفي"),     QStringLiteral("كانـون"),   QStringLiteral("الثاني"),
    QStringLiteral("مشروع"),    QStringLiteral("القمح"),    QStringLiteral("الموانئ"),  QStringLiteral("مستشفى")};

QString sentence(QRandomGenerator &rng, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << kWords.at(int(rng.bounded(qsizetype(kWords.size()))));
    return out.join(QLatin1Char(' ')) + QStringLiteral(".");
}

} // namespace

int main()
{
    rasad::useReproducibleHashing(); // as rasad and rasad-cli do
    QTemporaryDir dir;
    // RASAD_BENCH_DB keeps the file for a closer look (sqlite3 .timer); it must not exist yet.
    const QString path = qEnvironmentVariableIsSet("RASAD_BENCH_DB") ? qEnvironmentVariable("RASAD_BENCH_DB")
                                                                     : dir.filePath(QStringLiteral("bench.sqlite"));
    StoreError error;
    auto store = Store::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QRandomGenerator rng(2024);
    constexpr int kArticles = 5000;
    QList<Article> articles;
    qint64 bytes = 0;
    for (int i = 0; i < kArticles; ++i) {
        Article a;
        a.fileName = QStringLiteral("article_%1.txt").arg(i, 5, 10, QLatin1Char('0'));
        a.title = sentence(rng, 8);
        QString text;
        for (int s = 0; s < 12; ++s)
            text += sentence(rng, 14) + QLatin1Char('\n');
        text += QStringLiteral("رقم %1").arg(i); // every text differs
        a.originalText = text;
        bytes += text.toUtf8().size();
        articles << a;
    }

    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    for (Article &a : articles)
        if (store->addArticle(a, &error) != AddOutcome::Inserted) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
    const double addSeconds = timer.nsecsElapsed() / 1e9;
    const double addCpu = cpuSeconds() - cpu;
    std::printf("add:      %d articles (%.1f MB), one transaction each, in %.2f s wall / %.2f s CPU: "
                "%.0f articles/s (%.0f per CPU second), %.1f MB/s\n",
                kArticles, bytes / 1e6, addSeconds, addCpu, kArticles / addSeconds, kArticles / addCpu,
                bytes / 1e6 / addSeconds);

    timer.restart();
    int duplicates = 0;
    for (int i = 0; i < 1000; ++i) {
        Article again = articles.at(i);
        again.id = 0;
        duplicates += store->addArticle(again, &error) == AddOutcome::Duplicate ? 1 : 0;
    }
    std::printf("re-add:   1000 duplicates detected in %.0f ms\n", timer.nsecsElapsed() / 1e6);

    const QStringList queries{QStringLiteral("مستشار"), QStringLiteral("كانون الثاني"), QStringLiteral("الطاقه"),
                              QStringLiteral("اتفاقيه تجاريه"), QStringLiteral("القمح الموانئ")};
    timer.restart();
    cpu = cpuSeconds();
    int hits = 0;
    for (int round = 0; round < 20; ++round)
        for (const QString &q : queries)
            hits += int(store->search(q, 50).size());
    std::printf("search:   100 queries matching most of the %d articles (limit 50, snippets): %.1f ms/query wall, "
                "%.1f ms CPU, %d hits\n",
                kArticles, timer.nsecsElapsed() / 1e6 / 100, (cpuSeconds() - cpu) * 10, hits);
    timer.restart();
    cpu = cpuSeconds();
    hits = 0;
    for (int i = 0; i < 100; ++i)
        hits += int(store->search(QStringLiteral("رقم %1").arg(i * 37), 50).size());
    std::printf("search:   100 selective queries (one article each): %.2f ms/query wall, %.2f ms CPU, %d hits\n",
                timer.nsecsElapsed() / 1e6 / 100, (cpuSeconds() - cpu) * 10, hits);

    QList<Actor> actors;
    for (int i = 0; i < 1000; ++i) {
        Actor a;
        a.key = QStringLiteral("bench:%1").arg(i);
        a.name = QStringLiteral("شخص %1").arg(i);
        a.aliases = {QStringLiteral("الشخص %1").arg(i)};
        a.roles = {
            Role{QStringLiteral("وزير"), QString(), QString(), QStringLiteral("SY"), QDate(2020, 1, 1), QDate()}};
        actors << a;
    }
    QList<Event> events;
    for (int i = 0; i < 5000; ++i) {
        Event e;
        e.type = EventType::Meeting;
        e.date = FuzzyDate{QDate(2024, 1, 1).addDays(i % 700), QDate(2024, 1, 1).addDays(i % 700), Granularity::Day,
                           QTime(), QStringLiteral("أمس")};
        e.location = QStringLiteral("مدينة %1").arg(i % 40);
        e.participants = {Participant{i % 1000, QStringLiteral("host")},
                          Participant{(i * 7 + 1) % 1000, QStringLiteral("guest")}};
        e.sources = {EventSource{articles.at(i % kArticles).id, QString(), 0, 40, QStringLiteral("جملة"), 0.8, e.date}};
        events << e;
    }
    QList<Actor> actorsAgain = actors;
    QList<Event> eventsAgain = events;
    timer.restart();
    if (!store->replaceExtraction(actors, events, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    std::printf("extract:  replaceExtraction 1000 actors / 5000 events (first) in %.0f ms\n",
                timer.nsecsElapsed() / 1e6);
    timer.restart();
    store->replaceExtraction(actorsAgain, eventsAgain, &error);
    std::printf("extract:  replaceExtraction again (ids kept) in %.0f ms\n", timer.nsecsElapsed() / 1e6);

    timer.restart();
    const Dataset data = store->loadDataset();
    std::printf("load:     loadDataset (%lld articles, %lld actors, %lld events) in %.0f ms\n",
                qlonglong(data.articles.size()), qlonglong(data.actors.size()), qlonglong(data.events.size()),
                timer.nsecsElapsed() / 1e6);
    timer.restart();
    const QByteArray json = JsonExporter(data).toBytes();
    std::printf("export:   JSON %.1f MB in %.0f ms\n", json.size() / 1e6, timer.nsecsElapsed() / 1e6);
    store.reset();
    std::printf("file:     %.1f MB on disk (plus WAL %.1f MB)\n", QFileInfo(path).size() / 1e6,
                QFileInfo(path + QStringLiteral("-wal")).size() / 1e6);
    return duplicates == 1000 ? 0 : 1;
}
