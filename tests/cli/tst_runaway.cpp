// Long imports as users run them, through the built rasad-cli: one long article repeating a contact
// (merging and extraction must grow about linearly, not with the square of the reports), one with a
// contact a day for years, and SIGTERM / SIGINT during an import (stop within a second or two, exit
// 143 / 130, say what was kept, leave the store whole). The sentences and names are made up.
#include "store/Store.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>

using namespace rasad;

namespace {

const QString kMonths[] = {
    QStringLiteral("كانون الثاني"), QStringLiteral("شباط"),         QStringLiteral("آذار"),
    QStringLiteral("نيسان"),        QStringLiteral("أيار"),         QStringLiteral("حزيران"),
    QStringLiteral("تموز"),         QStringLiteral("آب"),           QStringLiteral("أيلول"),
    QStringLiteral("تشرين الأول"),  QStringLiteral("تشرين الثاني"), QStringLiteral("كانون الأول")};

/** One meeting between two made-up officials on `day`. */
QString meeting(const QDate &day)
{
    return QStringLiteral("التقى وزير الخارجية السوري سامر الخطيب في دمشق يوم %1 %2 %3 نائب وزير الخارجية الروسي "
                          "إيفان بتروفسكي وبحثا سبل تعزيز التعاون بين البلدين.\n")
        .arg(day.day())
        .arg(kMonths[day.month() - 1])
        .arg(day.year());
}

/** An article of about `bytes` bytes; `everyDay`: each sentence one day after the last, else one day repeated. */
QString writeArticle(const QString &dir, const QString &name, qint64 bytes, bool everyDay, int *sentences)
{
    QString text = QStringLiteral("دمشق-وكالة\n\n");
    QDate day(1990, 1, 1);
    int n = 0;
    QByteArray out = text.toUtf8();
    while (out.size() < bytes) {
        out += meeting(day).toUtf8();
        ++n;
        if (everyDay)
            day = day.addDays(1);
    }
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size())
        return {};
    if (sentences)
        *sentences = n;
    return path;
}

void prepare(QProcess &process, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    env.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(env);
}

/** Counts rows of `table` through SQLite itself, read-only, or -1. */
qint64 countRows(const QString &db, const char *table)
{
    sqlite3 *handle = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(QFile::encodeName(db).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(handle, 2000);
        sqlite3_stmt *st = nullptr;
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        if (sqlite3_prepare_v2(handle, sql.constData(), -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(handle);
    return n;
}

/** The store opens (and passes its integrity check) and holds `articles` articles. */
void verifyIntact(const QString &db, qint64 articles)
{
    StoreError error;
    const auto store = Store::open(db, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY2(!store->isReadOnly(), qPrintable(store->damage()));
    QCOMPARE(qint64(store->articles(false).size()), articles);
    QVERIFY(!store->readError());
}

} // namespace

class TestRunaway : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(RASAD_CLI_PATH))); }

    // The deadline is far above the seconds these take (about 7 here) and far below what the quadratic
    // merge took (2 MB: 50 s; 4 MB: over 2 minutes; these sizes: many minutes): no timing is asserted.
    void longArticle_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<bool>("everyDay");
        QTest::newRow("one meeting repeated, 8 MB") << qint64(8) * 1024 * 1024 << false;
        QTest::newRow("a meeting a day, 4 MB") << qint64(4) * 1024 * 1024 << true;
    }
    void longArticle()
    {
        QFETCH(qint64, bytes);
        QFETCH(bool, everyDay);
        QTemporaryDir home;
        int sentences = 0;
        const QString path = writeArticle(home.path(), QStringLiteral("long.txt"), bytes, everyDay, &sentences);
        QVERIFY(!path.isEmpty());
        const QString db = home.filePath(QStringLiteral("p.sqlite"));
        QProcess process;
        prepare(process, home.path());
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(RASAD_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("import"), path});
        const bool finished = process.waitForFinished(150000);
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        QVERIFY2(finished, "the import of one long article did not finish in 150 s");
        qInfo("%lld bytes, %d sentences: %lld ms", bytes, sentences, qint64(timer.elapsed()));
        QCOMPARE(process.exitCode(), 0);
        // The same contact repeated is one event; a contact a day is one event a day.
        QCOMPARE(countRows(db, "events"), everyDay ? qint64(sentences) : qint64(1));
        verifyIntact(db, 1);
    }

    void sigtermDuringExtraction()
    {
        QTemporaryDir home;
        // Long enough that extraction runs for seconds after the article is stored.
        const QString path = writeArticle(home.path(), QStringLiteral("long.txt"), 20 * 1000 * 1000, false, nullptr);
        QVERIFY(!path.isEmpty());
        const QString db = home.filePath(QStringLiteral("p.sqlite"));
        QProcess process;
        prepare(process, home.path());
        process.start(QStringLiteral(RASAD_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("import"), path});
        QVERIFY(process.waitForStarted());
        // Signal once the article is committed: from then on only extraction runs.
        QTRY_VERIFY_WITH_TIMEOUT(countRows(db, "articles") == 1 || process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.state(), QProcess::Running);
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        const qint64 took = timer.elapsed();
        QVERIFY2(took < 2000, qPrintable(QStringLiteral("stopped %1 ms after SIGTERM").arg(took)));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 143);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("kept")) && err.contains(QStringLiteral("reextract")), qPrintable(err));
        verifyIntact(db, 1);
        QCOMPARE(countRows(db, "events"), qint64(0)); // extraction never committed
    }

    void sigintBetweenFiles()
    {
        QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral("many"));
        QVERIFY(QDir().mkpath(folder));
        // Many small articles: the import runs long enough to be interrupted between files.
        for (int i = 0; i < 6000; ++i) {
            QFile f(folder + QStringLiteral("/a%1.txt").arg(i, 5, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write((QStringLiteral("دمشق-وكالة\n\n") + meeting(QDate(2000, 1, 1).addDays(i))).toUtf8());
        }
        const QString db = home.filePath(QStringLiteral("p.sqlite"));
        QProcess process;
        prepare(process, home.path());
        process.start(QStringLiteral(RASAD_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("import"), folder});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(countRows(db, "articles") > 10 || process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.state(), QProcess::Running);
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        const qint64 took = timer.elapsed();
        QVERIFY2(took < 2000, qPrintable(QStringLiteral("stopped %1 ms after SIGINT").arg(took)));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const qint64 stored = countRows(db, "articles");
        QVERIFY(stored > 10 && stored < 6000);
        // The line says how many articles were kept, and they are in the store.
        QVERIFY2(err.contains(QStringLiteral("kept: %1 article(s) stored").arg(stored)), qPrintable(err.right(600)));
        verifyIntact(db, stored);
    }
};

QTEST_GUILESS_MAIN(TestRunaway)
#include "tst_runaway.moc"
