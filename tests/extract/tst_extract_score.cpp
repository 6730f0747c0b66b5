// End to end: import a corpus, extract, export as JSON and score it with the shared scorer against a
// hand-made gold file. Thresholds are those of issue 4; the scorer's headline is printed for the note.
#include "../common/BundledGazetteer.h"
#include "export/JsonExporter.h"
#include "pipeline/Extraction.h"
#include "pipeline/Ingestor.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rasad;

namespace {

/** Floors the scorer's figures must reach; the defaults are the seeds' (and own articles') ones. */
struct Floors
{
    double events = 0.999, dates = 0.999, merged = 0.999, actors = 0.999, countries = 0.999;
    double participants = 0.999, actorPrecision = 0.999;
};

} // namespace

class TestExtractScore final : public QObject
{
    Q_OBJECT

private:
    void score(const QString &corpus, const QString &gold, const Floors &floors = Floors{})
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: the scorer cannot run");
        const QString scorer = QStringLiteral(RASAD_SHARED_DIR "/tools/score-extraction");
        if (!QFileInfo::exists(scorer))
            QSKIP("../shared/tools/score-extraction is not here");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StoreError error;
        std::unique_ptr<Store> store = Store::open(dir.filePath(QStringLiteral("score.sqlite")), &error);
        QVERIFY2(store, qPrintable(error.message));
        const ImportReport report = Ingestor(*store, test::bundledGazetteer()).importPaths({corpus});
        QVERIFY(report.count(ImportItem::Status::Imported) > 0);
        QCOMPARE(report.count(ImportItem::Status::Failed), 0);

        const QString exportPath = dir.filePath(QStringLiteral("export.json"));
        QString writeError;
        QVERIFY2(JsonExporter(store->loadDataset()).writeFile(exportPath, &writeError), qPrintable(writeError));

        for (const bool json : {false, true}) {
            QProcess process;
            QStringList args{scorer, exportPath, gold};
            if (json)
                args << QStringLiteral("--json");
            else
                args << QStringLiteral("--verbose");
            process.start(python, args);
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            const QByteArray out = process.readAllStandardOutput();
            if (!json) {
                qInfo().noquote() << QString::fromUtf8(out).trimmed();
                continue;
            }
            const QJsonObject r = QJsonDocument::fromJson(out).object();
            QVERIFY2(!r.isEmpty(), out.constData());
            const auto f1 = [&](const char *key) {
                return r.value(QLatin1String(key)).toObject().value(QLatin1String("f1")).toDouble();
            };
            QVERIFY2(f1("events") >= floors.events, qPrintable(QString::number(f1("events"))));
            QVERIFY2(r.value(QLatin1String("dates")).toDouble() >= floors.dates, out.constData());
            QVERIFY2(r.value(QLatin1String("merged")).toDouble() >= floors.merged, out.constData());
            QVERIFY2(f1("actors") >= floors.actors, qPrintable(QString::number(f1("actors"))));
            QVERIFY2(r.value(QLatin1String("countries")).toDouble() >= floors.countries, out.constData());
            QVERIFY2(f1("participants") >= floors.participants, out.constData());
            QVERIFY2(r.value(QLatin1String("actors")).toObject().value(QLatin1String("precision")).toDouble() >=
                         floors.actorPrecision,
                     out.constData());
        }
    }

private slots:
    void seeds()
    {
        const QString seeds = QStringLiteral(RASAD_SHARED_DIR "/seeds");
        if (!QFileInfo::exists(seeds))
            QSKIP("../shared/seeds is not here");
        score(seeds, QStringLiteral(RASAD_SHARED_DIR "/gold/seeds.gold.json"));
    }

    void reextractionIsIdempotent()
    {
        QTemporaryDir dir;
        StoreError error;
        std::unique_ptr<Store> store = Store::open(dir.filePath(QStringLiteral("idem.sqlite")), &error);
        QVERIFY2(store, qPrintable(error.message));
        Ingestor(*store, test::bundledGazetteer())
            .importPaths({QStringLiteral(RASAD_SOURCE_DIR "/tests/data/articles")});
        const auto record = [&] {
            QJsonObject json = JsonExporter(store->loadDataset()).toJson();
            QJsonArray events = json.value(QLatin1String("events")).toArray();
            for (int i = 0; i < events.size(); ++i) { // event ids are new rows; everything else must repeat
                QJsonObject e = events.at(i).toObject();
                e.remove(QLatin1String("id"));
                events[i] = e;
            }
            json.insert(QLatin1String("events"), events);
            return json;
        };
        const QJsonObject first = record();
        QVERIFY(!first.value(QLatin1String("events")).toArray().isEmpty());
        QVERIFY2(extractAll(*store, test::bundledGazetteer(), &error), qPrintable(error.message));
        QCOMPARE(record(), first);
    }

    void realDev()
    {
        // 63 real pages from public sites (read from ../shared, never copied here). The floors sit a little
        // under what extraction reaches now (2026-12-03, stop 22: events 0.98, dates 0.92, participants 1.00,
        // actors 0.96 with precision 1.00, countries 1.00, merged 0.83), so that no change undoes it silently.
        const QString corpus = QStringLiteral(RASAD_SHARED_DIR "/corpus/real-dev");
        if (!QFileInfo::exists(corpus + QStringLiteral("/gold.json")))
            QSKIP("../shared/corpus/real-dev is not here");
        Floors floors;
        floors.events = 0.95;
        floors.dates = 0.88;
        floors.merged = 0.78;
        floors.actors = 0.93;
        floors.countries = 0.96;
        floors.participants = 0.97;
        floors.actorPrecision = 0.97;
        score(corpus, corpus + QStringLiteral("/gold.json"), floors);
    }

    void ownArticles()
    {
        const QString articles = QStringLiteral(RASAD_SOURCE_DIR "/tests/data/articles");
        score(articles, articles + QStringLiteral("/articles.gold.json"));
    }
};

QTEST_APPLESS_MAIN(TestExtractScore)
#include "tst_extract_score.moc"
