// JSON and CSV export of a Dataset: the contract in ../shared/EXPORT-FORMAT.md, UTF-8 without
// escapes, CSV with BOM and RFC 4180 quoting; the filter and the format switch the explorer and
// rasad-cli export share.
#include "export/CsvExporter.h"
#include "export/DatasetWriter.h"
#include "export/JsonExporter.h"
#include "model/EventFilter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rasad;

namespace {

Dataset sampleDataset()
{
    Dataset d;
    Article a;
    a.id = 4;
    a.fileName = QStringLiteral("042_enab.txt");
    a.title = QStringLiteral("وفد اقتصادي يصل إلى حمص");
    a.source = QStringLiteral("enabbaladi");
    a.url = QStringLiteral("https://example.org/x");
    a.published = QDate(2025, 2, 14);
    a.publishedOrigin = DateOrigin::Text;
    a.contentHash = "abc123";
    a.version = 2;
    Article b;
    b.id = 5;
    b.fileName = QStringLiteral("no_date.html");
    b.title = QStringLiteral("Title, with \"quotes\"\nand a line break");
    d.articles = {a, b};

    Actor host;
    host.id = 11;
    host.key = QStringLiteral("discovered:نادر عيسى");
    host.name = QStringLiteral("نادر عيسى");
    host.country = QStringLiteral("SY");
    host.aliases = {QStringLiteral("عيسى"), QStringLiteral("المحافظ نادر عيسى")};
    host.roles = {Role{QStringLiteral("محافظ حمص"), QStringLiteral("Governor of Homs"), QString(), QStringLiteral("SY"),
                       QDate(2024, 6, 1), QDate()}};
    host.discovered = true;
    Actor guest;
    guest.id = 12;
    guest.key = QStringLiteral("test:orlov");
    guest.name = QStringLiteral("سيرغي أورلوف");
    guest.nameEn = QStringLiteral("Sergei Orlov");
    guest.country = QStringLiteral("RU");
    Actor org;
    org.id = 13;
    org.key = QStringLiteral("org:chamber");
    org.kind = ActorKind::Organization;
    org.name = QStringLiteral("غرفة التجارة");
    org.mentionOnly = true;
    d.actors = {host, guest, org};

    Event visit;
    visit.id = 30;
    visit.type = EventType::Visit;
    visit.date = FuzzyDate{QDate(2025, 2, 1), QDate(2025, 2, 10), Granularity::PartOfMonth, QTime(),
                           QStringLiteral("مطلع شباط")};
    visit.dateSource = DateSource::GoverningExpression;
    visit.location = QStringLiteral("حمص");
    visit.locationCountry = QStringLiteral("SY");
    visit.participants = {Participant{11, QStringLiteral("host")}, Participant{12, QStringLiteral("guest")}};
    visit.topics = {QStringLiteral("economy")};
    visit.confidence = 0.75;
    visit.cameo = QStringLiteral("042");
    visit.flags = {QStringLiteral("place: حمص vs حماة")};
    visit.mergeNote = QStringLiteral("two outlets, same delegation");
    visit.sources = {EventSource{4, QStringLiteral("042_enab.txt"), 120, 210,
                                 QStringLiteral("استقبل المحافظ، أمس، الوفد \"الروسي\"."), 0.75, visit.date}};
    Event undated;
    undated.id = 31;
    undated.type = EventType::Call;
    undated.planned = true;
    undated.participants = {Participant{12, QString()}};
    d.events = {visit, undated};
    return d;
}

/** Parses CSV per RFC 4180 (the reader a spreadsheet uses), for checking what we wrote. */
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class ExportersTest final : public QObject
{
    Q_OBJECT

private slots:
    void jsonFollowsTheFormat()
    {
        const QByteArray bytes = JsonExporter(sampleDataset()).toBytes();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("rasad-export"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);

        const QJsonArray articles = root.value(QStringLiteral("articles")).toArray();
        QCOMPARE(articles.size(), 2);
        for (const QJsonValue &v : articles)
            for (const char *key : {"id", "file", "title", "source", "published", "published_origin"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        QCOMPARE(articles.at(0)[QStringLiteral("published")].toString(), QStringLiteral("2025-02-14"));
        QCOMPARE(articles.at(0)[QStringLiteral("published_origin")].toString(), QStringLiteral("text"));
        QVERIFY(articles.at(1)[QStringLiteral("published")].isNull());
        QCOMPARE(articles.at(1)[QStringLiteral("published_origin")].toString(), QStringLiteral("unknown"));

        const QJsonArray actors = root.value(QStringLiteral("actors")).toArray();
        QCOMPARE(actors.size(), 3);
        for (const QJsonValue &v : actors)
            for (const char *key : {"id", "kind", "name", "name_en", "country", "aliases", "roles", "discovered",
                                    "verified", "mention_only"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        const QJsonObject host = actors.at(0).toObject();
        QCOMPARE(host[QStringLiteral("id")].toInteger(), 11);
        QCOMPARE(host[QStringLiteral("kind")].toString(), QStringLiteral("person"));
        QCOMPARE(host[QStringLiteral("country")].toString(), QStringLiteral("SY"));
        QCOMPARE(host[QStringLiteral("aliases")].toArray().size(), 2);
        const QJsonObject role = host[QStringLiteral("roles")].toArray().at(0).toObject();
        QCOMPARE(role[QStringLiteral("title")].toString(), QStringLiteral("محافظ حمص"));
        QCOMPARE(role[QStringLiteral("from")].toString(), QStringLiteral("2024-06-01"));
        QVERIFY(role[QStringLiteral("to")].isNull());
        QVERIFY(host[QStringLiteral("discovered")].toBool());
        QCOMPARE(actors.at(2)[QStringLiteral("kind")].toString(), QStringLiteral("organization"));
        QVERIFY(actors.at(2)[QStringLiteral("country")].isNull());
        QVERIFY(actors.at(2)[QStringLiteral("mention_only")].toBool());

        // Contacts that took place under "events"; the planned call apart, under "unconfirmed_events".
        QJsonArray events = root.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        const QJsonArray unconfirmed = root.value(QStringLiteral("unconfirmed_events")).toArray();
        QCOMPARE(unconfirmed.size(), 1);
        QCOMPARE(unconfirmed.at(0).toObject()[QStringLiteral("factuality")].toString(), QStringLiteral("planned"));
        events.append(unconfirmed.at(0));
        for (const QJsonValue &v : events)
            for (const char *key : {"id", "type", "date", "location", "participants", "topics", "confidence", "sources",
                                    "cameo", "planned", "date_source", "flags", "merge_note", "factuality", "why"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        const QJsonObject visit = events.at(0).toObject();
        QCOMPARE(visit[QStringLiteral("type")].toString(), QStringLiteral("visit"));
        const QJsonObject date = visit[QStringLiteral("date")].toObject();
        QCOMPARE(date[QStringLiteral("start")].toString(), QStringLiteral("2025-02-01"));
        QCOMPARE(date[QStringLiteral("end")].toString(), QStringLiteral("2025-02-10"));
        QCOMPARE(date[QStringLiteral("granularity")].toString(), QStringLiteral("part-of-month"));
        QCOMPARE(date[QStringLiteral("text")].toString(), QStringLiteral("مطلع شباط"));
        QCOMPARE(visit[QStringLiteral("date_source")].toString(), QStringLiteral("governing"));
        QCOMPARE(visit[QStringLiteral("participants")].toArray(), (QJsonArray{11, 12}));
        QCOMPARE(visit[QStringLiteral("cameo")].toString(), QStringLiteral("042"));
        QCOMPARE(visit[QStringLiteral("flags")].toArray().size(), 1);
        const QJsonObject source = visit[QStringLiteral("sources")].toArray().at(0).toObject();
        QCOMPARE(source[QStringLiteral("article")].toInteger(), 4);
        QCOMPARE(source[QStringLiteral("file")].toString(), QStringLiteral("042_enab.txt"));
        QCOMPARE(source[QStringLiteral("start")].toInt(), 120);
        QCOMPARE(source[QStringLiteral("end")].toInt(), 210);
        QCOMPARE(source[QStringLiteral("evidence")].toString(),
                 QStringLiteral("استقبل المحافظ، أمس، الوفد \"الروسي\"."));
        const QJsonObject call = events.at(1).toObject();
        QVERIFY(call[QStringLiteral("date")].isNull()); // no date at all → null, never the publication date
        QVERIFY(call[QStringLiteral("location")].isNull());
        QVERIFY(call[QStringLiteral("planned")].toBool());
    }

    void jsonWritesArabicAsCharacters()
    {
        const QByteArray bytes = JsonExporter(sampleDataset()).toBytes();
        QVERIFY(!bytes.contains("\\u"));
        QVERIFY(bytes.contains(QStringLiteral("\"name\": \"سيرغي أورلوف\"").toUtf8()));
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // JSON carries no BOM
    }

    void jsonFileIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QString error;
        QVERIFY(JsonExporter(sampleDataset()).writeFile(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), JsonExporter(sampleDataset()).toBytes());

        const QString bad = dir.filePath(QStringLiteral("no/such/folder/out.json"));
        QVERIFY(!JsonExporter(sampleDataset()).writeFile(bad, &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
    }

    void emptyDatasetIsValidJson()
    {
        const QJsonObject root = QJsonDocument::fromJson(JsonExporter(Dataset{}).toBytes()).object();
        QCOMPARE(root[QStringLiteral("articles")].toArray().size(), 0);
        QVERIFY(root[QStringLiteral("events")].isArray());
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("دمشق") << QStringLiteral("دمشق");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("arabic comma stays bare") << QStringLiteral("أ، ب") << QStringLiteral("أ، ب");
        QTest::newRow("empty") << QString() << QString();
    }

    void csvQuoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::quoted(field), expected);
    }

    void csvTablesHaveBomAndParseBack()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("csv/nested"));
        QString error;
        QVERIFY2(CsvExporter(sampleDataset()).writeFolder(folder, &error), qPrintable(error));
        for (CsvExporter::Table t : CsvExporter::tables()) {
            QFile file(QDir(folder).filePath(CsvExporter::fileName(t)));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            QVERIFY(bytes.endsWith("\r\n"));
        }
        auto rowsOf = [&](const char *name) {
            QFile file(QDir(folder).filePath(QLatin1String(name)));
            file.open(QIODevice::ReadOnly);
            return parseCsv(QString::fromUtf8(file.readAll().mid(3)));
        };
        const QList<QStringList> articles = rowsOf("articles.csv");
        QCOMPARE(articles.size(), 3);
        QCOMPARE(articles.at(0).first(), QStringLiteral("id"));
        QCOMPARE(articles.at(2).at(3), QStringLiteral("Title, with \"quotes\"\nand a line break"));
        QCOMPARE(articles.at(1).at(3), QStringLiteral("وفد اقتصادي يصل إلى حمص"));
        for (const QStringList &row : articles)
            QCOMPARE(row.size(), articles.at(0).size());

        const QList<QStringList> actors = rowsOf("actors.csv");
        QCOMPARE(actors.size(), 4);
        QCOMPARE(actors.at(1).at(6), QStringLiteral("عيسى | المحافظ نادر عيسى"));
        QCOMPARE(rowsOf("roles.csv").size(), 2);
        const QList<QStringList> events = rowsOf("events.csv");
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(2).at(2), QString()); // undated: empty, not a made-up date
        const QList<QStringList> participants = rowsOf("participants.csv");
        QCOMPARE(participants.size(), 4);
        QCOMPARE(participants.at(2), (QStringList{QStringLiteral("30"), QStringLiteral("12"),
                                                  QStringLiteral("سيرغي أورلوف"), QStringLiteral("guest")}));
        const QList<QStringList> sources = rowsOf("sources.csv");
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(1).at(5), QStringLiteral("استقبل المحافظ، أمس، الوفد \"الروسي\"."));
    }

    void csvRefusesAFileAsFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString error;
        QVERIFY(!CsvExporter(sampleDataset()).writeFolder(path, &error));
        QVERIFY(error.contains(path));
    }

    void filterKeepsWhatItsEventsName()
    {
        const Dataset all = sampleDataset();
        EventFilter filter;
        filter.countries = {QStringLiteral("SY")};
        Dataset shown = filteredDataset(all, filter);
        QCOMPARE(shown.events.size(), 1); // the visit: the call's only participant is Russian
        QCOMPARE(shown.events.first().id, 30);
        QCOMPARE(shown.actors.size(), 2); // host and guest; the organisation is in no event
        QCOMPARE(shown.articles.size(), 1);
        QCOMPARE(shown.articles.first().id, 4);

        // Fields together must all hold; values within one are alternatives.
        filter = {};
        filter.types = {QStringLiteral("visit"), QStringLiteral("call")};
        QCOMPARE(filteredDataset(all, filter).events.size(), 2);
        filter.actorIds = {11};
        QCOMPARE(filteredDataset(all, filter).events.size(), 1);
        filter.topics = {QStringLiteral("military")};
        QCOMPARE(filteredDataset(all, filter).events.size(), 0);

        // A date range keeps what reaches into it, and the undated (as the filter bar does).
        filter = {};
        filter.from = QDate(2025, 2, 10); // the visit's last day
        QCOMPARE(filteredDataset(all, filter).events.size(), 2);
        filter.from = QDate(2025, 2, 11);
        shown = filteredDataset(all, filter);
        QCOMPARE(shown.events.size(), 1);
        QCOMPARE(shown.events.first().id, 31);
        QVERIFY(shown.articles.isEmpty());
    }

    void writerKnowsEveryFormat()
    {
        const QList<DatasetWriter::Format> formats = DatasetWriter::formats();
        QCOMPARE(formats.size(), 5);
        for (const DatasetWriter::Format format : formats) {
            const QString name = DatasetWriter::formatName(format);
            QCOMPARE(DatasetWriter::formatFromName(name), std::optional(format));
            QCOMPARE(DatasetWriter::formatFromName(name.toUpper()), std::optional(format));
            const QByteArray bytes = DatasetWriter(sampleDataset()).toBytes(format);
            QCOMPARE(bytes.isEmpty(), DatasetWriter::writesFolder(format));
        }
        QVERIFY(!DatasetWriter::formatFromName(QStringLiteral("pdf")));
        QCOMPARE(DatasetWriter::formatForPath(QStringLiteral("a/b.GEXF")), DatasetWriter::Format::Gexf);
        QCOMPARE(DatasetWriter::formatForPath(QStringLiteral("b.timeline.json")), DatasetWriter::Format::TimelineJs);
        QCOMPARE(DatasetWriter::formatForPath(QStringLiteral("b.graphml")), DatasetWriter::Format::GraphML);
        QCOMPARE(DatasetWriter::formatForPath(QStringLiteral("folder")), DatasetWriter::Format::Json);

        DatasetWriter writer(sampleDataset());
        writer.setTitle(QStringLiteral("عنوان"));
        const QJsonObject timeline =
            QJsonDocument::fromJson(writer.toBytes(DatasetWriter::Format::TimelineJs)).object();
        QCOMPARE(timeline[QStringLiteral("title")][QStringLiteral("text")][QStringLiteral("headline")].toString(),
                 QStringLiteral("عنوان"));
        QCOMPARE(timeline[QStringLiteral("events")].toArray().size(), 1); // the undated call has no place on it
    }
};

QTEST_APPLESS_MAIN(ExportersTest)
#include "tst_exporters.moc"
