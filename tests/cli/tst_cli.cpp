// rasad-cli end to end, run as users run it: the data commands (articles, actors, events, export in
// every format and with the filters, search), import from standard input, global options, exit
// codes, and every kind of unusable database file.
#include "../common/DamagedPage.h"
#include "store/Store.h"
#include "text/ArabicNormalizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sqlite3.h>

using namespace rasad;
using namespace rasad::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs rasad-cli with `input` on its standard input, which is then closed (a command reading it never waits). */
Run runCli(const QStringList &args, const QString &home, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep the default database of the person running the tests out of reach.
    env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    env.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RASAD_CLI_PATH), args);
    if (process.waitForStarted(60000)) {
        process.write(input);
        process.closeWriteChannel();
    }
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Article makeArticle(const QString &fileName, const QString &title, const QString &text)
{
    Article a;
    a.fileName = fileName;
    a.title = title;
    a.source = QStringLiteral("test-outlet");
    a.published = QDate(2025, 3, 9);
    a.publishedOrigin = DateOrigin::Manifest;
    a.encoding = QStringLiteral("UTF-8");
    a.originalText = text;
    a.normalizedText = matchingKey(text);
    return a;
}

/** A small project: two articles, three actors, two events. */
void fillProject(const QString &path)
{
    StoreError error;
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    Article one = makeArticle(QStringLiteral("sputnik_0309.txt"), QStringLiteral("مباحثات في موسكو"),
                              QStringLiteral("أجرى وزير الزراعة السوري باسل عُمران مباحثات في موسكو مع نظيره "
                                             "الروسي دميتري كوزنيتسوف حول توريد القمح."));
    Article two = makeArticle(QStringLiteral("sana_0310.txt"), QStringLiteral("اتصال هاتفي"),
                              QStringLiteral("تلقى الوزير عمران اتصالاً هاتفياً من مساعد وزير الخارجية الروسي."));
    QCOMPARE(store->addArticle(one, &error), AddOutcome::Inserted);
    QCOMPARE(store->addArticle(two, &error), AddOutcome::Inserted);

    Actor syrian;
    syrian.key = QStringLiteral("discovered:باسل عمران");
    syrian.name = QStringLiteral("باسل عُمران");
    syrian.country = QStringLiteral("SY");
    syrian.aliases = {QStringLiteral("عمران")};
    syrian.roles = {Role{QStringLiteral("وزير الزراعة"), QString(), QString(), QStringLiteral("SY"), QDate(), QDate()}};
    syrian.discovered = true;
    Actor russian;
    russian.key = QStringLiteral("test:kuznetsov");
    russian.name = QStringLiteral("دميتري كوزنيتسوف");
    russian.nameEn = QStringLiteral("Dmitry Kuznetsov");
    russian.country = QStringLiteral("RU");
    Actor ministry;
    ministry.key = QStringLiteral("org:mfa-ru");
    ministry.kind = ActorKind::Organization;
    ministry.name = QStringLiteral("وزارة الخارجية الروسية");
    ministry.country = QStringLiteral("RU");
    ministry.mentionOnly = true;
    QList<Actor> actors{syrian, russian, ministry};

    Event talks;
    talks.type = EventType::Meeting;
    talks.date = FuzzyDate{QDate(2025, 3, 8), QDate(2025, 3, 8), Granularity::Day, QTime(), QStringLiteral("أمس")};
    talks.location = QStringLiteral("موسكو");
    talks.locationCountry = QStringLiteral("RU");
    talks.participants = {Participant{0, QStringLiteral("guest")}, Participant{1, QStringLiteral("host")}};
    talks.topics = {QStringLiteral("economy")};
    talks.confidence = 0.9;
    talks.sources = {
        EventSource{one.id, QString(), 0, int(one.originalText.size()), one.originalText, 0.9, talks.date}};
    Event call;
    call.type = EventType::Call;
    call.participants = {Participant{0, QString()}};
    call.sources = {EventSource{two.id, QString(), 0, 20, QStringLiteral("تلقى الوزير"), 0.6, FuzzyDate{}}};
    QList<Event> events{call, talks}; // the undated call gets the lower id
    QVERIFY2(store->replaceExtraction(actors, events, &error), qPrintable(error.message));
}

constexpr int kLargeProjectArticles = 2000;

/**
 * A project of kLargeProjectArticles short articles (several to a page) and 20 events, event k read
 * from articles 100 k + 1 to 100 k + 100: every article is the source of one event.
 */
void fillLargeProject(const QString &path)
{
    StoreError error;
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    for (int i = 1; i <= kLargeProjectArticles; ++i) {
        Article a = makeArticle(QStringLiteral("bulk%1.txt").arg(i), QStringLiteral("خبر %1").arg(i),
                                QStringLiteral("التقى وزير الخارجية نظيره في دمشق، الخبر رقم %1.").arg(i));
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
    }
    Actor one;
    one.key = QStringLiteral("test:one");
    one.name = QStringLiteral("أسعد الشيباني");
    one.country = QStringLiteral("SY");
    QList<Actor> actors{one};
    QList<Event> events;
    for (int k = 0; k < 20; ++k) {
        Event e;
        e.type = EventType::Meeting;
        e.participants = {Participant{0, QString()}};
        for (int i = 1; i <= 100; ++i) {
            EventSource source;
            source.articleId = 100 * k + i;
            source.end = 10;
            source.evidence = QStringLiteral("التقى وزير");
            e.sources.append(source);
        }
        events << e;
    }
    QVERIFY2(store->replaceExtraction(actors, events, &error), qPrintable(error.message));
    QCOMPARE(sqlite3_exec(store->handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr), SQLITE_OK);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

/** How many elements named `name` a well-formed XML document has; -1 when it is not well-formed. */
int countElements(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader reader(xml);
    int n = 0;
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            ++n;
    if (reader.hasError()) {
        qWarning() << "not well-formed XML:" << reader.errorString() << "at line" << reader.lineNumber();
        return -1;
    }
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** How many events, actors and articles a Rasad JSON export holds, in that order. */
QList<qsizetype> recordSizes(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    return {root[QStringLiteral("events")].toArray().size(), root[QStringLiteral("actors")].toArray().size(),
            root[QStringLiteral("articles")].toArray().size()};
}

} // namespace

class CliTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString home() const { return m_dir.filePath(QStringLiteral("home")); }

private slots:
#ifdef RASAD_GUI_PATH
    void explorerAnswersHelpAndVersionWithoutADisplay()
    {
        // help2man and a terminal over ssh: no X, no Wayland, no offscreen platform asked for.
        for (const QString &option : {QStringLiteral("--version"), QStringLiteral("--help")}) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                env.remove(QString::fromLatin1(name));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(RASAD_GUI_PATH), {option});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(
                out.contains(option == QLatin1String("--version") ? QStringLiteral("rasad ") : QStringLiteral("--db")),
                qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
        }
    }
#endif

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(RASAD_CLI_PATH)), "rasad-cli is not built: " RASAD_CLI_PATH);
        QDir().mkpath(home());
        m_project = m_dir.filePath(QStringLiteral("project.sqlite"));
        fillProject(m_project);
    }

    void versionAndHelp()
    {
        Run r = runCli({QStringLiteral("--version")}, home());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("rasad-cli ")), qPrintable(r.out));
        r = runCli({QStringLiteral("--help")}, home());
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"articles", "actors", "events", "export", "search", "--db"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("--db without file") << QStringList{QStringLiteral("articles"), QStringLiteral("--db")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("articles"), QStringLiteral("--colour")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("events"), QStringLiteral("all")};
        QTest::newRow("export without --out")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("export unknown format")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml"),
                           QStringLiteral("--out"), QStringLiteral("x.xml")};
        QTest::newRow("export --format without value")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format")};
        const QString out = QStringLiteral("--out=-");
        QTest::newRow("export pdf") << QStringList{QStringLiteral("export"), QStringLiteral("--format=pdf"), out};
        QTest::newRow("export csv to stdout")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format=csv"), out};
        QTest::newRow("export bad --from")
            << QStringList{QStringLiteral("export"), out, QStringLiteral("--from"), QStringLiteral("2025-13-01")};
        QTest::newRow("export --to not a date")
            << QStringList{QStringLiteral("export"), out, QStringLiteral("--to"), QStringLiteral("yesterday")};
        QTest::newRow("export --from after --to") << QStringList{
            QStringLiteral("export"), out, QStringLiteral("--from=2025-03-09"), QStringLiteral("--to=2025-03-01")};
        QTest::newRow("export country not a code")
            << QStringList{QStringLiteral("export"), out, QStringLiteral("--country"), QStringLiteral("Syria")};
        QTest::newRow("export unknown type")
            << QStringList{QStringLiteral("export"), out, QStringLiteral("--type"), QStringLiteral("summit")};
        QTest::newRow("export unknown actor")
            << QStringList{QStringLiteral("export"), out, QStringLiteral("--actor"), QStringLiteral("Nobody Known")};
        QTest::newRow("export --actor without value")
            << QStringList{QStringLiteral("export"), out, QStringLiteral("--actor")};
        QTest::newRow("import - with another path")
            << QStringList{QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("a.txt")};
        QTest::newRow("import - with --manifest")
            << QStringList{QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--manifest=m.json")};
        QTest::newRow("import - bad --published") << QStringList{
            QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--published"), QStringLiteral("2025-02-30")};
        QTest::newRow("import file with --published")
            << QStringList{QStringLiteral("import"), QStringLiteral("a.txt"), QStringLiteral("--published=2025-02-03")};
        QTest::newRow("search without text") << QStringList{QStringLiteral("search")};
        QTest::newRow("search limit not a number") << QStringList{QStringLiteral("search"), QStringLiteral("قمح"),
                                                                  QStringLiteral("--limit"), QStringLiteral("many")};
        QTest::newRow("search limit zero")
            << QStringList{QStringLiteral("search"), QStringLiteral("قمح"), QStringLiteral("--limit=0")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = runCli(QStringList{QStringLiteral("--db"), m_project} + args, home());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
        if (!args.isEmpty())
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }

    void dbOptionBeforeOrAfterCommand()
    {
        const Run before = runCli({QStringLiteral("--db"), m_project, QStringLiteral("articles")}, home());
        const Run after = runCli({QStringLiteral("articles"), QStringLiteral("--db"), m_project}, home());
        const Run equals = runCli({QStringLiteral("articles"), QStringLiteral("--db=") + m_project}, home());
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(equals.exitCode, 0);
        QVERIFY(before.out.contains(QStringLiteral("sputnik_0309.txt")));
        QVERIFY(before.out.contains(QStringLiteral("مباحثات في موسكو")));
        QCOMPARE(after.out, before.out);
        QCOMPARE(equals.out, before.out);
        QVERIFY(before.out.contains(QStringLiteral("2 articles")));
    }

    void tablesAreAligned()
    {
        const Run r = runCli({QStringLiteral("--db"), m_project, QStringLiteral("actors")}, home());
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header, three actors, count
        QVERIFY(lines.at(0).startsWith(QStringLiteral("ID")));
        // The country column starts at the same character position on every row, Arabic names or not
        // (the tashkeel in "عُمران" takes no column).
        const qsizetype column = lines.at(0).indexOf(QStringLiteral("CC"));
        QVERIFY(column > 0);
        auto width = [](const QString &s) {
            int w = 0;
            for (const QChar c : s)
                w += c.category() == QChar::Mark_NonSpacing ? 0 : 1;
            return w;
        };
        for (int i = 1; i <= 3; ++i) {
            const QString &line = lines.at(i);
            qsizetype at = -1;
            for (const QString &cc : {QStringLiteral("SY"), QStringLiteral("RU")})
                if (line.contains(cc))
                    at = line.indexOf(cc);
            QVERIFY2(at > 0, qPrintable(line));
            QCOMPARE(width(line.left(at)), int(column));
        }
        QVERIFY(r.out.contains(QStringLiteral("discovered")));
        QVERIFY(r.out.contains(QStringLiteral("وزير الزراعة")));

        const Run events = runCli({QStringLiteral("--db"), m_project, QStringLiteral("events")}, home());
        QCOMPARE(events.exitCode, 0);
        QVERIFY(events.out.contains(QStringLiteral("2025-03-08")));
        QVERIFY(events.out.contains(QStringLiteral("باسل عُمران، دميتري كوزنيتسوف")));
        QVERIFY(events.out.contains(QStringLiteral("2 events")));
        // Dated events first, in time order; the undated call after them.
        QVERIFY(events.out.indexOf(QStringLiteral("2025-03-08")) < events.out.indexOf(QStringLiteral("call")));
    }

    void jsonListings()
    {
        for (const QString &command :
             {QStringLiteral("articles"), QStringLiteral("actors"), QStringLiteral("events")}) {
            const Run r = runCli({QStringLiteral("--db"), m_project, command, QStringLiteral("--json")}, home());
            QCOMPARE(r.exitCode, 0);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(doc.isArray());
            QCOMPARE(doc.array().size(), command == QLatin1String("actors") ? 3 : 2);
        }
    }

    void exportJson()
    {
        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        const Run r = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--out"), out, QStringLiteral("--db"), m_project},
                             home());
        QCOMPARE(r.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("\\u"));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("rasad-export"));
        QCOMPARE(root[QStringLiteral("articles")].toArray().size(), 2);
        QCOMPARE(root[QStringLiteral("actors")].toArray().size(), 3);
        const QJsonArray events = root[QStringLiteral("events")].toArray();
        QCOMPARE(events.size(), 2);
        // Participants are actor ids that exist; sources name their article and file.
        QSet<qint64> actorIds;
        for (const QJsonValue &a : root[QStringLiteral("actors")].toArray())
            actorIds.insert(a[QStringLiteral("id")].toInteger());
        for (const QJsonValue &e : events)
            for (const QJsonValue &p : e[QStringLiteral("participants")].toArray())
                QVERIFY(actorIds.contains(p.toInteger()));
        const QJsonObject meeting = events.at(0)[QStringLiteral("type")].toString() == QLatin1String("meeting")
                                        ? events.at(0).toObject()
                                        : events.at(1).toObject();
        const QJsonObject source = meeting[QStringLiteral("sources")].toArray().at(0).toObject();
        QCOMPARE(source[QStringLiteral("file")].toString(), QStringLiteral("sputnik_0309.txt"));
        QVERIFY(source[QStringLiteral("evidence")].toString().contains(QStringLiteral("كوزنيتسوف")));

        const Run toStdout = runCli(
            {QStringLiteral("--db"), m_project, QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("-")},
            home());
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out.toUtf8(), bytes);
    }

    void exportCsv()
    {
        const QString out = m_dir.filePath(QStringLiteral("csv"));
        const Run r = runCli({QStringLiteral("--db"), m_project, QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--out"), out},
                             home());
        QCOMPARE(r.exitCode, 0);
        for (const char *name : {"articles.csv", "actors.csv", "events.csv", "participants.csv", "sources.csv"}) {
            QFile file(QDir(out).filePath(QLatin1String(name)));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            QVERIFY(bytes.contains("\r\n"));
        }
        QFile actors(QDir(out).filePath(QStringLiteral("actors.csv")));
        QVERIFY(actors.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(actors.readAll()).contains(QStringLiteral("دميتري كوزنيتسوف")));

        const Run intoFile =
            runCli({QStringLiteral("--db"), m_project, QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("export.json"))},
                   home());
        QCOMPARE(intoFile.exitCode, 1);
        QVERIFY(intoFile.err.contains(QStringLiteral("export.json")));
    }

    void exportEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fileName");
        for (const char *format : {"json", "graphml", "gexf", "timelinejs", "csv"})
            QTest::newRow(format) << QString::fromLatin1(format)
                                  << QStringLiteral("every.%1").arg(QLatin1String(format));
    }

    void exportEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, fileName);
        const QString out = m_dir.filePath(fileName);
        const Run r = runCli({QStringLiteral("--db"), m_project, QStringLiteral("export"), QStringLiteral("--format"),
                              format, QStringLiteral("--out"), out},
                             home());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("as ") + format), qPrintable(r.err));
        if (format == QLatin1String("csv")) {
            QVERIFY(QFileInfo(out).isDir());
            QVERIFY(readAll(QDir(out).filePath(QStringLiteral("events.csv"))).startsWith("\xEF\xBB\xBF"));
            return;
        }
        const QByteArray bytes = readAll(out);
        if (format == QLatin1String("graphml")) {
            // Nodes are the actors who took part in a contact (the ministry is only mentioned).
            QCOMPARE(countElements(bytes, QStringLiteral("node")), 2);
            QCOMPARE(countElements(bytes, QStringLiteral("edge")), 1);
            QVERIFY(bytes.contains(QStringLiteral("دميتري كوزنيتسوف").toUtf8()));
        } else if (format == QLatin1String("gexf")) {
            QCOMPARE(countElements(bytes, QStringLiteral("gexf")), 1);
            QCOMPARE(countElements(bytes, QStringLiteral("node")), 2);
            QCOMPARE(countElements(bytes, QStringLiteral("edge")), 1);
            QVERIFY(bytes.contains("2025-03-08")); // dynamic: the contact's date is on its edge
        } else {
            QJsonParseError error;
            const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            if (format == QLatin1String("timelinejs")) {
                const QJsonArray events = root[QStringLiteral("events")].toArray();
                QCOMPARE(events.size(), 1); // the undated call cannot be placed on a timeline
                QCOMPARE(events.at(0)[QStringLiteral("start_date")][QStringLiteral("day")].toInt(), 8);
                QVERIFY(root.contains(QStringLiteral("title")));
            } else {
                QCOMPARE(recordSizes(bytes), (QList<qsizetype>{2, 3, 2}));
            }
        }

        // --out - prints the same file; without --format the name says which it is.
        const Run printed = runCli({QStringLiteral("--db"), m_project, QStringLiteral("export"),
                                    QStringLiteral("--format"), format, QStringLiteral("--out"), QStringLiteral("-")},
                                   home());
        QCOMPARE(printed.exitCode, 0);
        QCOMPARE(printed.out.toUtf8(), bytes);
        QVERIFY(printed.err.isEmpty());
        if (format != QLatin1String("timelinejs")) {
            const QString guessed = m_dir.filePath(QStringLiteral("guessed.") + format);
            QCOMPARE(
                runCli({QStringLiteral("--db"), m_project, QStringLiteral("export"), QStringLiteral("--out"), guessed},
                       home())
                    .exitCode,
                0);
            QCOMPARE(readAll(guessed), bytes);
        }
    }

    void exportFilters_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QList<qsizetype>>("sizes"); // events, actors, articles
        const QString meeting = QStringLiteral("meeting");
        QTest::newRow("no filter: everything") << QStringList{} << QList<qsizetype>{2, 3, 2};
        QTest::newRow("type call") << QStringList{QStringLiteral("--type"), QStringLiteral("call")}
                                   << QList<qsizetype>{1, 1, 1};
        QTest::newRow("type, either of two")
            << QStringList{QStringLiteral("--type=call"), QStringLiteral("--type=MEETING")}
            << QList<qsizetype>{2, 2, 2};
        QTest::newRow("country ru") << QStringList{QStringLiteral("--country"), QStringLiteral("ru")}
                                    << QList<qsizetype>{1, 2, 1};
        QTest::newRow("topic") << QStringList{QStringLiteral("--topic"), QStringLiteral("economy")}
                               << QList<qsizetype>{1, 2, 1};
        QTest::newRow("topic nobody has")
            << QStringList{QStringLiteral("--topic"), QStringLiteral("energy")} << QList<qsizetype>{0, 0, 0};
        QTest::newRow("actor by English name")
            << QStringList{QStringLiteral("--actor"), QStringLiteral("dmitry kuznetsov")} << QList<qsizetype>{1, 2, 1};
        QTest::newRow("actor by alias, without tashkeel")
            << QStringList{QStringLiteral("--actor"), QStringLiteral("عمران")} << QList<qsizetype>{2, 2, 2};
        QTest::newRow("from: after the meeting, the undated call stays")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2025-03-09")} << QList<qsizetype>{1, 1, 1};
        QTest::newRow("from and to around the meeting")
            << QStringList{QStringLiteral("--from=2025-03-01"), QStringLiteral("--to=2025-03-08")}
            << QList<qsizetype>{2, 2, 2};
        QTest::newRow("from, typed day first")
            << QStringList{QStringLiteral("--from"), QStringLiteral("9/3/2025")} << QList<qsizetype>{1, 1, 1};
        QTest::newRow("from a month by name, to in Arabic-Indic digits")
            << QStringList{QStringLiteral("--from=آذار 2025"), QStringLiteral("--to=٨/٣/٢٠٢٥")}
            << QList<qsizetype>{2, 2, 2};
        QTest::newRow("all must hold") << QStringList{QStringLiteral("--type"),    meeting,
                                                      QStringLiteral("--country"), QStringLiteral("SY"),
                                                      QStringLiteral("--to"),      QStringLiteral("2025-03-07")}
                                       << QList<qsizetype>{0, 0, 0};
    }

    void exportFilters()
    {
        QFETCH(QStringList, filters);
        QFETCH(QList<qsizetype>, sizes);
        const Run r = runCli(QStringList{QStringLiteral("--db"), m_project, QStringLiteral("export"),
                                         QStringLiteral("--out"), QStringLiteral("-")} +
                                 filters,
                             home());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(recordSizes(r.out.toUtf8()), sizes);
    }

    void exportFiltersEveryFormat()
    {
        // The filter narrows the network and the timeline too, and a numeric id names an actor.
        const Run actors =
            runCli({QStringLiteral("--db"), m_project, QStringLiteral("actors"), QStringLiteral("--json")}, home());
        QString syrianId;
        for (const QJsonValue &a : QJsonDocument::fromJson(actors.out.toUtf8()).array())
            if (a[QStringLiteral("country")].toString() == QLatin1String("SY"))
                syrianId = QString::number(a[QStringLiteral("id")].toInteger());
        QVERIFY(!syrianId.isEmpty());
        const QStringList callsOnly{QStringLiteral("--type"),  QStringLiteral("call"),
                                    QStringLiteral("--actor"), syrianId,
                                    QStringLiteral("--out"),   QStringLiteral("-")};
        Run r = runCli(QStringList{QStringLiteral("--db"), m_project, QStringLiteral("export"),
                                   QStringLiteral("--format=graphml")} +
                           callsOnly,
                       home());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(countElements(r.out.toUtf8(), QStringLiteral("node")), 1);
        QCOMPARE(countElements(r.out.toUtf8(), QStringLiteral("edge")), 0);
        r = runCli(QStringList{QStringLiteral("--db"), m_project, QStringLiteral("export"),
                               QStringLiteral("--format=gexf"), QStringLiteral("--country=RU"),
                               QStringLiteral("--out=-")},
                   home());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(countElements(r.out.toUtf8(), QStringLiteral("edge")), 1);
        r = runCli(QStringList{QStringLiteral("--db"), m_project, QStringLiteral("export"),
                               QStringLiteral("--format=timelinejs")} +
                       callsOnly,
                   home());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("events")].toArray().size(), 0);
        // The slides' language: every type and date in English with --lang en, Arabic by default; a third is refused.
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
            r = runCli({QStringLiteral("--db"), m_project, QStringLiteral("export"),
                        QStringLiteral("--format=timelinejs"), QStringLiteral("--lang"), lang, QStringLiteral("--out"),
                        QStringLiteral("-")},
                       home());
            QCOMPARE(r.exitCode, 0);
            const QJsonArray slides =
                QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("events")].toArray();
            QVERIFY(!slides.isEmpty());
            static const QRegularExpression arabic(QStringLiteral("[\\x{0600}-\\x{06FF}]"));
            for (const QJsonValue &slide : slides) {
                const QString words =
                    slide[QStringLiteral("group")].toString() + slide[QStringLiteral("display_date")].toString();
                QVERIFY2(words.contains(arabic) == (lang == QLatin1String("ar")), qPrintable(words));
            }
        }
        r = runCli({QStringLiteral("--db"), m_project, QStringLiteral("export"), QStringLiteral("--format=timelinejs"),
                    QStringLiteral("--lang=fr"), QStringLiteral("--out=-")},
                   home());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--lang takes ar or en")), qPrintable(r.err));

        const QString csv = m_dir.filePath(QStringLiteral("calls-csv"));
        r = runCli(QStringList{QStringLiteral("--db"), m_project, QStringLiteral("export"),
                               QStringLiteral("--format=csv"), QStringLiteral("--type=call"), QStringLiteral("--out"),
                               csv},
                   home());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("1 events (of 2 events, filtered)")), qPrintable(r.err));
        // Header and one row.
        QCOMPARE(readAll(QDir(csv).filePath(QStringLiteral("events.csv"))).count("\r\n"), 2);
    }

    void whyAnEventExists()
    {
        const QString project = m_dir.filePath(QStringLiteral("why.sqlite"));
        const QByteArray article = QStringLiteral("استقبل وزير الخارجية السوري أسعد الشيباني في دمشق أمس نائب وزير "
                                                  "الخارجية الروسي ميخائيل بوغدانوف، فيما قال الكرملين إن الرئيس "
                                                  "فلاديمير بوتين سيستقبل الشيباني الشهر المقبل.")
                                       .toUtf8();
        Run r = runCli({QStringLiteral("--db"), project, QStringLiteral("import"), QStringLiteral("-"),
                        QStringLiteral("--published"), QStringLiteral("2026-01-15")},
                       home(), article);
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("--db"), project, QStringLiteral("events"), QStringLiteral("--json")}, home());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray events = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(events.size(), 2); // the meeting held yesterday and the one announced
        QStringList factualities;
        for (const QJsonValue &v : events) {
            const QString id = QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
            const Run why = runCli({QStringLiteral("--db"), project, QStringLiteral("why"), id}, home());
            QCOMPARE(why.exitCode, 0);
            QVERIFY2(why.out.contains(QStringLiteral("rule: the contact verb")), qPrintable(why.out));
            QVERIFY(why.out.contains(QStringLiteral("clause: characters")));
            QVERIFY(why.out.contains(QStringLiteral("source stdin-")));
            factualities << v.toObject().value(QStringLiteral("factuality")).toString();
        }
        factualities.sort();
        QCOMPARE(factualities, (QStringList{QStringLiteral("happened"), QStringLiteral("planned")}));
        QCOMPARE(
            runCli({QStringLiteral("--db"), project, QStringLiteral("why"), QStringLiteral("999")}, home()).exitCode,
            1);
        QCOMPARE(
            runCli({QStringLiteral("--db"), project, QStringLiteral("why"), QStringLiteral("one")}, home()).exitCode,
            2);
    }

    void importFromStandardInput()
    {
        const QString project = m_dir.filePath(QStringLiteral("piped.sqlite"));
        const QByteArray article =
            readAll(QStringLiteral(RASAD_SOURCE_DIR "/tests/data/articles/a01_sana_novak_damascus.txt"));
        QVERIFY(!article.isEmpty());
        Run r = runCli({QStringLiteral("--db"), project, QStringLiteral("import"), QStringLiteral("-"),
                        QStringLiteral("--published"), QStringLiteral("2026-01-15"), QStringLiteral("--source=sana")},
                       home(), article);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("imported 1, new versions 0, duplicates skipped 0, failed 0")),
                 qPrintable(r.out + r.err));

        r = runCli({QStringLiteral("--db"), project, QStringLiteral("articles"), QStringLiteral("--json")}, home());
        QCOMPARE(r.exitCode, 0);
        QJsonArray articles = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(articles.size(), 1);
        const QJsonObject stored = articles.at(0).toObject();
        QVERIFY2(stored[QStringLiteral("file")].toString().startsWith(QStringLiteral("stdin-")),
                 qPrintable(stored[QStringLiteral("file")].toString()));
        QVERIFY(stored[QStringLiteral("file")].toString().endsWith(QStringLiteral(".txt")));
        QCOMPARE(stored[QStringLiteral("published")].toString(), QStringLiteral("2026-01-15"));
        QCOMPARE(stored[QStringLiteral("source")].toString(), QStringLiteral("sana"));
        QVERIFY(stored[QStringLiteral("title")].toString().contains(QStringLiteral("نائب رئيس الوزراء الروسي")));
        // Extraction ran, as after a file import: the meeting in Damascus is in the record.
        r = runCli({QStringLiteral("--db"), project, QStringLiteral("events"), QStringLiteral("--json")}, home());
        QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());

        // The same text again changes nothing.
        r = runCli({QStringLiteral("--db"), project, QStringLiteral("import"), QStringLiteral("-")}, home(), article);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("duplicates skipped 1")), qPrintable(r.out));

        // Another article, named by the user, stored beside the first; a web page is read as one.
        const QByteArray page = "<!DOCTYPE html><html><head><title>زيارة</title></head><body><p>" +
                                QStringLiteral("وصل وزير الخارجية الروسي إلى دمشق اليوم في زيارة رسمية.").toUtf8() +
                                "</p></body></html>";
        r = runCli({QStringLiteral("--db"), project, QStringLiteral("import"), QStringLiteral("-"),
                    QStringLiteral("--file-name"), QStringLiteral("/tmp/visit.html"), QStringLiteral("--no-extract")},
                   home(), page);
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("--db"), project, QStringLiteral("articles"), QStringLiteral("--json")}, home());
        articles = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles.at(1)[QStringLiteral("file")].toString(), QStringLiteral("visit.html"));
        QCOMPARE(articles.at(1)[QStringLiteral("title")].toString(), QStringLiteral("زيارة"));

        // Nothing to read: one clear line, nothing stored.
        r = runCli({QStringLiteral("--db"), project, QStringLiteral("import"), QStringLiteral("-")}, home(), "  \n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("standard input")) && r.err.contains(QStringLiteral("empty")),
                 qPrintable(r.err));
    }

    void search()
    {
        // Written without tashkeel, found in text that has it; the match is marked in the snippet.
        Run r = runCli({QStringLiteral("--db"), m_project, QStringLiteral("search"), QStringLiteral("عمران")}, home());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("sputnik_0309.txt")));
        QVERIFY(r.out.contains(QStringLiteral("sana_0310.txt")));
        QVERIFY2(r.out.contains(QStringLiteral("«عُمران»")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("2 matches")));

        r = runCli({QStringLiteral("--db"), m_project, QStringLiteral("search"), QStringLiteral("عمران"),
                    QStringLiteral("--limit"), QStringLiteral("1")},
                   home());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("1 match")));

        // Several words: all must occur.
        r = runCli({QStringLiteral("search"), QStringLiteral("توريد"), QStringLiteral("القمح"),
                    QStringLiteral("--json"), QStringLiteral("--db"), m_project},
                   home());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0)[QStringLiteral("file")].toString(), QStringLiteral("sputnik_0309.txt"));

        r = runCli({QStringLiteral("--db"), m_project, QStringLiteral("search"), QStringLiteral("بطاطا")}, home());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("0 matches")));
    }

    void missingDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("typo.sqlite"));
        const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("events")}, home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("no such database")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path)); // a typo does not leave an empty project behind
    }

    void readOnlyDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        fillProject(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        // Read: it works, with a note that the file is read-only.
        Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("articles")}, home());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.isEmpty());
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        // Write: refused, the file unchanged.
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        r = runCli({QStringLiteral("--db"), path, QStringLiteral("reextract")}, home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be written")), qPrintable(r.err));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void lockedDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        fillProject(path);
        // Another program holds the file exclusively (locking_mode EXCLUSIVE: not even readers get in).
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other,
                              "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                              "INSERT INTO places (name, name_key) VALUES ('x', 'x');",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("events")}, home());
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("locked by another program")),
                 qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);

        // Released: the same command works.
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("events")}, home()).exitCode, 0);
    }

    void corruptDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("random.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        file.write(noise);
        file.close();
        const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("articles")}, home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("file is not a database")), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void damagedDatabase()
    {
        // Intact header and schema, damaged rows: opening works, reading finds the damage.
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            StoreError error;
            auto store = Store::open(path, &error);
            QVERIFY(store);
            for (int i = 0; i < 300; ++i) {
                Article a = makeArticle(QStringLiteral("long%1.txt").arg(i), QStringLiteral("خبر"),
                                        QStringLiteral("فقرة طويلة رقم %1 ").arg(i).repeated(120));
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
        const QString out = m_dir.filePath(QStringLiteral("damaged.json"));
        const Run r =
            runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("--out"), out}, home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("corrupt")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out)); // no half export
    }

    void damagedStoreIsNeverWritten()
    {
        // Issue 15: one damaged page of articles made reextract read 172 of 2,005 articles, report
        // success and replace every event with the few found in them.
        const QString path = m_dir.filePath(QStringLiteral("one-bad-page.sqlite"));
        fillLargeProject(path);
        QVERIFY(damageTableLeafPage(path, "articles") > 0);
        QVERIFY2(quickCheck(path) != QLatin1String("ok"), "the damage must be one quick_check sees");
        const qint64 events = countIn(path, "SELECT count(*) FROM events");
        const qint64 sources = countIn(path, "SELECT count(*) FROM event_sources");
        QCOMPARE(events, 20);
        QCOMPARE(sources, kLargeProjectArticles);
        const QByteArray before = fileHash(path);

        Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("reextract")}, home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("recover --out")), qPrintable(r.err)); // the way out
        QVERIFY2(!r.out.contains(QStringLiteral("Re-extracted")), qPrintable(r.out));
        QCOMPARE(countIn(path, "SELECT count(*) FROM events"), events);
        QCOMPARE(countIn(path, "SELECT count(*) FROM event_sources"), sources);

        const QString article = m_dir.filePath(QStringLiteral("new-article.txt"));
        QFile file(article);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("استقبل الرئيس السوري وفدا روسيا في دمشق.").toUtf8());
        file.close();
        r = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), article}, home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("never written")), qPrintable(r.err));
        r = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("-")}, home(),
                   QStringLiteral("زار وزير الدفاع الروسي دمشق.").toUtf8());
        QCOMPARE(r.exitCode, 1);

        // A read goes as far as the damage, then fails naming it: no partial listing.
        r = runCli({QStringLiteral("--db"), path, QStringLiteral("articles")}, home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("corrupt")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        QCOMPARE(fileHash(path), before); // not a byte written into the damaged file
        QCOMPARE(countIn(path, "SELECT count(*) FROM events"), events);
    }

    void recoverCopiesWhatIsReadable()
    {
        const QString path = m_dir.filePath(QStringLiteral("to-recover.sqlite"));
        fillLargeProject(path);
        QVERIFY(damageTableLeafPage(path, "articles") > 0);
        const QByteArray before = fileHash(path);
        const QString out = m_dir.filePath(QStringLiteral("recovered.sqlite"));

        Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("recover")}, home());
        QCOMPARE(r.exitCode, 2); // --out is needed

        r = runCli({QStringLiteral("--db"), path, QStringLiteral("recover"), QStringLiteral("--out"), out}, home());
        QCOMPARE(r.exitCode, 1); // rows were lost: said, and not "ok"
        QCOMPARE(fileHash(path), before);
        QCOMPARE(quickCheck(out), QStringLiteral("ok"));

        // What was lost is said: one run of article ids, no more than a page holds.
        const QRegularExpression lostArticles(QStringLiteral(R"(articles\s+(\d+) rows copied; LOST ids (\d+)-(\d+))"));
        const QRegularExpressionMatch m = lostArticles.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const qint64 copied = m.captured(1).toLongLong();
        const qint64 firstLost = m.captured(2).toLongLong();
        const qint64 lastLost = m.captured(3).toLongLong();
        QVERIFY(firstLost > 1 && lastLost < kLargeProjectArticles && firstLost <= lastLost);
        QVERIFY2(lastLost - firstLost < 40, qPrintable(r.out));
        QCOMPARE(copied, kLargeProjectArticles - (lastLost - firstLost + 1));

        // Every article off the damaged page is there, whole, and found by search.
        QCOMPARE(countIn(out, "SELECT count(*) FROM articles"), copied);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(out).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *s = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT id, file_name FROM articles ORDER BY id", -1, &s, nullptr), SQLITE_OK);
        qint64 expected = 1;
        while (sqlite3_step(s) == SQLITE_ROW) {
            if (expected == firstLost)
                expected = lastLost + 1;
            QCOMPARE(sqlite3_column_int64(s, 0), expected);
            QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1))),
                     QStringLiteral("bulk%1.txt").arg(expected));
            ++expected;
        }
        sqlite3_finalize(s);
        sqlite3_close(db);
        QCOMPARE(expected, kLargeProjectArticles + 1);
        QCOMPARE(countIn(out, "SELECT count(*) FROM article_search WHERE article_search MATCH 'دمشق'"), copied);

        // Events survive; the sources whose articles were lost go, and are counted.
        QCOMPARE(countIn(out, "SELECT count(*) FROM events"), 20);
        const qint64 sourcesLost = lastLost - firstLost + 1;
        QCOMPARE(countIn(out, "SELECT count(*) FROM event_sources"), kLargeProjectArticles - sourcesLost);
        QVERIFY2(QRegularExpression(QStringLiteral(R"(event_sources\s+%1 rows copied; %2 dropped)")
                                        .arg(kLargeProjectArticles - sourcesLost)
                                        .arg(sourcesLost))
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));

        // The new file is a healthy project: no warning, reads work.
        r = runCli({QStringLiteral("--db"), out, QStringLiteral("events")}, home());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));

        // Never over an existing file.
        r = runCli({QStringLiteral("--db"), path, QStringLiteral("recover"), QStringLiteral("--out"), out}, home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    }

    void recoverAHealthyStoreLosesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("copy.sqlite"));
        const Run r = runCli(
            {QStringLiteral("--db"), m_project, QStringLiteral("recover"), QStringLiteral("--out"), out}, home());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Nothing was lost")), qPrintable(r.out));
        QCOMPARE(countIn(out, "SELECT count(*) FROM articles"), countIn(m_project, "SELECT count(*) FROM articles"));
        QCOMPARE(countIn(out, "SELECT count(*) FROM event_participants"),
                 countIn(m_project, "SELECT count(*) FROM event_participants"));
        QCOMPARE(countIn(out, "SELECT count(*) FROM places"), countIn(m_project, "SELECT count(*) FROM places"));
    }

    void newerDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        fillProject(path);
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 42", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("--out"),
                              m_dir.filePath(QStringLiteral("future.json"))},
                             home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("newer")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("future.json"))));
    }
};

QTEST_APPLESS_MAIN(CliTest)
#include "tst_cli.moc"
