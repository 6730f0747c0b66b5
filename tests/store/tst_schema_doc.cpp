// docs/schema.md holds: every table and column of the project file is described there, and each SQL
// query it gives (the blocks after "<!-- query: NAME -->") runs, exactly as written, on a project
// built from tests/data/articles and answers what Rasad itself reads from that project.
#include "../common/BundledGazetteer.h"
#include "curation/Correction.h"
#include "pipeline/Ingestor.h"
#include "store/Store.h"
#include "text/ArabicNormalizer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace rasad;

namespace {

struct Result
{
    QStringList columns;
    QList<QStringList> rows;
    QString error;
};

/** Runs one statement with named parameters (":person" → value); every value read as text. */
Result run(sqlite3 *db, const QString &sql, const QMap<QString, QVariant> &params = {})
{
    Result result;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, &tail) != SQLITE_OK) {
        result.error = QString::fromUtf8(sqlite3_errmsg(db));
        return result;
    }
    if (!QByteArray(tail).trimmed().isEmpty()) // a block is one statement, as a reader pastes it
        result.error = QStringLiteral("more than one statement: ") + QString::fromUtf8(tail);
    for (int i = 1; i <= sqlite3_bind_parameter_count(stmt); ++i) {
        const QString name = QString::fromUtf8(sqlite3_bind_parameter_name(stmt, i));
        if (!params.contains(name)) {
            result.error = QStringLiteral("no value for ") + name;
            continue;
        }
        const QVariant v = params.value(name);
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(stmt, i, v.toLongLong());
        } else {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }
    for (int c = 0; c < sqlite3_column_count(stmt); ++c)
        result.columns << QString::fromUtf8(sqlite3_column_name(stmt, c));
    int rc;
    while (result.error.isEmpty() && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
        result.rows << row;
    }
    if (result.error.isEmpty() && rc != SQLITE_DONE)
        result.error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return result;
}

/** The values of one column, by name. */
QStringList column(const Result &r, const char *name)
{
    const qsizetype c = r.columns.indexOf(QLatin1String(name));
    QStringList values;
    for (const QStringList &row : r.rows)
        values << (c < 0 ? QStringLiteral("<no column %1>").arg(QLatin1String(name)) : row.at(c));
    return values;
}

Article makeArticle(const QString &fileName, const QString &text)
{
    Article a;
    a.fileName = fileName;
    a.title = QStringLiteral("خبر");
    a.source = QStringLiteral("test-outlet");
    a.published = QDate(2026, 1, 2);
    a.publishedOrigin = DateOrigin::Manifest;
    a.originalText = text;
    a.normalizedText = matchingKey(text);
    a.contentHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    a.importedAt = QDateTime::currentDateTimeUtc();
    return a;
}

const Article *articleOf(const Dataset &d, qint64 id)
{
    for (const Article &a : d.articles)
        if (a.id == id)
            return &a;
    return nullptr;
}

const Event *eventOf(const Dataset &d, qint64 id)
{
    for (const Event &e : d.events)
        if (e.id == id)
            return &e;
    return nullptr;
}

bool happenedAndDated(const Event &e)
{
    return e.factuality == Factuality::Happened && e.date.isValid();
}

} // namespace

class SchemaDocTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_doc;
    QMap<QString, QString> m_queries; // by the name in "<!-- query: NAME -->"
    Dataset m_data;                   // what Rasad reads from the project
    QMap<QString, qint64> m_ftsArticles;

    sqlite3 *db() const { return m_store->handle(); }

    /** The person with most dated contacts and a range that leaves out their first one; the ids it keeps. */
    struct PersonCase
    {
        const Actor *person = nullptr;
        QDate from, to;
        QStringList expected; // event ids, sorted as text
        int all = 0;
    };
    PersonCase personCase() const
    {
        PersonCase c;
        QList<const Event *> theirs;
        for (const Actor &a : m_data.actors) {
            QList<const Event *> events;
            for (const Event &e : m_data.events)
                if (happenedAndDated(e) && std::any_of(e.participants.cbegin(), e.participants.cend(),
                                                       [&](const Participant &p) { return p.actorId == a.id; }))
                    events << &e;
            if (events.size() > theirs.size()) {
                c.person = &a;
                theirs = events;
            }
        }
        c.all = int(theirs.size());
        if (theirs.isEmpty())
            return c;
        std::sort(theirs.begin(), theirs.end(),
                  [](const Event *a, const Event *b) { return a->date.end < b->date.end; });
        c.from = theirs.at(0)->date.end.addDays(1);
        c.to = QDate(2030, 1, 1);
        for (const Event *e : theirs)
            if (e->date.start <= c.to && e->date.end >= c.from)
                c.expected << QString::number(e->id);
        c.expected.sort();
        return c;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(RASAD_SOURCE_DIR "/docs/schema.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "docs/schema.md is missing");
        m_doc = QString::fromUtf8(file.readAll());
        static const QRegularExpression block(QStringLiteral("<!-- query: ([a-z-]+) -->\\s*```sql\\n(.*?)```"),
                                              QRegularExpression::DotMatchesEverythingOption);
        for (auto it = block.globalMatch(m_doc); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY2(!m_queries.contains(m.captured(1)), qPrintable(m.captured(1)));
            m_queries.insert(m.captured(1), m.captured(2));
        }

        StoreError error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("project.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error.message));
        ImportOptions options;
        options.manifestPath = QStringLiteral(RASAD_SOURCE_DIR "/tests/data/articles/manifest.json");
        Ingestor(*m_store, test::bundledGazetteer())
            .importPaths({QStringLiteral(RASAD_SOURCE_DIR "/tests/data/articles")}, options);
        // Four writings of one made-up name, for the search queries.
        const QList<std::pair<QString, QString>> texts{
            {QStringLiteral("fts_hamza.txt"), QStringLiteral("التقى سامر أبو حمدة بالوفد في المطار.")},
            {QStringLiteral("fts_bare.txt"), QStringLiteral("وصل سامر ابو حمدة إلى المطار صباحاً.")},
            {QStringLiteral("fts_ha.txt"), QStringLiteral("قال سامر أبو حمده إن الزيارة ناجحة.")},
            {QStringLiteral("fts_other.txt"), QStringLiteral("تحدث أبو خالد عن المدينة.")},
        };
        for (const auto &[name, text] : texts) {
            Article a = makeArticle(name, text);
            QCOMPARE(m_store->addArticle(a, &error), AddOutcome::Inserted);
            m_ftsArticles.insert(name, a.id);
        }
        m_data = m_store->loadDataset();
        QVERIFY(m_data.events.size() >= 5);
    }

    void docGivesEveryQuery()
    {
        for (const char *name : {"active-corrections", "fts-as-written", "fts-every-spelling", "contacts-of-person",
                                 "contacts-per-month", "sources-of-contact"})
            QVERIFY2(m_queries.contains(QLatin1String(name)), name);
    }

    void docNamesEveryTableAndColumn()
    {
        const Result tables = run(db(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                                                       "NOT LIKE 'sqlite_%' AND name NOT LIKE 'article_search_%'"));
        QVERIFY2(tables.error.isEmpty(), qPrintable(tables.error));
        QVERIFY(tables.rows.size() >= 10);
        for (const QStringList &row : tables.rows) {
            const QString table = row.at(0);
            QVERIFY2(m_doc.contains(QStringLiteral("### `") + table + QLatin1Char('`')), qPrintable(table));
            const Result columns = run(db(), QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
            for (const QStringList &c : columns.rows)
                QVERIFY2(m_doc.contains(QLatin1Char('`') + c.at(0) + QLatin1Char('`')),
                         qPrintable(table + QLatin1Char('.') + c.at(0)));
        }
    }

    void contactsOfPerson()
    {
        const PersonCase c = personCase();
        QVERIFY2(c.all >= 3, "the test articles give nobody three contacts");
        QVERIFY(!c.expected.isEmpty() && c.expected.size() < c.all);
        const Actor *person = c.person;
        const QDate from = c.from, to = c.to;
        const QStringList expected = c.expected;

        QStringList names{person->name};
        if (!person->nameEn.isEmpty())
            names << person->nameEn << person->nameEn.toUpper();
        names += person->aliases;
        for (const QString &name : names) {
            const Result r = run(db(), m_queries.value(QStringLiteral("contacts-of-person")),
                                 {{QStringLiteral(":person"), name},
                                  {QStringLiteral(":from"), from.toString(Qt::ISODate)},
                                  {QStringLiteral(":to"), to.toString(Qt::ISODate)}});
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QStringList got = column(r, "id");
            got.sort();
            QCOMPARE(got, expected);
            for (const QString &others : column(r, "with_whom"))
                QVERIFY2(!others.split(QStringLiteral(" | ")).contains(person->name), qPrintable(others));
        }
        const Result nobody = run(db(), m_queries.value(QStringLiteral("contacts-of-person")),
                                  {{QStringLiteral(":person"), QStringLiteral("لا أحد")},
                                   {QStringLiteral(":from"), QStringLiteral("2000-01-01")},
                                   {QStringLiteral(":to"), QStringLiteral("2100-01-01")}});
        QVERIFY(nobody.error.isEmpty());
        QCOMPARE(nobody.rows.size(), 0);
    }

    void shellRunsTheParametersAndTheQuery()
    {
        // The doc's `.parameter set` lines, with this project's values, then the query, into sqlite3.
        const QString sqlite3Shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3Shell.isEmpty())
            QSKIP("the sqlite3 shell is not installed");
        static const QRegularExpression block(QStringLiteral("<!-- shell: parameters -->\\s*```\\n(.*?)```"),
                                              QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = block.match(m_doc);
        QVERIFY2(m.hasMatch(), "docs/schema.md shows no .parameter lines");
        const PersonCase c = personCase();
        QVERIFY(!c.expected.isEmpty());
        const QMap<QString, QString> values{{QStringLiteral("person"), c.person->name},
                                            {QStringLiteral("from"), c.from.toString(Qt::ISODate)},
                                            {QStringLiteral("to"), c.to.toString(Qt::ISODate)},
                                            {QStringLiteral("event"), QStringLiteral("1")}};
        static const QRegularExpression line(QStringLiteral("^\\.parameter set :(\\w+) (\"'[^']*'\"|\\d+)$"));
        QString script;
        for (const QString &l : m.captured(1).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch p = line.match(l);
            QVERIFY2(p.hasMatch(), qPrintable(l));
            QVERIFY2(values.contains(p.captured(1)), qPrintable(l));
            const bool text = p.captured(2).startsWith(QLatin1Char('"'));
            script += QStringLiteral(".parameter set :%1 %2\n")
                          .arg(p.captured(1), text ? QStringLiteral("\"'%1'\"").arg(values.value(p.captured(1)))
                                                   : values.value(p.captured(1)));
        }
        script += m_queries.value(QStringLiteral("contacts-of-person"));
        QProcess shell;
        shell.start(sqlite3Shell, {QStringLiteral("-readonly"), QStringLiteral("-bail"), m_store->path()});
        QVERIFY(shell.waitForStarted());
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(shell.readAllStandardError()), QString());
        QStringList ids;
        for (const QString &row :
             QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            ids << row.section(QLatin1Char('|'), 0, 0);
        ids.sort();
        QCOMPARE(ids, c.expected);
    }

    void contactsPerMonth()
    {
        QMap<QString, int> expected; // "YYYY-MM type" → contacts
        for (const Event &e : m_data.events)
            if (happenedAndDated(e))
                ++expected[e.date.start.toString(QStringLiteral("yyyy-MM")) + QLatin1Char(' ') + eventTypeName(e.type)];
        QVERIFY(expected.size() >= 3);
        const Result r = run(db(), m_queries.value(QStringLiteral("contacts-per-month")));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QMap<QString, int> got;
        for (const QStringList &row : r.rows)
            got.insert(row.at(0) + QLatin1Char(' ') + row.at(1), row.at(2).toInt());
        QCOMPARE(got, expected);
        QCOMPARE(r.columns, (QStringList{QStringLiteral("month"), QStringLiteral("type"), QStringLiteral("contacts")}));
    }

    void sourcesOfContact()
    {
        const Event *merged = nullptr;
        for (const Event &e : m_data.events)
            if (!merged || e.sources.size() > merged->sources.size())
                merged = &e;
        QVERIFY2(merged && merged->sources.size() >= 2, "no contact of the test articles has two sources");
        const Result r = run(db(), m_queries.value(QStringLiteral("sources-of-contact")),
                             {{QStringLiteral(":event"), qint64(merged->id)}});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), merged->sources.size());
        for (const EventSource &s : merged->sources) {
            const Article *article = articleOf(m_data, s.articleId);
            QVERIFY(article);
            bool found = false;
            for (const QStringList &row : r.rows) {
                const auto value = [&](const char *name) { return row.at(r.columns.indexOf(QLatin1String(name))); };
                if (value("article") != QString::number(s.articleId) ||
                    value("start_offset") != QString::number(s.start))
                    continue;
                found = true;
                QCOMPARE(value("end_offset"), QString::number(s.end));
                QCOMPARE(value("source"), article->source);
                QCOMPARE(value("published"), article->published.toString(Qt::ISODate));
                QCOMPARE(value("file_name"), article->fileName);
                QCOMPARE(value("evidence"), s.evidence);
            }
            QVERIFY2(found, qPrintable(s.fileName));
        }
        // Oldest first.
        QStringList published = column(r, "published");
        QVERIFY(std::is_sorted(published.cbegin(), published.cend()));
    }

    void handQueriesSeeTheRecordBeforeCorrections()
    {
        const Result none = run(db(), m_queries.value(QStringLiteral("active-corrections")));
        QVERIFY2(none.error.isEmpty(), qPrintable(none.error));
        QCOMPARE(none.rows.size(), 0);

        // A researcher moves a contact to another place, and makes and undoes a note.
        const Event &event = m_data.events.first();
        Correction move;
        move.kind = Correction::Kind::EventEdit;
        move.target = eventAnchor(event);
        move.field = QStringLiteral("location");
        move.oldValue = event.location;
        move.newValue = QStringLiteral("مكان آخر");
        StoreError error;
        QVERIFY2(m_store->addCorrection(move, &error), qPrintable(error.message));
        Correction note;
        note.kind = Correction::Kind::Note;
        note.target = QStringLiteral("event:") + eventAnchor(event);
        note.newValue = QStringLiteral("ملاحظة");
        QVERIFY(m_store->addCorrection(note, &error));
        QVERIFY(m_store->setCorrectionUndone(note.id, true, &error));

        const Result active = run(db(), m_queries.value(QStringLiteral("active-corrections")));
        QCOMPARE(active.rows.size(), 1);
        QCOMPARE(column(active, "kind"), QStringList{QStringLiteral("event.edit")});
        QCOMPARE(column(active, "target"), QStringList{move.target});
        QCOMPARE(column(active, "new_value"), QStringList{QStringLiteral("[\"مكان آخر\"]")});
        const Result tables = run(db(), QStringLiteral("SELECT location FROM events WHERE id = %1").arg(event.id));
        QCOMPARE(tables.rows.value(0).value(0), event.location); // the tables keep the extraction
        const Dataset corrected = m_store->loadDataset();
        QCOMPARE(eventOf(corrected, event.id)->location, QStringLiteral("مكان آخر")); // Rasad applies the correction

        QVERIFY(m_store->setCorrectionUndone(move.id, true, &error));
        QCOMPARE(run(db(), m_queries.value(QStringLiteral("active-corrections"))).rows.size(), 0);
    }

    void searchAsWritten()
    {
        const Result r = run(db(), m_queries.value(QStringLiteral("fts-as-written")));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(column(r, "file_name"), QStringList{QStringLiteral("fts_hamza.txt")});
        QVERIFY2(column(r, "passage").value(0).contains(QStringLiteral("[أبو] [حمدة]")),
                 qPrintable(column(r, "passage").value(0)));
    }

    void searchEverySpelling()
    {
        const Result r = run(db(), m_queries.value(QStringLiteral("fts-every-spelling")));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QStringList files = column(r, "file_name");
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("fts_bare.txt"), QStringLiteral("fts_ha.txt"),
                                     QStringLiteral("fts_hamza.txt")}));
    }

    void appSearchFindsEverySpelling()
    {
        // The explorer's and rasad-cli's search, whichever way the query is written.
        for (const QString &query : {QStringLiteral("أبو حمدة"), QStringLiteral("ابو حمده")}) {
            QSet<QString> files;
            for (const SearchHit &hit : m_store->search(query))
                files.insert(hit.fileName);
            QCOMPARE(files, (QSet<QString>{QStringLiteral("fts_bare.txt"), QStringLiteral("fts_ha.txt"),
                                           QStringLiteral("fts_hamza.txt")}));
        }
    }
};

QTEST_GUILESS_MAIN(SchemaDocTest)
#include "tst_schema_doc.moc"
