// The audit's hostile inputs (issue 15, point 6), each imported by the real rasad-cli into a fresh
// store: an entity bomb, nested and numeric references, 10,000-deep tags, a 5 MB line, NUL bytes and
// mixed encodings. Each must end quickly, never crash or hang, and either store the article or say
// what is wrong with the file, naming it. The files are written here, not kept in the repository.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unicode/ucnv.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Sentences of our own. The long files repeat one that reports no contact: what they test is reading,
// not merging many reports of one meeting (tst_cli_runaway's case).
const QString kSentence = u"دمشق - بحث وزير الخارجية مع نظيره الروسي في موسكو اليوم سبل تعزيز التعاون بين البلدين."_s;
const QString kFiller = u"وتشهد المناطق الساحلية أجواء معتدلة مع هطول أمطار خفيفة في ساعات المساء."_s;

QByteArray repeated(const QByteArray &piece, qsizetype times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out += piece;
    return out;
}

QByteArray page(const QByteArray &body)
{
    return "<html><head><title>" + u"عنوان"_s.toUtf8() + "</title></head><body><p>" + kSentence.toUtf8() + "</p><p>" +
           body + "</p></body></html>";
}

QByteArray windows1256(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("windows-1256", &status);
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray out(text.size() * 2 + 16, Qt::Uninitialized);
    const int32_t length =
        ucnv_fromUChars(converter, out.data(), int32_t(out.size()), reinterpret_cast<const UChar *>(text.utf16()),
                        int32_t(text.size()), &status);
    ucnv_close(converter);
    out.resize(U_SUCCESS(status) ? length : 0);
    return out;
}

struct Run
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    qint64 ms = 0;
    QString out;
    QString err;
};

Run importFile(const QString &db, const QString &file, int limitMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(RASAD_CLI_PATH), {u"--db"_s, db, u"import"_s, file});
    Run run;
    run.finished = p.waitForFinished(limitMs);
    run.ms = timer.elapsed();
    if (!run.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.crashed = p.exitStatus() != QProcess::NormalExit;
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

/** The stored article's text (the latest), read through SQLite directly; empty when there is none. */
QString storedText(const QString &db)
{
    sqlite3 *handle = nullptr;
    QString text;
    if (sqlite3_open_v2(QFile::encodeName(db).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT original_text FROM articles ORDER BY id DESC LIMIT 1", -1, &st,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                                     sqlite3_column_bytes(st, 0));
        sqlite3_finalize(st);
    }
    sqlite3_close(handle);
    return text;
}

// Sanitizer builds (CI's second run) are many times slower; the limits say "quickly", not "as fast as
// a release build".
#if defined(__SANITIZE_ADDRESS__)
constexpr int kSlowdown = 15;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int kSlowdown = 15;
#else
constexpr int kSlowdown = 1;
#endif
#else
constexpr int kSlowdown = 1;
#endif

} // namespace

class TestImportHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileInput_data();
    void hostileInput();

private:
    QTemporaryDir m_tmp;
};

// What a file should come to: stored (and what its text must hold), or refused with a reason.
using Check = std::function<void(const QString &text)>;
Q_DECLARE_METATYPE(Check)

void TestImportHostile::hostileInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("refusal"); // empty: the article is stored
    QTest::addColumn<Check>("check");     // on the stored text
    QTest::addColumn<int>("limitMs");
    QTest::addColumn<QString>("note"); // what rasad-cli must say about a stored file, when anything

    const QByteArray sentence = kSentence.toUtf8();
    const Check holdsSentence = [](const QString &text) { QVERIFY(text.contains(kSentence)); };

    // Three million references: each is one character, read in one pass.
    QTest::newRow("entity bomb") << u"entity-bomb.html"_s << page(repeated("&amp;", 3'000'000)) << QString()
                                 << Check([](const QString &text) {
                                        QVERIFY(text.contains(kSentence));
                                        QCOMPARE(text.count(u'&'), 3'000'000);
                                    })
                                 << 30'000 << QString();
    // References are decoded once: "&amp;amp;" is "&amp;" in the text, never expanded again.
    QTest::newRow("nested references") << u"entity-nested.html"_s
                                       << page(repeated("&amp;amp;amp;amp;", 300'000) +
                                               repeated("&#38;#38;#38;", 300'000))
                                       << QString() << Check([](const QString &text) {
                                              QCOMPARE(text.count(u"&amp;amp;amp;"_s), 300'000);
                                              QCOMPARE(text.count(u"&#38;#38;"_s), 300'000);
                                          })
                                       << 30'000 << QString();
    // Out-of-range, NUL and surrogate references become U+FFFD; real ones their letter.
    QTest::newRow("numeric references") << u"entity-numeric.html"_s
                                        << page(repeated("&#1587;&#x633;&#99999999;&#0;&#xD800;", 200'000)) << QString()
                                        << Check([](const QString &text) {
                                               QCOMPARE(text.count(QChar(0x0633)),
                                                        400'000 + kSentence.count(QChar(0x0633)));
                                               QCOMPARE(text.count(QChar(0xFFFD)), 600'000);
                                           })
                                        << 30'000 << QString();
    QTest::newRow("10,000-deep tags") << u"deep-tags.html"_s
                                      << "<html><body>" + repeated("<div>", 10'000) + sentence +
                                             repeated("</div>", 10'000) + "</body></html>"
                                      << QString() << holdsSentence << 20'000 << QString();
    QTest::newRow("10,000-deep unclosed tags")
        << u"deep-unclosed.html"_s << "<html><body>" + repeated("<div><span><b>", 10'000) + sentence << QString()
        << holdsSentence << 20'000 << QString();
    // A dropped element 10,000 deep and never closed: what follows it is inside it, so only the first
    // paragraph is the article.
    QTest::newRow("10,000-deep dropped element")
        << u"deep-dropped.html"_s
        << "<html><body><p>" + sentence + "</p>" + repeated("<nav>", 10'000) + "x" + repeated("</nav>", 9'999) + "<p>" +
               u"فقرة داخل القائمة"_s.toUtf8()
        << QString() << Check([](const QString &text) { QCOMPARE(text, kSentence); }) << 20'000 << QString();
    const QByteArray line = kFiller.toUtf8() + ' ';
    const qsizetype times = 5 * 1024 * 1024 / line.size();
    QTest::newRow("5 MB line (text)") << u"long-line.txt"_s << sentence + ' ' + repeated(line, times) << QString()
                                      << Check([times](const QString &text) {
                                             QVERIFY(text.startsWith(kSentence));
                                             QCOMPARE(text.count(kFiller), times);
                                             QVERIFY(!text.contains(u'\n'));
                                         })
                                      << 60'000 << QString();
    QTest::newRow("5 MB line (page)") << u"long-line.html"_s << "<p>" + sentence + ' ' + repeated(line, times) + "</p>"
                                      << QString()
                                      << Check([times](const QString &text) { QCOMPARE(text.count(kFiller), times); })
                                      << 60'000 << QString();
    // NUL bytes are not text: refused, named, never stored with them.
    QTest::newRow("NUL bytes (text)") << u"nul.txt"_s << sentence + '\0' + sentence + QByteArray(3, '\0') + sentence
                                      << u"binary file, not text"_s << Check() << 10'000 << QString();
    QTest::newRow("NUL bytes (page)") << u"nul.html"_s << "<p>" + sentence + '\0' + "</p><p>" + sentence + "</p>"
                                      << u"binary file, not text"_s << Check() << 10'000 << QString();
    // UTF-8 lines, then the same sentences in windows-1256 (two files joined): each line is read in
    // its own encoding, so neither half turns into mojibake, and the note says so.
    const QByteArray legacyLine = windows1256(kSentence) + '\n';
    const auto sentences = [](qsizetype n) {
        return Check([n](const QString &text) {
            QCOMPARE(text.count(kSentence), n);
            QVERIFY(!text.contains(QChar(0xFFFD)));
        });
    };
    QTest::newRow("mixed encodings") << u"mixed.txt"_s << repeated(sentence + '\n', 20) + repeated(legacyLine, 20)
                                     << QString() << sentences(40) << 10'000
                                     << u"mixed encodings: 20 of 40 lines are windows-1256 (the first is line 21)"_s;
    QTest::newRow("UTF-8 with a line of windows-1256")
        << u"mostly-utf8.txt"_s << repeated(sentence + '\n', 200) + legacyLine << QString() << sentences(201) << 20'000
        << u"mixed encodings: 1 of 201 lines are windows-1256 (the first is line 201)"_s;
    QTest::newRow("windows-1256 with a line of UTF-8")
        << u"mostly-1256.txt"_s << repeated(legacyLine, 200) + sentence + '\n'
        << QString() << sentences(201) << 20'000
        << u"mixed encodings: 200 of 201 lines are windows-1256 (the first is line 1)"_s;
    // Both encodings within one line: no reading is right, and windows-1256 would pass the UTF-8 half
    // off as Arabic. Refused with the reason, not stored garbled.
    QTest::newRow("mixed encodings in one line") << u"mixed-line.txt"_s << sentence + ' ' + windows1256(kSentence)
                                                 << u"mixed or damaged encoding"_s << Check() << 10'000 << QString();
}

void TestImportHostile::hostileInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, refusal);
    QFETCH(Check, check);
    QFETCH(int, limitMs);
    QFETCH(QString, note);
    QVERIFY(m_tmp.isValid());
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u',');
    const QString file = m_tmp.filePath(tag + u"/"_s + name);
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    const QString db = m_tmp.filePath(tag + u".sqlite"_s);
    const Run run = importFile(db, file, limitMs * kSlowdown);
    QVERIFY2(run.finished, qPrintable(u"still running after %1 ms"_s.arg(limitMs * kSlowdown)));
    QVERIFY2(!run.crashed, qPrintable(run.err.right(2000)));
    if (refusal.isEmpty()) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(2000)));
        QVERIFY2(run.out.startsWith(u"imported 1,"_s), qPrintable(run.out));
        const QString text = storedText(db);
        QVERIFY(!text.isEmpty());
        check(text);
        if (!note.isEmpty())
            QVERIFY2(run.err.contains(u"rasad-cli: note: "_s + file + u": "_s + note), qPrintable(run.err));
    } else {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(u"imported 0,"_s) && run.out.contains(u"failed 1"_s), qPrintable(run.out));
        // One line naming the file and what is wrong with it.
        QVERIFY2(run.err.contains(u"rasad-cli: "_s + file + u": "_s) && run.err.contains(refusal), qPrintable(run.err));
        QVERIFY(storedText(db).isEmpty());
    }
    qInfo("%s: %lld ms", QTest::currentDataTag(), run.ms);
}

QTEST_GUILESS_MAIN(TestImportHostile)
#include "tst_import_hostile.moc"
