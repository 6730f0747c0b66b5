// Import: decoding, web pages, page furniture, datelines, manifests, the ingestor and `rasad-cli import`.
// Every article here is written for the test (invented people and outlets), in several outlets' shapes.
#include "../common/BundledGazetteer.h"
#include "../common/DamagedPage.h"
#include "import/ArticleReader.h"
#include "import/DatelineFinder.h"
#include "import/FurnitureDetector.h"
#include "import/HtmlExtractor.h"
#include "import/InputCollector.h"
#include "import/Manifest.h"
#include "import/TextDecoder.h"
#include "import/UrlDate.h"
#include "pipeline/Extraction.h"
#include "pipeline/Ingestor.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unicode/ucnv.h>
#include <unicode/ushape.h>
#include <unistd.h>

using namespace rasad;
using namespace Qt::StringLiterals;

namespace {

/** `text` in `charset`, made with ICU (the encodings users' files come in). */
QByteArray encode(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    // A character the charset cannot hold is a mistake in the test, not something to substitute.
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length =
        ucnv_fromUChars(converter, out.data(), int32_t(out.size()), reinterpret_cast<const UChar *>(text.utf16()),
                        int32_t(text.size()), &status);
    ucnv_close(converter);
    out.resize(U_SUCCESS(status) ? length : 0);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** The text of every furniture span of `kind` in `text`. */
QStringList spansOf(const QString &text, const QList<TextSpan> &spans, const QString &kind)
{
    QStringList out;
    for (const TextSpan &s : spans)
        if (kind.isEmpty() || s.kind == kind)
            out << text.mid(s.start, s.length());
    return out;
}

bool isFurniture(const QString &text, const QList<TextSpan> &spans, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at >= 0 && FurnitureDetector::covers(spans, int(at));
}

// A wire-style report: section labels and breadcrumbs above, a view counter under the title, a share row,
// then a related block with teaser titles (one printed twice), counters and an ad line.
const QString kWireArticle = uR"(الرئيسية > أخبار > دولي
عربي ودولي

وزير الزراعة العراقي يبحث في بغداد مع نظيره الأردني توريد الحبوب

2.341 مشاهدة

بحث وزير الزراعة العراقي كريم الساعدي مع نظيره الأردني نادر القيسي في بغداد، أمس الخميس، سبل زيادة صادرات الحبوب وتنظيم النقل البري بين البلدين، وفق بيان صادر عن الوزارة.

وقال الساعدي إن الجانبين اتفقا على تشكيل لجنة فنية مشتركة تجتمع كل ثلاثة أشهر لمتابعة تنفيذ ما تم الاتفاق عليه، مضيفاً أن الموسم الزراعي الحالي يبشر بإنتاج وفير.

شارك الخبر:
فيسبوك تويتر واتساب

أخبار ذات صلة
ارتفاع أسعار الأسمدة في الأسواق المحلية
ارتفاع أسعار الأسمدة في الأسواق المحلية
شهدت الأسواق ارتفاعاً ملحوظاً في أسعار الأسمدة خلال الأسبوع الماضي بسبب تأخر الشحنات
1204
افتتاح معرض الكتاب في دورته الجديدة
87
إعلان
)"_s;

// A blog-style page: an inline "read also" link inside the article, whose text carries on after it,
// a one-word subheading in the middle (content, not a label), and labels only at the end.
const QString kInlineArticle = uR"(مجلس التعاون يعقد اجتماعه الدوري في مسقط

عقد المجلس الوزاري اجتماعه الدوري في مسقط برئاسة وزير الخارجية العماني سالم الحارثي، وناقش ملفات الطاقة والنقل والربط الكهربائي بين الدول الأعضاء.

اقرأ أيضاً: الربط الكهربائي الخليجي يدخل مرحلته الثالثة

وأكد البيان الختامي أهمية تسريع مشروعات البنية التحتية المشتركة، ودعا إلى تعزيز الاستثمار في الطاقة المتجددة وتطوير الموانئ وربطها بشبكة سكك حديدية تخدم التجارة البينية وتخفض كلفة النقل على المصدرين في المنطقة كلها خلال السنوات المقبلة.

اقتصاد

وتوقع خبراء أن ينعكس الاتفاق على حجم التبادل التجاري بين الدول الأعضاء خلال العام المقبل.
سياسة
منوعات
تقنية
)"_s;

// An aggregator's copy: the "first published on" disclaimer with the date it was fetched.
const QString kAggregatorArticle = uR"(وفد برلماني مغربي يزور نواكشوط

هذا الخبر بعنوان "وفد برلماني في نواكشوط" نُشر أولاً على موقع صحراء نيوز وتم جلبه من مصدره الأصلي بتاريخ ٣ آذار ٢٠٢٤.
لا يتحمل موقعنا مضمونه بأي شكل من الأشكال.
وصل وفد من مجلس النواب المغربي برئاسة النائب يوسف بنعلي إلى نواكشوط في زيارة تستمر ثلاثة أيام، يلتقي خلالها رئيس الجمعية الوطنية الموريتانية.
)"_s;

} // namespace

class TestImport final : public QObject
{
    Q_OBJECT

private slots:
    void publicationDayFromTheAddress_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QDate>("day");
        const QDate none;
        QTest::newRow("year/month/day") << "https://news.example/2024/06/09/talks-in-minsk.html" << QDate(2024, 6, 9);
        QTest::newRow("one digit") << "https://news.example/politics/2023/3/7/story" << QDate(2023, 3, 7);
        QTest::newRow("dashes") << "https://news.example/a/2022-11-30-visit" << QDate(2022, 11, 30);
        QTest::newRow("compact") << "https://news.example/20210415/some-title-123.html" << QDate(2021, 4, 15);
        QTest::newRow("time stamp") << "https://radio.example/article/title_words_1700000000" << QDate(2023, 11, 14);
        QTest::newRow("percent-encoded path")
            << "https://news.example/%D8%AE%D8%A8%D8%B1/2020/01/02/x" << QDate(2020, 1, 2);
        QTest::newRow("month only") << "https://blog.example/2025/02/blog-post_30.html" << none;
        QTest::newRow("article number") << "https://news.example/article/413874" << none;
        QTest::newRow("long number") << "https://news.example/p/17000000001234" << none;
        QTest::newRow("in the future") << "https://news.example/2099/01/01/x" << none;
        QTest::newRow("impossible day") << "https://news.example/2024/02/31/x" << none;
        QTest::newRow("date in the query") << "https://news.example/?p=46354&d=2024-01-01" << none;
        QTest::newRow("no address") << "" << none;
    }

    void presentationFormsAreReadAsLetters()
    {
        // Text copied from a PDF: every letter a presentation form (what u_shapeArabic makes of plain text).
        const QString plain =
            u"التقى وزير الخارجية الروسي سيرغي لافروف في موسكو أمس وزير الخارجية السوري أسعد الشيباني."_s;
        QList<UChar> shaped(plain.size() * 2 + 8);
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length =
            u_shapeArabic(reinterpret_cast<const UChar *>(plain.utf16()), int32_t(plain.size()), shaped.data(),
                          int32_t(shaped.size()), U_SHAPE_LETTERS_SHAPE | U_SHAPE_LENGTH_GROW_SHRINK, &status);
        QVERIFY(U_SUCCESS(status));
        const QString pdfText(reinterpret_cast<const QChar *>(shaped.constData()), length);
        QVERIFY(std::any_of(pdfText.cbegin(), pdfText.cend(), [](QChar c) { return c.unicode() >= 0xFE70; }));
        const QString dir = m_tmp.filePath(u"pdf"_s);
        QVERIFY(writeFile(dir + u"/copied.txt"_s, pdfText.toUtf8()));
        StoreError error;
        auto store = Store::open(m_tmp.filePath(u"pdf.sqlite"_s), &error);
        QVERIFY(store);
        const ImportReport report =
            Ingestor(*store, test::bundledGazetteer()).importPaths({dir}, {.manifestPath = {}, .extract = true});
        QCOMPARE(report.count(ImportItem::Status::Imported), 1);
        QVERIFY(report.notes.join(u'\n').contains(u"presentation forms"_s));
        const Dataset data = store->loadDataset();
        QCOMPARE(data.events.size(), 1);
        QCOMPARE(data.events.constFirst().participants.size(), 2);
        QVERIFY2(data.articles.constFirst().title.contains(u"لافروف"_s), qPrintable(data.articles.constFirst().title));
    }

    void publicationDayFromTheAddress()
    {
        QFETCH(QString, url);
        QFETCH(QDate, day);
        QCOMPARE(publicationDateFromUrl(url, QDate(2026, 12, 2)), day);
    }

    // Decoding ------------------------------------------------------------------------------------
    void decodesUtf8AndBom();
    void decodesUtf16WithBom();
    void decodesUtf16WithoutBom();
    void decodesWindows1256WithNote();
    void refusesLatinTextThatIsNot1256();
    void refusesBinaryAndEmpty();
    void utf8WithABadByteIsReadWithReplacement();
    void mixedEncodingsAreReadLineByLine();
    void repeatedByteOrderMarksAreNotText();
    // Web pages -----------------------------------------------------------------------------------
    void htmlDropsScriptsNavigationAndFurnitureClasses();
    void htmlKeepsOnlyTheMarkedStory();
    void htmlDeclaredCharsetAndSloppyMarkup();
    void htmlEntities();
    void htmlArticleEndToEnd();
    void htmlMetadataCitesThePage();
    void htmlMetadataDatesThePage();
    void garbageNeverCrashes();
    // Furniture -----------------------------------------------------------------------------------
    void furnitureInWireStyle();
    void furnitureInlineReadAlsoKeepsArticle();
    void furnitureDisclaimer();
    void furnitureLexiconIsData();
    // Datelines -----------------------------------------------------------------------------------
    void datelineStandaloneFirstLine();
    void datelineAfterMarker();
    void datelineNotTakenFromBody();
    // Manifest and files --------------------------------------------------------------------------
    void manifestReadsEntries();
    void manifestMalformedNamesFile_data();
    void manifestMalformedNamesFile();
    void collectorWalksFolders();
    void collectorProblems();
    // Reader: bad input, each one clear line -------------------------------------------------------
    void readerBadInput();
    void readerHugeFileRefused();
    void readerUnreadableFile();
    void readerTitleAndHash();
    // Ingestor ------------------------------------------------------------------------------------
    void ingestorImportsDuplicatesAndVersions();
    void ingestorBadFilesDoNotStopBatch();
    void ingestorMalformedFolderManifest();
    void ingestorCancelAndProgress();
    void ingestorSummarisesUndatedArticles();
    void ingestorStopsWhenDatabaseLocked();
    void ingestorStoresABatchAgainAloneWhenOneFileIsRefused();
    void ingestorExtractsWhatAnEarlierImportLeftUnextracted();
    void ingestorReportsManyFilesInTheirOrder();
    void extractionStopsAtDamageMetMidSession();
    void extractionReadsOnlyTheGazetteerItIsGiven();
    void aNameThatSaysNoOfficeIsNoActor();
    // rasad-cli import ----------------------------------------------------------------------------
    void cliUsageAndSummary();
    void cliKilledMidImportLeavesWholeArticles();

private:
    QTemporaryDir m_tmp;
};

void TestImport::decodesUtf8AndBom()
{
    const QString text = u"زار وزير الخارجية التونسي الجزائر أمس."_s;
    DecodedText d = TextDecoder::decode(text.toUtf8());
    QVERIFY(d.ok());
    QCOMPARE(d.text, text);
    QCOMPARE(d.encoding, u"UTF-8"_s);
    QVERIFY(d.note.isEmpty());

    d = TextDecoder::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    QVERIFY(d.ok());
    QCOMPARE(d.text, text); // the mark is not part of the text
    QCOMPARE(d.encoding, u"UTF-8 (BOM)"_s);
}

void TestImport::utf8WithABadByteIsReadWithReplacement()
{
    // One flipped byte used to reject the whole article as "not UTF-8 ... not imported".
    const QString text = u"التقى وزير الخارجية السوري نظيره الروسي في موسكو أمس وبحثا العلاقات الثنائية."_s;
    QByteArray bytes = text.toUtf8();
    bytes.insert(20, '\xFF');
    DecodedText d = TextDecoder::decode(bytes);
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.encoding, u"UTF-8"_s);
    QCOMPARE(d.note, u"1 byte is not valid UTF-8 and was replaced with U+FFFD (\uFFFD)"_s);
    QCOMPARE(d.text.count(QChar(0xFFFD)), 1);
    QCOMPARE(QString(d.text).remove(QChar(0xFFFD)), text);

    bytes.insert(40, "\xC3\x28"); // a lead byte whose continuation is not one: one more bad byte
    d = TextDecoder::decode(bytes);
    QVERIFY(d.ok());
    QVERIFY2(d.note.startsWith(u"2 bytes are not valid UTF-8"_s), qPrintable(d.note));

    // A windows-1256 file is nearly all invalid as UTF-8: still read as windows-1256, not as damaged UTF-8.
    const QByteArray legacy = encode(text, "windows-1256");
    QCOMPARE(TextDecoder::decode(legacy).encoding, u"windows-1256 (assumed)"_s);
}

void TestImport::mixedEncodingsAreReadLineByLine()
{
    // Two files joined, one UTF-8 and one windows-1256: read as either, half of it was mojibake (or
    // the whole file was refused). Each line is read in its own encoding.
    const QString first = u"استقبل وزير الخارجية السفير الروسي في دمشق أمس وبحثا التعاون بين البلدين."_s;
    const QString second = u"وقال الوزير إن الجانبين اتفقا على عقد اجتماع جديد في موسكو."_s;
    QByteArray bytes;
    for (int i = 0; i < 3; ++i)
        bytes += first.toUtf8() + "\n";
    bytes += "\n";
    for (int i = 0; i < 3; ++i)
        bytes += encode(second, "windows-1256") + "\r\n";
    DecodedText d = TextDecoder::decode(bytes);
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.encoding, u"UTF-8 and windows-1256 (mixed)"_s);
    QCOMPARE(d.text, QString(first + u"\n"_s).repeated(3) + u"\n"_s + QString(second + u"\r\n"_s).repeated(3));
    QCOMPARE(d.note,
             u"mixed encodings: 3 of 7 lines are windows-1256 (the first is line 5), the others UTF-8; each line "
             "was read in its own encoding"_s);

    // Mostly windows-1256 with one UTF-8 line: the UTF-8 line is not read as windows-1256 mojibake.
    bytes = QByteArray(encode(second, "windows-1256") + "\n").repeated(30) + first.toUtf8();
    d = TextDecoder::decode(bytes);
    QVERIFY2(d.ok(), qPrintable(d.error));
    QVERIFY(d.text.endsWith(first));
    QCOMPARE(d.text.count(second), 30);

    // A stray bad byte in a UTF-8 line is still only that (no windows-1256 line): replaced and counted.
    bytes = QByteArray(first.toUtf8() + "\n").repeated(3) + "\xFF" + second.toUtf8();
    d = TextDecoder::decode(bytes);
    QVERIFY(d.ok());
    QCOMPARE(d.encoding, u"UTF-8"_s);
    QVERIFY2(d.note.startsWith(u"1 byte is not valid UTF-8"_s), qPrintable(d.note));

    // Both within one line cannot be read right: refused, saying where, rather than stored as the
    // windows-1256 mojibake of its UTF-8 half (which passes for Arabic).
    d = TextDecoder::decode(u"سطر أول\n"_s.toUtf8() + first.toUtf8() + ' ' + encode(second, "windows-1256"));
    QVERIFY(!d.ok());
    QVERIFY2(d.error.startsWith(u"mixed or damaged encoding: "_s), qPrintable(d.error));
    QVERIFY2(d.error.contains(u"the first at line 2 (byte "_s), qPrintable(d.error));

    // A whole windows-1256 file is still that, with no line read as UTF-8.
    d = TextDecoder::decode(QByteArray(encode(second, "windows-1256") + "\n").repeated(5));
    QCOMPARE(d.encoding, u"windows-1256 (assumed)"_s);
}

void TestImport::repeatedByteOrderMarksAreNotText()
{
    // Found by fuzz_reader: a UTF-16 page whose mark is repeated kept U+FEFF at the start of its text.
    const QString text = u"<p>استقبل المحافظ وفداً روسياً في دمشق.</p>"_s;
    QByteArray bytes("\xFE\xFF\xFE\xFF\xFE\xFF");
    for (QChar c : text)
        bytes += char(c.unicode() >> 8), bytes += char(c.unicode() & 0xFF);
    const ReadResult r = ArticleReader().readBytes(bytes, u"/x/page.html"_s);
    QVERIFY2(r.article, qPrintable(r.error));
    QCOMPARE(r.article->originalText, u"استقبل المحافظ وفداً روسياً في دمشق."_s);
    const ReadResult t = ArticleReader().readBytes("\xEF\xBB\xBF\xEF\xBB\xBF" + u"نص"_s.toUtf8(), u"/x/a.txt"_s);
    QVERIFY2(t.article, qPrintable(t.error));
    QCOMPARE(t.article->originalText, u"نص"_s);
}

void TestImport::decodesUtf16WithBom()
{
    const QString text = u"التقى الأمين العام للجامعة العربية وفداً من كازاخستان.\nSecond line."_s;
    DecodedText le = TextDecoder::decode(QByteArray("\xFF\xFE") + encode(text, "UTF-16LE"));
    QVERIFY2(le.ok(), qPrintable(le.error));
    QCOMPARE(le.text, text);
    QCOMPARE(le.encoding, u"UTF-16LE (BOM)"_s);

    DecodedText be = TextDecoder::decode(QByteArray("\xFE\xFF") + encode(text, "UTF-16BE"));
    QVERIFY2(be.ok(), qPrintable(be.error));
    QCOMPARE(be.text, text);
    QCOMPARE(be.encoding, u"UTF-16BE (BOM)"_s);
}

void TestImport::decodesUtf16WithoutBom()
{
    const QString text = u"استقبل رئيس الوزراء الليبي سفير اليابان في طرابلس اليوم."_s;
    const DecodedText d = TextDecoder::decode(encode(text, "UTF-16LE"));
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.text, text);
    QVERIFY(d.note.contains(u"UTF-16LE"_s));
}

void TestImport::decodesWindows1256WithNote()
{
    const QString text =
        u"بحث رئيس الحكومة اللبنانية مع السفير الصيني، الثلاثاء، مشروعات الطاقة \"الشمسية\" في البقاع."_s;
    const QByteArray bytes = encode(text, "windows-1256");
    QVERIFY(!bytes.isEmpty());
    const DecodedText d = TextDecoder::decode(bytes);
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.text, text);
    QCOMPARE(d.encoding, u"windows-1256 (assumed)"_s);
    QCOMPARE(d.note, u"not UTF-8; read as windows-1256"_s);
}

void TestImport::refusesLatinTextThatIsNot1256()
{
    // Decision: bytes that are neither UTF-8 nor read as Arabic in windows-1256 are refused with a
    // reason, not stored as mojibake. French in Latin-1 is such a file.
    const QByteArray latin1 =
        encode(u"Le ministre a rencontré à Genève l'envoyé spécial, déclaré très satisfait."_s, "ISO-8859-1");
    const DecodedText d = TextDecoder::decode(latin1);
    QVERIFY(!d.ok());
    QVERIFY2(d.error.contains(u"not UTF-8"_s), qPrintable(d.error));
    QVERIFY(d.error.contains(u"not imported"_s));
}

void TestImport::refusesBinaryAndEmpty()
{
    QVERIFY(TextDecoder::decode({}).error.contains(u"empty"_s));
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000010000000100806000000");
    const DecodedText d = TextDecoder::decode(png);
    QVERIFY(!d.ok());
    QVERIFY2(d.error.contains(u"binary"_s), qPrintable(d.error));
    // Valid UTF-8 full of control bytes is binary too.
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls.append(char(i % 2 ? 0x01 : 'a'));
    QVERIFY(TextDecoder::decode(controls).error.contains(u"binary"_s));
}

void TestImport::htmlDropsScriptsNavigationAndFurnitureClasses()
{
    const QString page = uR"(<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>رئيس البرلمان الكويتي يستقبل وفداً ماليزياً | جريدة الخليج اليوم</title>
<meta property="og:title" content="رئيس البرلمان الكويتي يستقبل وفداً ماليزياً">
<style>.x{color:red}</style>
<script>var s = "<p>not text</p>";</script>
</head><body class="single has-related">
<header><nav><ul><li><a href="/">الرئيسية</a></li><li>سياسة</li></ul></nav></header>
<!-- ad slot <p>hidden</p> -->
<main><article>
<h1>رئيس البرلمان الكويتي يستقبل وفداً ماليزياً</h1>
<div class="post-share"><a>فيسبوك</a><a>تويتر</a></div>
<p>استقبل رئيس مجلس الأمة الكويتي فهد المطيري وفداً برلمانياً من ماليزيا برئاسة النائب أحمد زكي.</p>
<p>وبحث الجانبان تعزيز التعاون <b>البرلماني</b> بين البلدين.</p>
<div class="related-posts"><div><a>خبر آخر</a></div><p>نص دعائي</p></div>
<p>وتأتي الزيارة ضمن جولة خليجية.</p>
</article></main>
<aside><p>الأكثر قراءة</p></aside>
<form><input value="ابحث"></form>
<footer>جميع الحقوق محفوظة</footer>
<script type="text/javascript">document.write("<div>x</div>")</script>
</body></html>)"_s;
    const HtmlDocument doc = HtmlExtractor::extract(page.toUtf8(), FurnitureLexicon::builtIn()->htmlSkipTokens);
    QVERIFY(doc.decoding.ok());
    QCOMPARE(doc.title, u"رئيس البرلمان الكويتي يستقبل وفداً ماليزياً"_s);
    QVERIFY(doc.text.contains(u"استقبل رئيس مجلس الأمة الكويتي فهد المطيري وفداً برلمانياً من ماليزيا"_s));
    QVERIFY(doc.text.contains(u"تعزيز التعاون البرلماني بين البلدين."_s));
    QVERIFY(doc.text.contains(u"وتأتي الزيارة ضمن جولة خليجية."_s)); // text after a skipped nested block
    for (const QString &gone : {u"not text"_s, u"color"_s, u"الرئيسية"_s, u"hidden"_s, u"فيسبوك"_s, u"خبر آخر"_s,
                                u"نص دعائي"_s, u"الأكثر قراءة"_s, u"جميع الحقوق"_s, u"document"_s, u"جريدة"_s})
        QVERIFY2(!doc.text.contains(gone), qPrintable(gone));
    // Paragraphs stay apart: a blank line between them.
    QVERIFY(doc.text.contains(u"ماليزيا برئاسة النائب أحمد زكي.\n\nوبحث"_s));
}

void TestImport::htmlKeepsOnlyTheMarkedStory()
{
    // A ticker and teaser cards outside the story name other contacts: where the page marks its story, the
    // rest is the site's. The headline outside the <article> stays; a short teaser <article> is not the story.
    const QString page = uR"(<html lang="ar"><body>
<div class="ticker">عاجل: وزير الزراعة الليبي يستقبل نظيره التونسي في طرابلس</div>
<h1>وزير النقل الأردني يلتقي نظيره العراقي</h1>
<article class="card"><a>رئيس الوزراء المغربي يزور نواكشوط</a></article>
<article class="story">
<p>التقى وزير النقل الأردني سامر الخطيب نظيره العراقي كريم الساعدي في عمّان أمس، وبحث الجانبان خطوط الشحن البري بين البلدين وتسهيل عبور الشاحنات.</p>
<p>واتفق الوزيران على اجتماع للجنة الفنية المشتركة الشهر المقبل.</p>
</article>
<article class="card"><a>وزير المالية المصري يبحث مع وفد من صندوق النقد</a></article>
</body></html>)"_s;
    const HtmlDocument doc = HtmlExtractor::extract(page.toUtf8(), FurnitureLexicon::builtIn()->htmlSkipTokens);
    QVERIFY(doc.text.startsWith(u"وزير النقل الأردني يلتقي نظيره العراقي"_s));
    QVERIFY(doc.text.contains(u"التقى وزير النقل الأردني سامر الخطيب"_s));
    QVERIFY(doc.text.contains(u"اجتماع للجنة الفنية المشتركة"_s));
    for (const QString &gone : {u"الليبي"_s, u"نواكشوط"_s, u"صندوق النقد"_s})
        QVERIFY2(!doc.text.contains(gone), qPrintable(gone));

    // A page whose only <article> is a short teaser keeps all its text.
    const QString unmarked = uR"(<html><body><p>استقبل محافظ البصرة وفداً من رجال الأعمال الكويتيين اليوم وبحث معهم فرص الاستثمار في الموانئ.</p>
<article><a>خبر قصير</a></article></body></html>)"_s;
    const HtmlDocument plain = HtmlExtractor::extract(unmarked.toUtf8(), FurnitureLexicon::builtIn()->htmlSkipTokens);
    QVERIFY(plain.text.contains(u"استقبل محافظ البصرة"_s));
}

void TestImport::htmlDeclaredCharsetAndSloppyMarkup()
{
    // An older outlet: windows-1256 declared through http-equiv, upper-case tags, unquoted attributes,
    // unclosed paragraphs, <br> line breaks, no og:title and a title with the outlet's name.
    const QString page = uR"(<HTML><HEAD><META HTTP-EQUIV=Content-Type CONTENT="text/html; charset=windows-1256">
<TITLE>الأمير يستقبل سفير البرازيل</TITLE></HEAD>
<BODY BGCOLOR=white><TABLE><TR><TD>
<P>استقبل الأمير سفير البرازيل لدى الدوحة<BR>وتسلم منه رسالة خطية.
<P>وحضر اللقاء وزير الدولة & مستشاره 3 < 5.
</TD></TR></TABLE></BODY></HTML>)"_s;
    const QByteArray bytes = encode(page, "windows-1256");
    QCOMPARE(HtmlExtractor::declaredCharset(bytes), QByteArray("windows-1256"));
    const HtmlDocument doc = HtmlExtractor::extract(bytes);
    QVERIFY2(doc.decoding.ok(), qPrintable(doc.decoding.error));
    QCOMPARE(doc.decoding.encoding, u"windows-1256"_s);
    QCOMPARE(doc.title, u"الأمير يستقبل سفير البرازيل"_s);
    QVERIFY(doc.text.contains(u"استقبل الأمير سفير البرازيل لدى الدوحة\nوتسلم منه رسالة خطية."_s));
    QVERIFY(doc.text.contains(u"وزير الدولة & مستشاره 3 < 5."_s));

    // A page that declares UTF-8 but was saved in windows-1256 is still read, with a note.
    QString liar = page;
    liar.replace(u"windows-1256"_s, u"utf-8"_s);
    const HtmlDocument second = HtmlExtractor::extract(encode(liar, "windows-1256"));
    QVERIFY2(second.decoding.ok(), qPrintable(second.decoding.error));
    QVERIFY(second.decoding.note.contains(u"declares charset utf-8"_s));
    QCOMPARE(second.title, u"الأمير يستقبل سفير البرازيل"_s);

    // Without <title>, the first <h1> names the page.
    QCOMPARE(HtmlExtractor::extractText(u"<body><h1>عنوان <i>الخبر</i></h1><p>نص</p>"_s).title, u"عنوان الخبر"_s);
}

void TestImport::htmlEntities()
{
    QCOMPARE(HtmlExtractor::decodeEntities(u"&#1587;&#x644;&#1575;&#x645; &amp; &laquo;x&raquo; &bogus; &#0;"_s),
             u"سلام & «x» &bogus; \uFFFD"_s);
    const HtmlDocument doc = HtmlExtractor::extractText(u"<p>قال&nbsp;الوزير: &quot;نعم&quot;</p>"_s);
    QCOMPARE(doc.text, u"قال\u00A0الوزير: \"نعم\""_s);
}

void TestImport::htmlArticleEndToEnd()
{
    // A third outlet's shape: breadcrumbs as a list, the date in a byline, a related list in a <section>,
    // tags and a comment form after the article.
    const QString page = uR"(<!doctype html><html><head><meta charset="UTF-8">
<meta name="twitter:title" content="محافظ البصرة يستقبل القنصل التركي">
<title>محافظ البصرة يستقبل القنصل التركي - شبكة الرافدين</title></head>
<body><ol class="breadcrumb"><li>الرئيسية</li><li>محليات</li></ol>
<div class="byline"><span>نُشر في</span> <time datetime="2023-09-14">14 أيلول 2023</time></div>
<h1>محافظ البصرة يستقبل القنصل التركي</h1>
<p>استقبل محافظ البصرة عامر الفايز القنصل التركي العام في مكتبه، وبحثا تطوير المنافذ الحدودية.</p>
<p>وأشار البيان إلى الاتفاق على تسهيل إجراءات دخول الشاحنات.</p>
<section class="related"><h3>اقرأ أيضاً</h3><ul><li>افتتاح جسر جديد</li></ul></section>
<div class="tags">منافذ، تجارة</div>
<div id="comments"><form><textarea>اكتب تعليقك</textarea></form></div>
</body></html>)"_s;
    const ReadResult r = ArticleReader().readBytes(page.toUtf8(), u"/pages/basra.html"_s);
    QVERIFY2(r.article, qPrintable(r.error));
    const Article &a = *r.article;
    QCOMPARE(a.title, u"محافظ البصرة يستقبل القنصل التركي"_s);
    QCOMPARE(a.published, QDate(2023, 9, 14));
    QCOMPARE(a.publishedOrigin, DateOrigin::Text);
    QCOMPARE(a.encoding, u"UTF-8"_s);
    QVERIFY(a.originalText.contains(u"وبحثا تطوير المنافذ الحدودية.\n\nوأشار البيان"_s));
    for (const QString &gone : {u"الرئيسية"_s, u"افتتاح جسر"_s, u"منافذ، تجارة"_s, u"اكتب تعليقك"_s})
        QVERIFY2(!a.originalText.contains(gone), qPrintable(gone));
    QVERIFY(isFurniture(a.originalText, a.furniture, u"نُشر في"_s));
    QVERIFY(!isFurniture(a.originalText, a.furniture, u"استقبل محافظ البصرة"_s));
}

void TestImport::htmlMetadataCitesThePage()
{
    // The outlet and address a saved page names itself fill what the manifest does not give.
    const QString page = uR"(<html><head><meta property="og:site_name" content="أخبار المثال">
<link rel="canonical" href="https://example.org/canonical/1"><meta property="og:url" content="https://example.org/news/1">
</head><body><p>استقبل الوزير الوفد الزائر في مكتبه أمس وبحثا التعاون.</p></body></html>)"_s;
    const ReadResult r = ArticleReader().readBytes(page.toUtf8(), u"/pages/one.html"_s);
    QVERIFY2(r.article, qPrintable(r.error));
    QCOMPARE(r.article->source, u"أخبار المثال"_s);
    QCOMPARE(r.article->url, u"https://example.org/news/1"_s);
    QCOMPARE(HtmlExtractor::extractText(u"<link rel=\"canonical\" href=\"https://example.org/c\"><p>نص</p>"_s).url,
             u"https://example.org/c"_s);
    QCOMPARE(HtmlExtractor::extractText(u"<link rel=\"canonical\" href=\"/relative\"><p>نص</p>"_s).url, QString());
    // The manifest's own values win.
    ManifestEntry entry;
    entry.source = u"outlet"_s;
    entry.url = u"https://example.org/from-manifest"_s;
    const ReadResult m = ArticleReader().readBytes(page.toUtf8(), u"/pages/one.html"_s, &entry);
    QVERIFY2(m.article, qPrintable(m.error));
    QCOMPARE(m.article->source, u"outlet"_s);
    QCOMPARE(m.article->url, u"https://example.org/from-manifest"_s);
}

void TestImport::htmlMetadataDatesThePage()
{
    // The page says when it was published: a meta tag, else JSON-LD; the day as the outlet wrote it.
    const QString meta = uR"(<html><head><meta property="article:published_time" content="2024-11-03T23:40:00+03:00">
</head><body><p>استقبل الوزير الوفد الزائر في مكتبه اليوم وبحثا التعاون.</p></body></html>)"_s;
    const ReadResult r = ArticleReader().readBytes(meta.toUtf8(), u"/pages/meta.html"_s);
    QVERIFY2(r.article, qPrintable(r.error));
    QCOMPARE(r.article->published, QDate(2024, 11, 3));
    QCOMPARE(r.article->publishedOrigin, DateOrigin::Metadata);
    const QString jsonLd = uR"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
"headline":"عنوان","datePublished": "2023-02-14T08:00:00Z","dateModified":"2023-02-15"}</script></head>
<body><p>نص الخبر.</p></body></html>)"_s;
    QCOMPARE(HtmlExtractor::extractText(jsonLd).published, QDate(2023, 2, 14));
    QCOMPARE(HtmlExtractor::extractText(u"<meta itemprop=\"datePublished\" content=\"2022-05-06\"><p>نص</p>"_s).published,
             QDate(2022, 5, 6));
    QVERIFY(!HtmlExtractor::extractText(u"<meta property=\"article:published_time\" content=\"soon\"><p>نص</p>"_s)
                 .published.isValid());
    // The manifest's date still wins.
    ManifestEntry entry;
    entry.published = QDate(2024, 11, 4);
    const ReadResult m = ArticleReader().readBytes(meta.toUtf8(), u"/pages/meta.html"_s, &entry);
    QVERIFY2(m.article, qPrintable(m.error));
    QCOMPARE(m.article->published, QDate(2024, 11, 4));
}

void TestImport::garbageNeverCrashes()
{
    // Random bytes and cut-off markup through every stage: an error or an article, never a crash,
    // and every furniture span inside the text.
    const ArticleReader reader;
    QRandomGenerator random(20240229);
    const QByteArray markup = u"<p class=\"share\">شارك<div><!-- x <script>a</script> &#x62; &amp <h1>عنوان</h1>"
                              u"\nاقرأ أيضاً\n123\nسياسة\n<title>ع</title>"_s.toUtf8();
    for (int i = 0; i < 1500; ++i) {
        QByteArray bytes;
        const int length = int(random.bounded(1, 400));
        for (int k = 0; k < length; ++k)
            bytes.append(i % 2 ? markup.at(random.bounded(int(markup.size()))) : char(random.bounded(256)));
        if (i % 3 == 0)
            bytes = markup.left(random.bounded(int(markup.size()))) + bytes;
        const QString name = i % 2 ? u"/g/page.html"_s : u"/g/text.txt"_s;
        const ReadResult r = reader.readBytes(bytes, name);
        QVERIFY(r.article.has_value() != !r.error.isEmpty());
        if (!r.article)
            continue;
        for (const TextSpan &span : r.article->furniture)
            QVERIFY(span.start >= 0 && span.start < span.end && span.end <= r.article->originalText.size());
    }
}

void TestImport::furnitureInWireStyle()
{
    const FurnitureDetector detector;
    const QString &text = kWireArticle;
    const QList<TextSpan> spans = detector.detect(text);
    QVERIFY(isFurniture(text, spans, u"الرئيسية > أخبار > دولي"_s));
    QVERIFY(isFurniture(text, spans, u"عربي ودولي"_s));
    QVERIFY(spansOf(text, spans, u"navigation"_s).contains(u"الرئيسية > أخبار > دولي"_s));
    QVERIFY(spansOf(text, spans, u"view-counter"_s).contains(u"2.341 مشاهدة"_s));
    QVERIFY(spansOf(text, spans, u"share"_s).contains(u"شارك الخبر:\nفيسبوك تويتر واتساب"_s));
    QVERIFY(isFurniture(text, spans, u"أخبار ذات صلة"_s));
    QVERIFY(isFurniture(text, spans, u"شهدت الأسواق"_s));
    QVERIFY(isFurniture(text, spans, u"افتتاح معرض"_s));
    QVERIFY(isFurniture(text, spans, u"إعلان"_s));
    // The article itself is untouched.
    QVERIFY(!isFurniture(text, spans, u"وزير الزراعة العراقي يبحث"_s));
    QVERIFY(!isFurniture(text, spans, u"بحث وزير الزراعة"_s));
    QVERIFY(!isFurniture(text, spans, u"وقال الساعدي"_s));
    // Spans do not overlap and stay inside the text.
    for (qsizetype i = 0; i < spans.size(); ++i) {
        QVERIFY(spans[i].start >= 0 && spans[i].end <= text.size() && spans[i].start < spans[i].end);
        if (i > 0)
            QVERIFY(spans[i - 1].end <= spans[i].start);
    }
}

void TestImport::furnitureInlineReadAlsoKeepsArticle()
{
    const FurnitureDetector detector;
    const QString &text = kInlineArticle;
    const QList<TextSpan> spans = detector.detect(text);
    QVERIFY(spansOf(text, spans, u"teaser"_s).contains(u"اقرأ أيضاً: الربط الكهربائي الخليجي يدخل مرحلته الثالثة"_s));
    QVERIFY(!isFurniture(text, spans, u"وأكد البيان الختامي"_s));
    QVERIFY(!isFurniture(text, spans, u"وتوقع خبراء"_s));
    QVERIFY(!isFurniture(text, spans, u"\nاقتصاد\n"_s.mid(1))); // a subheading inside the article
    QVERIFY(!isFurniture(text, spans, u"عقد المجلس الوزاري"_s));
    QCOMPARE(spansOf(text, spans, u"section-label"_s), QStringList{u"سياسة\nمنوعات\nتقنية"_s});
}

void TestImport::furnitureDisclaimer()
{
    const FurnitureDetector detector;
    const QString &text = kAggregatorArticle;
    const QList<TextSpan> spans = detector.detect(text);
    QVERIFY(isFurniture(text, spans, u"هذا الخبر بعنوان"_s));
    QVERIFY(isFurniture(text, spans, u"لا يتحمل موقعنا"_s));
    QVERIFY(!isFurniture(text, spans, u"وصل وفد"_s));
    QVERIFY(!isFurniture(text, spans, u"وفد برلماني مغربي"_s));
}

void TestImport::furnitureLexiconIsData()
{
    // The rules know no marker word of their own: with an outlet's own marker in the lexicon, its block is found.
    QString error;
    const auto custom =
        FurnitureLexicon::fromJson(uR"({"related_markers": ["روابط مختارة"]})"_s.toUtf8(), u"test"_s, &error);
    QVERIFY2(custom, qPrintable(error));
    const QString text = u"نص الخبر الطويل هنا.\n\nروابط مختارة:\nعنوان أول\nعنوان ثان\n"_s;
    const QList<TextSpan> spans = FurnitureDetector(custom).detect(text);
    QVERIFY(isFurniture(text, spans, u"روابط مختارة"_s));
    QVERIFY(isFurniture(text, spans, u"عنوان ثان"_s));
    QVERIFY(!isFurniture(text, spans, u"نص الخبر"_s));
    // With an empty lexicon nothing but counters and repeated lines can be found.
    const auto empty = FurnitureLexicon::fromJson("{}", u"test"_s, &error);
    QVERIFY(!isFurniture(text, FurnitureDetector(empty).detect(text), u"روابط مختارة"_s));
    // A malformed lexicon is refused with its name.
    QVERIFY(!FurnitureLexicon::fromJson(R"({"share_markers": 3})", u"mine.json"_s, &error));
    QVERIFY(error.startsWith(u"mine.json: "_s));
}

void TestImport::datelineStandaloneFirstLine()
{
    const DatelineFinder finder;
    const QString text = u"الخميس، 4 أبريل 2024 - 10:15 ص\n\nعنوان الخبر هنا\n\nفي يوم 2 أبريل 2024 التقى الطرفان.\n"_s;
    const auto found = finder.find(text);
    QVERIFY(found);
    QCOMPARE(found->date, QDate(2024, 4, 4));
    QVERIFY(found->standalone);
    QCOMPARE(text.mid(found->line.start, found->line.length()), u"الخميس، 4 أبريل 2024 - 10:15 ص"_s);

    // Levantine month names with the Gregorian name after a slash; Arabic-Indic digits.
    QCOMPARE(finder.parseDate(u"الأحد ٩ تشرين الأول/أكتوبر ٢٠٢٢"_s), QDate(2022, 10, 9));
    QCOMPARE(finder.parseDate(u"2023-01-30 14:00"_s), QDate(2023, 1, 30));
    QCOMPARE(finder.parseDate(u"31/12/2021"_s), QDate(2021, 12, 31));
    QVERIFY(!finder.parseDate(u"31/02/2021"_s).isValid());
    // Both calendars on one line, the Hijri day a day off and no الموافق between them: the civil day.
    const auto twoCalendars = finder.find(u"الخميس 10 رجب 1446 هـ الموافق 9 يناير 2025 م\n\nنص الخبر هنا.\n"_s);
    QVERIFY(twoCalendars);
    QCOMPARE(twoCalendars->date, QDate(2025, 1, 9));
    QCOMPARE(finder.parseDate(u"10 رجب 1446 - 09 يناير 2025"_s), QDate(2025, 1, 9));
    // A short headline that mentions a date is not a dateline.
    QVERIFY(!finder.find(u"قمة الرباط في 20 أيار 2024 تبحث أمن الساحل\n\nنص الخبر.\n"_s));
}

void TestImport::datelineAfterMarker()
{
    const DatelineFinder finder;
    const QString text = u"عنوان التقرير\nنشر في: 12/03/2023\nنص طويل عن لقاء جرى في عمان بين وزيرين.\n"_s;
    const auto found = finder.find(text);
    QVERIFY(found);
    QCOMPARE(found->date, QDate(2023, 3, 12));

    // Inside the aggregator disclaimer (already furniture), whatever the line's length.
    const QList<TextSpan> spans = FurnitureDetector().detect(kAggregatorArticle);
    const auto fromDisclaimer = finder.find(kAggregatorArticle, spans);
    QVERIFY(fromDisclaimer);
    QCOMPARE(fromDisclaimer->date, QDate(2024, 3, 3));
    QVERIFY(!fromDisclaimer->standalone);

    // At the end of the page.
    const auto atEnd = finder.find(u"نص الخبر الأول.\nنص الخبر الثاني.\nتاريخ النشر 7 حزيران 2021\n"_s);
    QVERIFY(atEnd);
    QCOMPARE(atEnd->date, QDate(2021, 6, 7));
}

void TestImport::datelineNotTakenFromBody()
{
    const DatelineFinder finder;
    // A date in the first sentence is when the event happened, not when the page was published.
    QVERIFY(!finder.find(
        u"عقد وزيرا الخارجية اجتماعاً في القاهرة يوم الأحد 16 أيار 2024 لبحث الملفات الإقليمية المشتركة بين البلدين.\n"_s));
    // A short sentence with بتاريخ in the middle of an article is not a dateline either.
    QVERIFY(!finder.find(u"مقدمة الخبر الطويلة هنا.\nفقرة أولى من النص.\nفقرة ثانية من النص.\nفقرة ثالثة.\n"
                         u"وكان الطرفان قد التقيا بتاريخ 5 آذار 2024 في دمشق.\nفقرة خامسة.\nفقرة سادسة.\nفقرة سابعة.\n"
                         u"فقرة ثامنة.\nفقرة تاسعة.\n"_s));
}

void TestImport::manifestReadsEntries()
{
    const QByteArray json = R"({"articles": [
        {"file": "a.txt", "published": "2024-02-29", "source": "outlet-a", "url": "https://a.example/1"},
        {"file": "sub/b.html", "published": null, "source": null}]})";
    QString error;
    const auto m = Manifest::parse(json, u"m.json"_s, &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->size(), 2);
    QVERIFY(m->entry(u"/some/folder/a.txt"_s));
    QCOMPARE(m->entry(u"a.txt"_s)->published, QDate(2024, 2, 29));
    QCOMPARE(m->entry(u"a.txt"_s)->url, u"https://a.example/1"_s);
    QVERIFY(!m->entry(u"b.html"_s)->published.isValid());
    QVERIFY(!m->entry(u"c.txt"_s));
}

void TestImport::manifestMalformedNamesFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not json") << QByteArray(R"({"articles": [)") << u"not valid JSON"_s;
    QTest::newRow("no list") << QByteArray(R"({"files": []})") << u"\"articles\""_s;
    QTest::newRow("bad date") << QByteArray(R"({"articles": [{"file": "x.txt", "published": "2024-13-40"}]})")
                              << u"x.txt"_s;
    QTest::newRow("no file") << QByteArray(R"({"articles": [{"published": "2024-01-01"}]})") << u"entry 1"_s;
    QTest::newRow("twice") << QByteArray(R"({"articles": [{"file": "x.txt"}, {"file": "x.txt"}]})") << u"twice"_s;
}

void TestImport::manifestMalformedNamesFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    QString error;
    QVERIFY(!Manifest::parse(json, u"/data/manifest.json"_s, &error));
    QVERIFY2(error.startsWith(u"/data/manifest.json: malformed manifest"_s), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

void TestImport::collectorWalksFolders()
{
    const QString root = m_tmp.filePath(u"collect"_s);
    for (const QString &name : {u"b.txt"_s, u"a.html"_s, u"sub/c.HTM"_s, u"sub/deeper/d.txt"_s, u"e.pdf"_s,
                                u".hidden.txt"_s, u".git/f.txt"_s, u"manifest.json"_s})
        QVERIFY(writeFile(root + u'/' + name, "x"));
    const CollectedInputs in = InputCollector::collect({root, root + u"/b.txt"_s});
    QStringList names;
    for (const InputFile &f : in.files)
        names << QDir(root).relativeFilePath(f.path);
    QCOMPARE(names, (QStringList{u"a.html"_s, u"b.txt"_s, u"sub/c.HTM"_s, u"sub/deeper/d.txt"_s}));
    QCOMPARE(in.notes.size(), 1);
    QVERIFY(in.notes.first().contains(u"e.pdf: skipped"_s));
    QVERIFY(in.problems.isEmpty());
}

void TestImport::collectorProblems()
{
    const QString empty = m_tmp.filePath(u"empty-folder"_s);
    QVERIFY(QDir().mkpath(empty + u"/only-images"_s));
    QVERIFY(writeFile(empty + u"/only-images/p.jpg"_s, "x"));
    const QString pdf = m_tmp.filePath(u"paper.pdf"_s);
    QVERIFY(writeFile(pdf, "%PDF"));
    const CollectedInputs in = InputCollector::collect({empty, m_tmp.filePath(u"missing.txt"_s), pdf});
    QVERIFY(in.files.isEmpty());
    QCOMPARE(in.problems.size(), 3);
    QCOMPARE(in.problems[0].message, empty + u": no articles in this folder (no .txt, .html or .htm files)"_s);
    QVERIFY(in.problems[1].message.endsWith(u"missing.txt: no such file or folder"_s));
    QVERIFY(in.problems[2].message.contains(u"paper.pdf: not an article file"_s));
}

void TestImport::readerBadInput()
{
    const ArticleReader reader;
    const QString dir = m_tmp.filePath(u"bad"_s);
    QVERIFY(writeFile(dir + u"/empty.txt"_s, {}));
    QVERIFY(writeFile(dir + u"/blank.txt"_s, " \n\t\n"));
    QVERIFY(writeFile(dir + u"/binary.txt"_s, QByteArray::fromHex("7f454c4602010100000000000000000003003e00")));
    QVERIFY(writeFile(dir + u"/latin.txt"_s,
                      encode(u"Réunion à Genève, déclaré très satisfait après l'entretien."_s, "ISO-8859-1")));
    QVERIFY(writeFile(dir + u"/empty-page.html"_s,
                      "<html><head><title>t</title><script>x()</script></head><body></body></html>"));

    const struct
    {
        const char *file;
        const char *problem;
    } cases[] = {{"empty.txt", "empty file"},
                 {"blank.txt", "empty file (only white space)"},
                 {"binary.txt", "binary file"},
                 {"latin.txt", "not UTF-8"},
                 {"empty-page.html", "no article text"}};
    for (const auto &c : cases) {
        const QString path = dir + u'/' + QLatin1String(c.file);
        const ReadResult r = reader.read(path);
        QVERIFY2(!r.article, c.file);
        QVERIFY2(r.error.startsWith(path + u": "_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String(c.problem)), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
    }
}

void TestImport::readerHugeFileRefused()
{
    // 50 MB, written sparse so the test itself stays light; the reader must refuse it before reading.
    const QString path = m_tmp.filePath(u"huge.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(50LL * 1024 * 1024));
    f.close();
    const ReadResult r = ArticleReader().read(path);
    QVERIFY(!r.article);
    QVERIFY2(r.error.startsWith(path + u": too large (50.0 MB"_s), qPrintable(r.error));
}

void TestImport::readerUnreadableFile()
{
    const ArticleReader reader;
    // A broken link and a FIFO: entries that cannot be read as files, whoever runs the test.
    const QString link = m_tmp.filePath(u"dangling.txt"_s);
    QVERIFY(QFile::link(m_tmp.filePath(u"nowhere.txt"_s), link));
    ReadResult r = reader.read(link);
    QVERIFY(!r.article);
    QVERIFY2(r.error.startsWith(link + u": broken link"_s), qPrintable(r.error));

    const QString fifo = m_tmp.filePath(u"pipe.txt"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
    r = reader.read(fifo); // must not block
    QVERIFY(!r.article);
    QVERIFY2(r.error.startsWith(fifo + u": not a regular file"_s), qPrintable(r.error));

    // chmod 000: refused for ordinary users; root reads it anyway, so that half is skipped there.
    const QString locked = m_tmp.filePath(u"locked.txt"_s);
    QVERIFY(writeFile(locked, u"نص مقفل"_s.toUtf8()));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    QFile probe(locked);
    if (probe.open(QIODevice::ReadOnly)) {
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSKIP("running as root: chmod 000 does not stop reads (broken link and FIFO cases passed)");
    }
    r = reader.read(locked);
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!r.article);
    QVERIFY2(r.error.startsWith(locked + u": cannot open"_s), qPrintable(r.error));
}

void TestImport::readerTitleAndHash()
{
    const ArticleReader reader;
    const QString path = m_tmp.filePath(u"wire.txt"_s);
    // CR LF line ends become LF: the same article saved on Windows is the same article.
    QString crlf = kWireArticle;
    crlf.replace(u'\n', u"\r\n"_s);
    QVERIFY(writeFile(path, encode(crlf, "windows-1256")));
    const ReadResult r = reader.read(path);
    QVERIFY2(r.article, qPrintable(r.error));
    const Article &a = *r.article;
    QCOMPARE(a.originalText, kWireArticle);
    QCOMPARE(a.title, u"وزير الزراعة العراقي يبحث في بغداد مع نظيره الأردني توريد الحبوب"_s);
    QCOMPARE(a.fileName, u"wire.txt"_s);
    QCOMPARE(a.encoding, u"windows-1256 (assumed)"_s);
    QCOMPARE(a.contentHash, QCryptographicHash::hash(kWireArticle.toUtf8(), QCryptographicHash::Sha256).toHex());
    QVERIFY(!a.furniture.isEmpty());
    QVERIFY(!a.published.isValid());
    QCOMPARE(a.publishedOrigin, DateOrigin::Unknown);
    QVERIFY(r.notes.join(u'\n').contains(u"read as windows-1256"_s));

    // A dateline on the first line: the date, origin "text", the line kept out of the title and extraction.
    const QString dated =
        u"الثلاثاء, 8 أكتوبر 2024 11:05 AM\n\nسفير إسبانيا يزور مرفأ طرطوس\n\nزار السفير الإسباني المرفأ.\n"_s;
    ReadResult d = reader.readBytes(dated.toUtf8(), u"/x/dated.txt"_s);
    QVERIFY(d.article);
    QCOMPARE(d.article->published, QDate(2024, 10, 8));
    QCOMPARE(d.article->publishedOrigin, DateOrigin::Text);
    QCOMPARE(d.article->title, u"سفير إسبانيا يزور مرفأ طرطوس"_s);
    QVERIFY(spansOf(dated, d.article->furniture, u"dateline"_s).contains(u"الثلاثاء, 8 أكتوبر 2024 11:05 AM"_s));

    // The manifest's date wins over the text's and sets source and URL.
    ManifestEntry entry{u"dated.txt"_s, QDate(2024, 10, 9), u"outlet-x"_s, u"https://x.example/a"_s};
    d = reader.readBytes(dated.toUtf8(), u"/x/dated.txt"_s, &entry);
    QCOMPARE(d.article->published, QDate(2024, 10, 9));
    QCOMPARE(d.article->publishedOrigin, DateOrigin::Manifest);
    QCOMPARE(d.article->source, u"outlet-x"_s);
    QCOMPARE(d.article->url, u"https://x.example/a"_s);
    QCOMPARE(d.article->title, u"سفير إسبانيا يزور مرفأ طرطوس"_s); // the dateline line is furniture all the same
    QVERIFY(d.notes.join(u'\n').contains(u"the manifest says published 2024-10-09, the page says 2024-10-08"_s));
}

namespace {

/** A folder of small invented articles in several encodings, with a manifest for some of them. */
QString makeArticleFolder(const QString &dir)
{
    writeFile(dir + u"/one.txt"_s, encode(kWireArticle, "windows-1256"));
    writeFile(dir + u"/two.txt"_s, QByteArray("\xFF\xFE") + encode(kInlineArticle, "UTF-16LE"));
    // Arabic-Indic digits have no windows-1256 bytes: this one is UTF-8 with a byte-order mark.
    writeFile(dir + u"/three.txt"_s, QByteArray("\xEF\xBB\xBF") + kAggregatorArticle.toUtf8());
    writeFile(
        dir + u"/pages/four.html"_s,
        u"<html><head><title>سفير كندا في عمّان</title></head><body><p>التقى سفير كندا وزير المياه الأردني.</p></body></html>"_s
            .toUtf8());
    writeFile(
        dir + u"/manifest.json"_s,
        R"({"articles": [{"file": "one.txt", "published": "2024-05-02", "source": "wire", "url": "https://w.example/1"},
                               {"file": "two.txt", "published": null, "source": "blog"}]})");
    return dir;
}

qint64 countRows(Store &store)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(store.handle(), "SELECT count(*) FROM articles", -1, &st, nullptr);
    qint64 n = -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

} // namespace

void TestImport::ingestorImportsDuplicatesAndVersions()
{
    const QString dir = makeArticleFolder(m_tmp.filePath(u"ingest"_s));
    StoreError error;
    auto store = Store::open(m_tmp.filePath(u"ingest.sqlite"_s), &error);
    QVERIFY2(store, qPrintable(error.message));
    Ingestor ingestor(*store, test::bundledGazetteer());
    ImportOptions options;
    options.extract = false;

    ImportReport first = ingestor.importPaths({dir}, options);
    QStringList failures;
    for (const ImportItem &item : first.items)
        if (item.status == ImportItem::Status::Failed)
            failures << item.message;
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(first.count(ImportItem::Status::Imported), 4);
    QCOMPARE(first.count(ImportItem::Status::Failed), 0);
    QCOMPARE(store->articlesAwaitingIndex(), 0); // the import wrote the search index before it returned
    const QList<Article> articles = store->articles(true);
    QCOMPARE(articles.size(), 4);
    for (const Article &a : articles) {
        if (a.fileName == u"one.txt"_s) {
            QCOMPARE(a.published, QDate(2024, 5, 2));
            QCOMPARE(a.publishedOrigin, DateOrigin::Manifest);
            QCOMPARE(a.source, u"wire"_s);
            QCOMPARE(a.originalText, kWireArticle);
        } else if (a.fileName == u"two.txt"_s) {
            QCOMPARE(a.publishedOrigin, DateOrigin::Unknown);
            QCOMPARE(a.source, u"blog"_s);
            QCOMPARE(a.originalText, kInlineArticle);
        } else if (a.fileName == u"three.txt"_s) {
            QCOMPARE(a.published, QDate(2024, 3, 3));
            QCOMPARE(a.publishedOrigin, DateOrigin::Text);
            QCOMPARE(a.originalText, kAggregatorArticle);
        } else {
            QCOMPARE(a.fileName, u"four.html"_s);
            QCOMPARE(a.title, u"سفير كندا في عمّان"_s);
        }
    }
    QVERIFY(first.notes.join(u'\n').contains(u"one.txt: not UTF-8; read as windows-1256"_s));

    // Two articles have no date anywhere (two.txt: null in the manifest; four.html: none in the page).
    QCOMPARE(first.notes.filter(u"publication date unknown"_s).size(), 2);
    QVERIFY(first.notes.join(u'\n').contains(u"four.html: publication date unknown"_s));

    // Again: nothing changes, and nothing is said about what was not stored.
    ImportReport second = ingestor.importPaths({dir}, options);
    QVERIFY2(second.notes.isEmpty(), qPrintable(second.notes.join(u'\n')));
    QCOMPARE(second.count(ImportItem::Status::Duplicate), 4);
    QCOMPARE(second.count(ImportItem::Status::Imported), 0);
    QCOMPARE(countRows(*store), 4);

    // A changed file with the same name is a new version; the old one stays.
    QVERIFY(writeFile(dir + u"/one.txt"_s, (kWireArticle + u"\nتصحيح: أضيفت فقرة.\n"_s).toUtf8()));
    ImportReport third = ingestor.importPaths({dir + u"/one.txt"_s}, options);
    QCOMPARE(third.count(ImportItem::Status::NewVersion), 1);
    QVERIFY(third.items.first().message.contains(u"version 2"_s));
    QCOMPARE(countRows(*store), 5);

    // The same name in another folder is another article: content and source, not the name, say which.
    const QString other = m_tmp.filePath(u"ingest-other"_s);
    QVERIFY(writeFile(other + u"/one.txt"_s, u"استقبل محافظ حمص وفداً روسياً لبحث إعادة الإعمار.\n"_s.toUtf8()));
    ImportReport fourth = ingestor.importPaths({other + u"/one.txt"_s}, options);
    QCOMPARE(fourth.count(ImportItem::Status::Imported), 1);
    QCOMPARE(fourth.count(ImportItem::Status::NewVersion), 0);
    QVERIFY2(!fourth.items.first().message.contains(u"changed since"_s), qPrintable(fourth.items.first().message));
    QCOMPARE(countRows(*store), 6);
}

void TestImport::ingestorBadFilesDoNotStopBatch()
{
    const QString dir = m_tmp.filePath(u"mixed"_s);
    QVERIFY(writeFile(dir + u"/a-empty.txt"_s, {}));
    QVERIFY(writeFile(dir + u"/b-good.txt"_s, kInlineArticle.toUtf8()));
    QVERIFY(writeFile(dir + u"/c-binary.txt"_s, QByteArray(300, '\0')));
    QVERIFY(QFile::link(dir + u"/gone.txt"_s, dir + u"/d-link.txt"_s));
    QVERIFY(writeFile(dir + u"/e-good.html"_s, u"<p>زار المبعوث الأممي بيروت.</p>"_s.toUtf8()));
    QVERIFY(writeFile(dir + u"/notes.odt"_s, "x"));
    StoreError error;
    auto store = Store::open(m_tmp.filePath(u"mixed.sqlite"_s), &error);
    QVERIFY(store);
    const ImportReport report =
        Ingestor(*store, test::bundledGazetteer())
            .importPaths({dir, m_tmp.filePath(u"no-such-dir"_s)}, {.manifestPath = {}, .extract = false});
    QCOMPARE(report.count(ImportItem::Status::Imported), 2);
    QCOMPARE(report.count(ImportItem::Status::Failed), 4);
    QStringList failures;
    for (const ImportItem &item : report.items)
        if (item.status == ImportItem::Status::Failed)
            failures << item.message;
    const QString all = failures.join(u'\n');
    QVERIFY2(all.contains(u"a-empty.txt: empty file"_s), qPrintable(all));
    QVERIFY2(all.contains(u"c-binary.txt: binary file"_s), qPrintable(all));
    QVERIFY2(all.contains(u"d-link.txt: broken link"_s), qPrintable(all));
    QVERIFY2(all.contains(u"no-such-dir: no such file or folder"_s), qPrintable(all));
    QVERIFY(report.notes.join(u'\n').contains(u"notes.odt: skipped"_s));
    QCOMPARE(countRows(*store), 2);
}

void TestImport::ingestorMalformedFolderManifest()
{
    const QString bad = m_tmp.filePath(u"bad-manifest"_s);
    QVERIFY(writeFile(bad + u"/x.txt"_s, kAggregatorArticle.toUtf8()));
    QVERIFY(writeFile(bad + u"/manifest.json"_s, R"({"articles": [{"file": "x.txt", "published": "yesterday"}]})"));
    const QString good = m_tmp.filePath(u"good-folder"_s);
    QVERIFY(writeFile(good + u"/y.txt"_s, kWireArticle.toUtf8()));
    StoreError error;
    auto store = Store::open(m_tmp.filePath(u"manifest.sqlite"_s), &error);
    QVERIFY(store);
    Ingestor ingestor(*store, test::bundledGazetteer());
    ImportReport report = ingestor.importPaths({bad, good}, {.manifestPath = {}, .extract = false});
    QCOMPARE(report.count(ImportItem::Status::Failed), 1);
    QCOMPARE(report.count(ImportItem::Status::Imported), 1);
    const ImportItem failed = report.items.first();
    QCOMPARE(failed.path, bad + u"/manifest.json"_s);
    QVERIFY2(failed.message.startsWith(bad + u"/manifest.json: malformed manifest"_s), qPrintable(failed.message));

    // An explicit --manifest that is malformed stops the whole batch before anything is stored.
    const QString explicitPath = m_tmp.filePath(u"explicit.json"_s);
    QVERIFY(writeFile(explicitPath, "[1, 2"));
    report = ingestor.importPaths({good}, {.manifestPath = explicitPath, .extract = false});
    QCOMPARE(report.items.size(), 1);
    QCOMPARE(report.items.first().status, ImportItem::Status::Failed);
    QVERIFY(report.items.first().message.startsWith(explicitPath + u": malformed manifest: not valid JSON"_s));
}

void TestImport::ingestorCancelAndProgress()
{
    const QString dir = m_tmp.filePath(u"cancel"_s);
    for (int i = 0; i < 6; ++i)
        QVERIFY(writeFile(dir + u"/%1.txt"_s.arg(i), (kInlineArticle + QString::number(i)).toUtf8()));
    StoreError error;
    auto store = Store::open(m_tmp.filePath(u"cancel.sqlite"_s), &error);
    QVERIFY(store);
    std::atomic_bool cancel{false};
    QList<int> seen;
    int lastTotal = 0;
    Ingestor ingestor(*store, test::bundledGazetteer());
    const ImportReport report = ingestor.importPaths(
        {dir}, {.manifestPath = {}, .extract = true},
        [&](int done, int total, const QString &) {
            seen << done;
            lastTotal = total;
            if (done == 3)
                cancel = true; // asked while the fourth file is about to be read
        },
        &cancel);
    QVERIFY(report.cancelled);
    QCOMPARE(lastTotal, 6);
    QCOMPARE(seen.mid(0, 4), (QList<int>{0, 1, 2, 3}));
    QCOMPARE(report.count(ImportItem::Status::Imported), 4);
    QCOMPARE(countRows(*store), 4);
    QVERIFY(report.extractionPending); // each front end says how to re-extract, in its own terms
    QVERIFY(!report.notes.join(u'\n').contains(u"reextract"_s));
    // Many undated articles are named in one note, not one note each.
    const QStringList undated = report.notes.filter(u"publication date unknown"_s);
    QCOMPARE(undated.size(), 4);
}

void TestImport::ingestorSummarisesUndatedArticles()
{
    const QString dir = m_tmp.filePath(u"undated"_s);
    for (int i = 0; i < 9; ++i)
        QVERIFY(writeFile(dir + u"/u%1.txt"_s.arg(i), (kInlineArticle + QString::number(i)).toUtf8()));
    StoreError error;
    auto store = Store::open(m_tmp.filePath(u"undated.sqlite"_s), &error);
    QVERIFY(store);
    const ImportReport report =
        Ingestor(*store, test::bundledGazetteer()).importPaths({dir}, {.manifestPath = {}, .extract = false});
    const QStringList undated = report.notes.filter(u"publication date unknown"_s);
    QCOMPARE(undated.size(), 1);
    QCOMPARE(undated.first(), u"publication date unknown (no manifest date, none stated in the text) for 9 articles: "
                              u"u0.txt, u1.txt, u2.txt, u3.txt, u4.txt and 4 more"_s);
}

void TestImport::ingestorStopsWhenDatabaseLocked()
{
    const QString dir = m_tmp.filePath(u"locked-db"_s);
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(dir + u"/%1.txt"_s.arg(i), (kWireArticle + QString::number(i)).toUtf8()));
    const QString db = m_tmp.filePath(u"locked.sqlite"_s);
    StoreError error;
    auto store = Store::open(db, &error);
    QVERIFY(store);
    store->setBusyTimeout(100);

    // Another process (here: another connection) holds the write lock.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    ImportReport report =
        Ingestor(*store, test::bundledGazetteer()).importPaths({dir}, {.manifestPath = {}, .extract = true});
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);

    // One line: the database, the problem, that the batch stopped; not five waits and five failures.
    QCOMPARE(report.items.size(), 1);
    QCOMPARE(report.items.first().status, ImportItem::Status::Failed);
    const QString message = report.items.first().message;
    QVERIFY2(message.contains(u"locked.sqlite"_s) && message.contains(u"4 more files not imported"_s),
             qPrintable(message));
    QVERIFY(!message.contains(u'\n'));

    // Once the lock is gone the same batch goes in whole.
    report = Ingestor(*store, test::bundledGazetteer()).importPaths({dir}, {.manifestPath = {}, .extract = false});
    QCOMPARE(report.count(ImportItem::Status::Imported), 5);
}

void TestImport::ingestorStoresABatchAgainAloneWhenOneFileIsRefused()
{
    // Files are stored many to a transaction. When the store refuses one in the middle (here a trigger
    // put in by another program; in life a full disk), the files before it must still be stored and
    // reported with their ids, the refused one named, and the rest not imported.
    const QString dir = m_tmp.filePath(u"refused-one"_s);
    for (int i = 0; i < 6; ++i)
        QVERIFY(writeFile(dir + u"/%1.txt"_s.arg(i), (kWireArticle + QString::number(i)).toUtf8()));
    const QString db = m_tmp.filePath(u"refused-one.sqlite"_s);
    StoreError error;
    auto store = Store::open(db, &error);
    QVERIFY(store);
    QCOMPARE(sqlite3_exec(store->handle(),
                          "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN new.file_name = '3.txt' "
                          "BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END;",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    const ImportReport report =
        Ingestor(*store, test::bundledGazetteer()).importPaths({dir}, {.manifestPath = {}, .extract = false});

    QCOMPARE(report.items.size(), 4);
    QCOMPARE(report.count(ImportItem::Status::Imported), 3);
    const ImportItem &refused = report.items.at(3);
    QCOMPARE(refused.status, ImportItem::Status::Failed);
    QVERIFY2(refused.message.contains(u"3.txt"_s) && refused.message.contains(u"2 more files not imported"_s),
             qPrintable(refused.message));
    const QList<Article> stored = store->articles();
    QCOMPARE(stored.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(report.items.at(i).articleId > 0);
        QVERIFY(std::any_of(stored.cbegin(), stored.cend(),
                            [&](const Article &a) { return a.id == report.items.at(i).articleId; }));
    }
    // The index holds exactly the stored rows, nothing of the batch that was rolled back.
    QCOMPARE(sqlite3_exec(store->handle(), "INSERT INTO article_search(article_search) VALUES ('integrity-check')",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    QCOMPARE(store->search(u"الحبوب"_s).size(), 3);
}

void TestImport::ingestorExtractsWhatAnEarlierImportLeftUnextracted()
{
    // Articles are stored first and extracted at the end: a process killed in between left them
    // stored and unextracted (here: an import told not to extract). Importing again, though every
    // file is a duplicate, extracts them.
    const QString dir = m_tmp.filePath(u"unextracted"_s);
    QVERIFY(writeFile(dir + u"/visit.txt"_s,
                      u"استقبل وزير الخارجية السوري سامر الخطيب في دمشق اليوم نائب وزير الخارجية الروسي "
                      u"ميخائيل أندرييف، وبحث الجانبان التعاون الاقتصادي."_s.toUtf8()));
    StoreError error;
    auto store = Store::open(m_tmp.filePath(u"unextracted.sqlite"_s), &error);
    QVERIFY(store);
    QCOMPARE(store->articlesAwaitingExtraction(), 0);
    ImportReport report =
        Ingestor(*store, test::bundledGazetteer()).importPaths({dir}, {.manifestPath = {}, .extract = false});
    QCOMPARE(report.count(ImportItem::Status::Imported), 1);
    QCOMPARE(store->articlesAwaitingExtraction(), 1);
    QCOMPARE(store->loadDataset().events.size(), 0);

    report = Ingestor(*store, test::bundledGazetteer()).importPaths({dir}, {.manifestPath = {}, .extract = true});
    QCOMPARE(report.count(ImportItem::Status::Duplicate), 1);
    QVERIFY2(report.extractionError.isEmpty(), qPrintable(report.extractionError));
    QVERIFY(std::any_of(report.notes.cbegin(), report.notes.cend(),
                        [](const QString &n) { return n.contains(u"never extracted"_s); }));
    QCOMPARE(store->articlesAwaitingExtraction(), 0);
    QCOMPARE(store->loadDataset().events.size(), 1);

    // Nothing awaits now: a further import of the same files leaves the record alone and says nothing.
    report = Ingestor(*store, test::bundledGazetteer()).importPaths({dir}, {.manifestPath = {}, .extract = true});
    QVERIFY(std::none_of(report.notes.cbegin(), report.notes.cend(),
                         [](const QString &n) { return n.contains(u"never extracted"_s); }));
}

void TestImport::ingestorReportsManyFilesInTheirOrder()
{
    // Files are read on a thread of their own, ahead of the one being stored: far more files than it
    // reads ahead, some of them unreadable, must still be reported and stored one by one in order.
    const QString dir = m_tmp.filePath(u"many"_s);
    QStringList expected;
    for (int i = 0; i < 120; ++i) {
        const QString path = dir + u"/f%1.txt"_s.arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(writeFile(path, i % 37 == 5 ? QByteArray() : (kWireArticle + QString::number(i)).toUtf8()));
        expected << path;
    }
    StoreError error;
    auto store = Store::open(m_tmp.filePath(u"many.sqlite"_s), &error);
    QVERIFY(store);
    QStringList progressed;
    const ImportReport report =
        Ingestor(*store, test::bundledGazetteer())
            .importPaths({dir}, {.manifestPath = {}, .extract = false}, [&](int, int, const QString &path) {
                if (!path.isEmpty())
                    progressed << path;
            });
    QCOMPARE(report.items.size(), 120);
    QCOMPARE(progressed, expected);
    qint64 lastId = 0;
    for (int i = 0; i < 120; ++i) {
        const ImportItem &item = report.items.at(i);
        QCOMPARE(QFileInfo(item.path).absoluteFilePath(), QFileInfo(expected.at(i)).absoluteFilePath());
        if (i % 37 == 5) {
            QCOMPARE(item.status, ImportItem::Status::Failed);
            QVERIFY2(item.message.contains(u"empty file"_s), qPrintable(item.message));
        } else {
            QCOMPARE(item.status, ImportItem::Status::Imported);
            QVERIFY(item.articleId > lastId); // stored in the order read
            lastId = item.articleId;
        }
    }
    QCOMPARE(store->articles().size(), 120 - 4);
}

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(RASAD_CLI_PATH), args);
    CliRun run;
    if (!p.waitForFinished(120000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

/** Articles a separate read-only connection sees as committed; -1 while the database is not there yet. */
qint64 committedArticles(const QString &db)
{
    sqlite3 *handle = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(QFile::encodeName(db).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(handle, 50);
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT count(*) FROM articles", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(handle);
    return n;
}

} // namespace

void TestImport::extractionStopsAtDamageMetMidSession()
{
    // The file passed its check when opened (the explorer keeps it open for hours); a page goes bad
    // later. Re-extraction must fail on it, not replace the record with what the first pages hold.
    const QString path = m_tmp.filePath(u"mid-session.sqlite"_s);
    StoreError error;
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    for (int i = 0; i < 1500; ++i) {
        Article a;
        a.fileName = u"m%1.txt"_s.arg(i);
        a.originalText = u"التقى وزير الخارجية السوري نظيره الروسي في موسكو، الخبر %1."_s.arg(i);
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
    }
    Actor actor;
    actor.key = u"test:a"_s;
    actor.name = u"أسعد الشيباني"_s;
    QList<Actor> actors{actor};
    Event event;
    event.type = EventType::Meeting;
    event.participants = {Participant{0, QString()}};
    EventSource source;
    source.articleId = 1;
    source.end = 5;
    event.sources = {source};
    QList<Event> events{event, event};
    events[1].sources[0].articleId = 1500;
    QVERIFY(store->replaceExtraction(actors, events, &error));
    QCOMPARE(sqlite3_exec(store->handle(), "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA cache_size = 1", nullptr, nullptr,
                          nullptr),
             SQLITE_OK);
    QVERIFY(test::damageTableLeafPage(path, "articles") > 0);
    QVERIFY(!store->isReadOnly()); // opened before the damage

    error = {};
    QVERIFY(!extractAll(*store, test::bundledGazetteer(), &error));
    QVERIFY2(error.message.startsWith(path + u':') && error.message.contains(u"corrupt"_s), qPrintable(error.message));
    QCOMPARE(test::countIn(path, "SELECT count(*) FROM events"), 2);
    QCOMPARE(test::countIn(path, "SELECT count(*) FROM event_sources"), 2);
}

void TestImport::aNameThatSaysNoOfficeIsNoActor()
{
    // "الشيخ NAME" quoted in passing: no office, no country, no contact; an official named beside him stays.
    const QString articles = m_tmp.filePath(u"honorific-articles"_s);
    QVERIFY(writeFile(articles + u"/quote.txt"_s,
                      u"وقال الشيخ عمار الدباغ إن الحوار مهم. واستقبل وزير الخارجية التركي هاكان فيدان في أنقرة أمس "
                      u"السفير الروسي أليكسي يرخوف."_s.toUtf8()));
    StoreError error;
    auto store = Store::open(m_tmp.filePath(u"honorific.sqlite"_s), &error);
    QVERIFY2(store, qPrintable(error.message));
    const ImportReport report = Ingestor(*store, test::bundledGazetteer()).importPaths({articles});
    QVERIFY2(report.extractionError.isEmpty(), qPrintable(report.extractionError));
    const Dataset data = store->loadDataset();
    QStringList names;
    for (const Actor &a : data.actors)
        names << a.name;
    QVERIFY2(!names.contains(u"عمار الدباغ"_s), qPrintable(names.join(u", "_s)));
    QVERIFY2(names.contains(u"أليكسي يرخوف"_s), qPrintable(names.join(u", "_s)));
    QCOMPARE(data.events.size(), 1);
    for (const Participant &p : data.events.constFirst().participants)
        QVERIFY(data.actor(p.actorId));
}

void TestImport::extractionReadsOnlyTheGazetteerItIsGiven()
{
    // Two invented officials: one in the gazetteer the test gives, one only in the user's gazetteer folder.
    const QByteArray given = R"({"format":"rasad-gazetteer","version":1,"sources":{"t":"written for this test"},
        "people":[{"id":"given-envoy","name":"كنان الوهمي","name_en":"Kinan Given","country":"SY","source":"t",
                   "roles":[{"title":"مستشار الرئيس","country":"SY","from":"2020-01-01","to":null}]}]})";
    const QByteArray user = R"({"format":"rasad-gazetteer","version":1,"sources":{"t":"written for this test"},
        "people":[{"id":"user-envoy","name":"إيغور مختلقوف","name_en":"Igor User","country":"RU","source":"t",
                   "roles":[{"title":"نائب وزير الخارجية","country":"RU","from":"2020-01-01","to":null}]}]})";
    const QString givenDir = m_tmp.filePath(u"given-gazetteer"_s);
    QVERIFY(writeFile(givenDir + u"/envoy.json"_s, given));

    // The user's folder, moved into the scratch folder for this test only.
    const QByteArray oldDataHome = qgetenv("XDG_DATA_HOME");
    const QString dataHome = m_tmp.filePath(u"xdg-data"_s);
    qputenv("XDG_DATA_HOME", dataHome.toUtf8());
    const auto restore = qScopeGuard([&] {
        if (oldDataHome.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", oldDataHome);
    });
    const QString userDir = Gazetteer::userDirectories().constLast();
    QVERIFY2(userDir.startsWith(dataHome), qPrintable(userDir));
    QVERIFY(writeFile(userDir + u"/envoy.json"_s, user));
    QStringList warnings;
    QVERIFY2(Gazetteer::load(Gazetteer::userDirectories(), &warnings).personByKey(u"user-envoy"_s), // a good file
             qPrintable(warnings.join(u'\n')));

    const QString articles = m_tmp.filePath(u"given-articles"_s);
    QVERIFY(writeFile(
        articles + u"/talks.txt"_s,
        u"التقى مستشار الرئيس السوري كنان الوهمي في موسكو أمس نائب وزير الخارجية الروسي إيغور مختلقوف."_s.toUtf8()));
    const auto keysAfterImport = [&](const Gazetteer &gazetteer, const QString &name) {
        StoreError error;
        auto store = Store::open(m_tmp.filePath(name), &error);
        QStringList keys;
        if (!store)
            return QStringList{error.message};
        const ImportReport report = Ingestor(*store, gazetteer).importPaths({articles});
        if (!report.extractionError.isEmpty())
            return QStringList{report.extractionError};
        const Dataset data = store->loadDataset();
        for (const Event &e : data.events)
            for (const Participant &p : e.participants)
                keys << data.actor(p.actorId)->key;
        return keys;
    };

    const Gazetteer withEnvoy = Gazetteer::load({givenDir}, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    const QStringList keys = keysAfterImport(withEnvoy, u"given.sqlite"_s);
    QVERIFY2(keys.contains(u"given-envoy"_s), qPrintable(keys.join(u", "_s)));
    QVERIFY2(!keys.contains(u"user-envoy"_s), qPrintable(keys.join(u", "_s)));

    // Without the given file the same words name nobody the gazetteer knows: the key came from it.
    const QStringList bundledOnly = keysAfterImport(test::bundledGazetteer(), u"bundled.sqlite"_s);
    QVERIFY2(!bundledOnly.contains(u"given-envoy"_s) && !bundledOnly.contains(u"user-envoy"_s),
             qPrintable(bundledOnly.join(u", "_s)));
}

void TestImport::cliUsageAndSummary()
{
    const QString db = m_tmp.filePath(u"cli.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"import"_s}).exitCode, 2);
    QCOMPARE(runCli({u"--db"_s, db, u"import"_s, u"--bogus"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(runCli({u"--db"_s, db, u"import"_s, u"x"_s, u"--manifest"_s}).exitCode, 2);

    const QString dir = makeArticleFolder(m_tmp.filePath(u"cli-articles"_s));
    CliRun run = runCli({u"--db"_s, db, u"import"_s, dir, u"--no-extract"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"imported 4, new versions 0, duplicates skipped 0, failed 0\n"_s);
    QVERIFY(!run.err.contains(u'\r')); // no progress when stderr is not a terminal
    QVERIFY(run.err.contains(u"one.txt: not UTF-8; read as windows-1256"_s));

    run = runCli({u"import"_s, dir, u"--no-extract"_s, u"--db"_s, db});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"imported 0, new versions 0, duplicates skipped 4, failed 0\n"_s);
    // Each skipped file is named, with the article it repeats.
    for (const QString &name : {u"one.txt"_s, u"two.txt"_s, u"three.txt"_s, u"four.html"_s})
        QVERIFY2(run.err.contains(QRegularExpression(u"rasad-cli: note: \\S*/"_s + QRegularExpression::escape(name) +
                                                     u": already imported \\(same text as article \\d+\\)"_s)),
                 qPrintable(run.err));

    const QString bad = m_tmp.filePath(u"cli-bad/empty.txt"_s);
    QVERIFY(writeFile(bad, {}));
    QVERIFY(writeFile(m_tmp.filePath(u"cli-bad/fine.txt"_s), u"استقبل محافظ حلب وفداً من الصليب الأحمر.\n"_s.toUtf8()));
    run = runCli({u"--db"_s, db, u"import"_s, QFileInfo(bad).absolutePath(), u"--no-extract"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, u"imported 1, new versions 0, duplicates skipped 0, failed 1\n"_s);
    QVERIFY2(run.err.contains(u"rasad-cli: "_s + bad + u": empty file\n"_s), qPrintable(run.err));
}

void TestImport::cliKilledMidImportLeavesWholeArticles()
{
    // Many articles, each a few kilobytes and all different, so the import runs long enough to be killed.
    const QString dir = m_tmp.filePath(u"kill"_s);
    constexpr int kFiles = 1500;
    QHash<QString, QString> texts;
    for (int i = 0; i < kFiles; ++i) {
        QString text = u"تقرير رقم %1\n\n"_s.arg(i);
        for (int p = 0; p < 30; ++p)
            text += u"التقى مسؤول من الوزارة %1 وفداً زائراً في الفقرة %2 وبحثا التعاون في مجالات عدة.\n"_s.arg(i).arg(p);
        const QString name = u"article-%1.txt"_s.arg(i, 5, 10, QLatin1Char('0'));
        texts.insert(name, text);
        QVERIFY(writeFile(dir + u'/' + name, text.toUtf8()));
    }

    bool killedMidway = false;
    for (int round = 0; round < 3 && !killedMidway; ++round) {
        const QString db = m_tmp.filePath(u"kill-%1.sqlite"_s.arg(round));
        QProcess p;
        p.start(QStringLiteral(RASAD_CLI_PATH), {u"--db"_s, db, u"import"_s, dir, u"--no-extract"_s});
        QVERIFY(p.waitForStarted());
        // Wait until a reader sees committed articles, then a little longer each round, then SIGKILL.
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000 && p.state() == QProcess::Running && committedArticles(db) < 1)
            QThread::msleep(2);
        QThread::msleep(10 + 40 * round);
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();

        StoreError error;
        auto store = Store::open(db, &error);
        QVERIFY2(store, qPrintable(error.message));
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(store->handle(), "PRAGMA integrity_check", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))), u"ok"_s);
        sqlite3_finalize(st);

        const QList<Article> stored = store->articles(true);
        for (const Article &a : stored) {
            QVERIFY2(texts.contains(a.fileName), qPrintable(a.fileName));
            QCOMPARE(a.originalText, texts.value(a.fileName)); // whole, never half
            QCOMPARE(a.contentHash,
                     QCryptographicHash::hash(a.originalText.toUtf8(), QCryptographicHash::Sha256).toHex());
        }
        qInfo("round %d: %lld of %d articles committed before SIGKILL", round, qlonglong(stored.size()), kFiles);
        killedMidway = stored.size() > 0 && stored.size() < kFiles;

        // Importing again completes the batch: the committed ones are duplicates, the rest arrive.
        store.reset();
        const CliRun rerun = runCli({u"--db"_s, db, u"import"_s, dir, u"--no-extract"_s});
        QCOMPARE(rerun.exitCode, 0);
        QVERIFY2(rerun.out.contains(u"duplicates skipped %1,"_s.arg(stored.size())), qPrintable(rerun.out));
    }
    QVERIFY2(killedMidway, "the import finished before it could be killed in three rounds");
}

QTEST_APPLESS_MAIN(TestImport)
#include "tst_import.moc"
