// JSON and CSV export of a Dataset: the contract in ../shared/EXPORT-FORMAT.md, UTF-8 without
// escapes, CSV with BOM and RFC 4180 quoting; the filter and the format switch the explorer and
// rasad-cli export share. The files are also read back with the readers researchers use: networkx
// for GEXF and GraphML, Python's csv module, LibreOffice where it is installed.
#include "export/CsvExporter.h"
#include "export/DatasetWriter.h"
#include "export/GraphExporter.h"
#include "export/JsonExporter.h"
#include "model/EventFilter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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

/**
 * Two people who met in July and again in December, a month-long visit with a day inside it, an
 * undated meeting and a planned one: what a network's dates must tell apart.
 */
Dataset networkDataset()
{
    Dataset d;
    auto person = [&d](qint64 id, const QString &name, const QString &country) {
        Actor a;
        a.id = id;
        a.key = QStringLiteral("test:%1").arg(id);
        a.name = name;
        a.country = country;
        d.actors.append(a);
    };
    person(1, QStringLiteral("سامر الحلبي"), QStringLiteral("SY"));
    person(2, QStringLiteral("إيغور بتروف"), QStringLiteral("RU"));
    person(3, QStringLiteral("أوليغ سميرنوف"), QStringLiteral("RU"));
    auto contact = [&d](qint64 id, EventType type, QDate start, QDate end, QList<qint64> who) {
        Event e;
        e.id = id;
        e.type = type;
        if (start.isValid())
            e.date = FuzzyDate{start, end, start == end ? Granularity::Day : Granularity::Month, QTime(), QString()};
        for (qint64 actor : who)
            e.participants.append(Participant{actor, QString()});
        d.events.append(e);
        return &d.events.last();
    };
    contact(101, EventType::Meeting, QDate(2025, 7, 3), QDate(2025, 7, 3), {1, 2});
    contact(102, EventType::Call, QDate(2025, 12, 1), QDate(2025, 12, 2), {2, 1});
    contact(103, EventType::Visit, QDate(2025, 10, 1), QDate(2025, 10, 31), {1, 3});
    contact(104, EventType::Meeting, QDate(2025, 10, 15), QDate(2025, 10, 15), {3, 1});
    contact(105, EventType::Meeting, QDate(), QDate(), {2, 3});
    contact(106, EventType::Meeting, QDate(2025, 8, 1), QDate(2025, 8, 1), {2, 3})->planned = true;
    return d;
}

/** The sample with cells a spreadsheet would misread: a formula for a title, codes with a leading zero. */
Dataset spreadsheetDataset()
{
    Dataset d = sampleDataset();
    d.articles[1].title = QStringLiteral("=2+3");
    d.articles[1].source = QStringLiteral("@outlet");
    d.events[0].mergeNote = QStringLiteral("-2+3, two outlets");
    d.events[0].date.text = QStringLiteral("07"); // a bare day as written: text, not the number 7
    return d;
}

QString readExportsScript()
{
    return QStringLiteral(RASAD_SOURCE_DIR "/tests/store/read_exports.py");
}

/** Runs tests/store/read_exports.py; its JSON, or a reason to skip in `skip`, or a failure in `error`. */
QJsonDocument readWithPython(const QStringList &args, QString *skip, QString *error)
{
    QString python = QStringLiteral(RASAD_PYTHON);
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *skip = QStringLiteral("python3 is not installed");
        return {};
    }
    QProcess process;
    process.start(python, QStringList{readExportsScript()} + args);
    if (!process.waitForFinished(60000)) {
        *error = QStringLiteral("python did not finish: ") + process.errorString();
        return {};
    }
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 77) {
        *skip = stderrText.trimmed();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("read_exports.py failed: ") + stderrText;
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = QStringLiteral("read_exports.py printed no JSON: ") + parseError.errorString();
    return doc;
}

QJsonArray spell(const char *start, const char *end)
{
    return QJsonArray{QString::fromLatin1(start), QString::fromLatin1(end)};
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

    void csvFormulaGuard_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=2+3") << QStringLiteral("'=2+3");
        QTest::newRow("plus") << QStringLiteral("+7") << QStringLiteral("'+7");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("inside is harmless") << QStringLiteral("a=b+c") << QStringLiteral("a=b+c");
        QTest::newRow("arabic") << QStringLiteral("وفد روسي") << QStringLiteral("وفد روسي");
        QTest::newRow("code") << QStringLiteral("040") << QStringLiteral("040");
        QTest::newRow("empty") << QString() << QString();
    }

    void csvFormulaGuard()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::guarded(field), expected);
        // record() guards every cell, header or not.
        QCOMPARE(CsvExporter::record({field}), CsvExporter::quoted(expected) + QStringLiteral("\r\n"));
    }

    void csvQuotesTextAndLeavesNumbersBare()
    {
        // fromUtf8 drops the byte-order mark.
        const QString events = QString::fromUtf8(CsvExporter(spreadsheetDataset()).table(CsvExporter::Table::Events));
        const QStringList lines = events.split(QStringLiteral("\r\n"));
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("\"id\",\"type\",\"date_start\"")), qPrintable(lines.at(0)));
        // id, dates and confidence bare; type, codes and text quoted (empty cells stay empty).
        QVERIFY2(
            lines.at(1).startsWith(QStringLiteral("30,\"visit\",2025-02-01,2025-02-10,\"part-of-month\",\"07\",,")),
            qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",0.75,0,\"042\",")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("\"'-2+3, two outlets\"")), qPrintable(lines.at(1)));
    }

    void csvReadBackByPython()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(CsvExporter(spreadsheetDataset()).writeFolder(dir.path(), &error), qPrintable(error));
        QString skip;
        const QJsonObject tables = readWithPython({QStringLiteral("csv"), dir.path()}, &skip, &error).object();
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(tables.size(), CsvExporter::tables().size());
        for (CsvExporter::Table t : CsvExporter::tables()) {
            const QJsonArray rows = tables.value(CsvExporter::fileName(t)).toArray();
            QVERIFY2(!rows.isEmpty(), qPrintable(CsvExporter::fileName(t)));
            for (const QJsonValue &row : rows) // every row as wide as the header
                QCOMPARE(row.toArray().size(), rows.at(0).toArray().size());
        }
        const QJsonArray articles = tables.value(QStringLiteral("articles.csv")).toArray();
        QCOMPARE(articles.size(), 3);
        QCOMPARE(articles.at(0).toArray().at(0).toString(), QStringLiteral("id")); // the BOM is no part of it
        QCOMPARE(articles.at(1).toArray().at(3).toString(), QStringLiteral("وفد اقتصادي يصل إلى حمص"));
        QCOMPARE(articles.at(2).toArray().at(3).toString(), QStringLiteral("'=2+3"));
        QCOMPARE(articles.at(2).toArray().at(4).toString(), QStringLiteral("'@outlet"));
        const QJsonArray events = tables.value(QStringLiteral("events.csv")).toArray();
        QCOMPARE(events.at(0).toArray().at(13).toString(), QStringLiteral("cameo"));
        QCOMPARE(events.at(1).toArray().at(13).toString(), QStringLiteral("042"));
        QCOMPARE(events.at(1).toArray().at(5).toString(), QStringLiteral("07"));
        QCOMPARE(events.at(1).toArray().at(15).toString(), QStringLiteral("'-2+3, two outlets"));
        const QJsonArray sources = tables.value(QStringLiteral("sources.csv")).toArray();
        QCOMPARE(sources.at(1).toArray().at(5).toString(), QStringLiteral("استقبل المحافظ، أمس، الوفد \"الروسي\"."));
    }

    /** docs/csv.md's LibreOffice import, run headless: Arabic intact, codes text, no formula. */
    void csvOpensInLibreOffice()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice is not installed");
        QFile doc(QStringLiteral(RASAD_SOURCE_DIR "/docs/csv.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        // The filter as the doc gives it, so the doc cannot drift from what was tried.
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("--infilter=\"([^\"]+)\"")).match(QString::fromUtf8(doc.readAll()));
        QVERIFY2(m.hasMatch(), "docs/csv.md gives no --infilter");
        QTemporaryDir dir;
        QString error;
        QVERIFY2(CsvExporter(spreadsheetDataset()).writeFolder(dir.path(), &error), qPrintable(error));
        QProcess lo;
        lo.setWorkingDirectory(dir.path());
        lo.start(soffice,
                 {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                  QStringLiteral("--headless"), QStringLiteral("--infilter=") + m.captured(1),
                  QStringLiteral("--convert-to"), QStringLiteral("fods"), QStringLiteral("--outdir"), dir.path(),
                  dir.filePath(QStringLiteral("articles.csv")), dir.filePath(QStringLiteral("events.csv"))});
        QVERIFY2(lo.waitForFinished(120000), "LibreOffice did not finish");
        auto cells = [&](const char *name) {
            QFile file(dir.filePath(QLatin1String(name)));
            if (!file.open(QIODevice::ReadOnly))
                return QString();
            return QString::fromUtf8(file.readAll());
        };
        const QString articles = cells("articles.fods");
        QVERIFY2(!articles.isEmpty(), qPrintable(QString::fromUtf8(lo.readAllStandardError())));
        QVERIFY(articles.contains(QStringLiteral("وفد اقتصادي يصل إلى حمص")));
        QVERIFY(articles.contains(QStringLiteral("&apos;=2+3")));
        QVERIFY(!articles.contains(QStringLiteral("table:formula")));
        const QString events = cells("events.fods");
        QVERIFY(events.contains(QStringLiteral("<text:p>042</text:p>")));
        QVERIFY(events.contains(QStringLiteral("<text:p>07</text:p>")));
        QVERIFY(events.contains(QStringLiteral("office:value-type=\"float\" office:value=\"0.75\"")));
        QVERIFY(!events.contains(QStringLiteral("table:formula")));
    }

    void gexfHasOneSpellPerContact()
    {
        const QByteArray xml = GraphExporter(networkDataset()).toGexf();
        QVERIFY(xml.contains("xmlns=\"http://www.gexf.net/1.2draft\""));
        QVERIFY(xml.contains("version=\"1.2\""));
        // July and December stay apart; nothing joins them across the autumn.
        QVERIFY2(xml.contains("<spell start=\"2025-07-03\" end=\"2025-07-03\"/>"), xml.constData());
        QVERIFY(xml.contains("<spell start=\"2025-12-01\" end=\"2025-12-02\"/>"));
        QVERIFY(!xml.contains("<spell start=\"2025-07-03\" end=\"2025-12-02\"/>"));
    }

    void graphFilesReadByNetworkx()
    {
        QTemporaryDir dir;
        const GraphExporter exporter(networkDataset());
        const QString gexf = dir.filePath(QStringLiteral("net.gexf"));
        const QString graphml = dir.filePath(QStringLiteral("net.graphml"));
        QString error;
        QVERIFY2(exporter.writeFile(gexf, GraphExporter::Format::Gexf, &error), qPrintable(error));
        QVERIFY2(exporter.writeFile(graphml, GraphExporter::Format::GraphML, &error), qPrintable(error));
        QString skip;
        const QJsonObject read = readWithPython({QStringLiteral("graph"), gexf, graphml}, &skip, &error).object();
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("networkx %s", qPrintable(read.value(QStringLiteral("networkx")).toString()));

        for (const char *format : {"gexf", "graphml"}) {
            const QJsonObject graph = read.value(QLatin1String(format)).toObject();
            QVERIFY2(!graph.value(QStringLiteral("directed")).toBool(), format);
            const QJsonObject nodes = graph.value(QStringLiteral("nodes")).toObject();
            QCOMPARE(nodes.keys(), (QStringList{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")}));
            QCOMPARE(nodes.value(QStringLiteral("n2")).toObject().value(QStringLiteral("label")).toString(),
                     QStringLiteral("إيغور بتروف"));
            QCOMPARE(nodes.value(QStringLiteral("n1")).toObject().value(QStringLiteral("contacts")).toInt(), 4);
            QCOMPARE(nodes.value(QStringLiteral("n1")).toObject().value(QStringLiteral("spells")).toArray(),
                     (QJsonArray{spell("2025-07-03", "2025-07-03"), spell("2025-10-01", "2025-10-31"),
                                 spell("2025-12-01", "2025-12-02")}));

            // The planned meeting links nobody; the undated one links 2 and 3 without a date.
            const QJsonArray edges = graph.value(QStringLiteral("edges")).toArray();
            QCOMPARE(edges.size(), 3);
            auto edge = [&](int i, const char *key) { return edges.at(i).toObject().value(QLatin1String(key)); };
            QCOMPARE(edge(0, "source").toString(), QStringLiteral("n1"));
            QCOMPARE(edge(0, "target").toString(), QStringLiteral("n2"));
            QCOMPARE(edge(0, "weight").toDouble(), 2.0);
            QCOMPARE(edge(0, "types").toString(), QStringLiteral("meeting,call"));
            QCOMPARE(edge(0, "spells").toArray(),
                     (QJsonArray{spell("2025-07-03", "2025-07-03"), spell("2025-12-01", "2025-12-02")}));
            // A day inside a month-long contact joins it: Gephi refuses overlapping spells.
            QCOMPARE(edge(1, "target").toString(), QStringLiteral("n3"));
            QCOMPARE(edge(1, "weight").toDouble(), 2.0);
            QCOMPARE(edge(1, "spells").toArray(), (QJsonArray{spell("2025-10-01", "2025-10-31")}));
            QCOMPARE(edge(2, "source").toString(), QStringLiteral("n2"));
            QCOMPARE(edge(2, "weight").toDouble(), 1.0);
            QCOMPARE(edge(2, "spells").toArray(), QJsonArray());
        }
        QCOMPARE(read.value(QStringLiteral("gexf")).toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("dynamic"));
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
