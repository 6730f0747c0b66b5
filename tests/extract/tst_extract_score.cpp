// End to end: import a corpus, extract, export as JSON and score it with the shared scorer against a
// hand-made gold file. Thresholds are those of issue 4; the scorer's headline is printed for the note.
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

class TestExtractScore final : public QObject
{
    Q_OBJECT

private:
    void score(const QString &corpus, const QString &gold)
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
        const ImportReport report = Ingestor(*store).importPaths({corpus});
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
            QVERIFY2(f1("events") >= 0.90, qPrintable(QString::number(f1("events"))));
            QVERIFY2(r.value(QLatin1String("dates")).toDouble() >= 0.85, out.constData());
            QVERIFY2(r.value(QLatin1String("merged")).toDouble() >= 0.999, out.constData());
            QVERIFY2(f1("actors") >= 0.90, qPrintable(QString::number(f1("actors"))));
            QVERIFY2(r.value(QLatin1String("countries")).toDouble() >= 0.999, out.constData());
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
        Ingestor(*store).importPaths({QStringLiteral(RASAD_SOURCE_DIR "/tests/data/articles")});
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
        QVERIFY2(extractAll(*store, &error), qPrintable(error.message));
        QCOMPARE(record(), first);
    }

    void ownArticles()
    {
        const QString articles = QStringLiteral(RASAD_SOURCE_DIR "/tests/data/articles");
        score(articles, articles + QStringLiteral("/articles.gold.json"));
    }
};

QTEST_APPLESS_MAIN(TestExtractScore)
#include "tst_extract_score.moc"
