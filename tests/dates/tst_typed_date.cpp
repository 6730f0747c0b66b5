// Dates as people type them into a field (the explorer's filter and editors, rasad-cli --from/--to):
// every row is a typed text and the interval it must give, or the problem it must report.
#include "dates/DateLexicon.h"
#include "dates/TypedDate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rasad;

namespace {
using Problem = TypedDate::Problem;
}

class TestTypedDate final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void understood_data();
    void understood();
    void refused_data();
    void refused();
    void everyMonthSpellingOfTheLexicon();
    void monthNamesComeFromTheLexicon();
    void keepsTheTextAsTyped();
};

void TestTypedDate::understood_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<Granularity>("granularity");
    const QDate oct1(2025, 10, 1);
    const QDate oct31(2025, 10, 31);
    const auto dayRow = [&](const char *name, const QString &typed, QDate d) {
        QTest::newRow(name) << typed << d << d << Granularity::Day;
    };
    dayRow("iso", QStringLiteral("2025-10-01"), oct1);
    dayRow("iso, spaces around", QStringLiteral("  2025-10-01 "), oct1);
    dayRow("iso with slashes", QStringLiteral("2025/10/01"), oct1);
    dayRow("day first, slashes", QStringLiteral("1/10/2025"), oct1);
    dayRow("day first, dashes", QStringLiteral("1-10-2025"), oct1);
    dayRow("day first, dots", QStringLiteral("01.10.2025"), oct1);
    dayRow("day first even when both could be a month", QStringLiteral("10/1/2025"), QDate(2025, 1, 10));
    dayRow("spaces around the slashes", QStringLiteral("1 / 10 / 2025"), oct1);
    dayRow("arabic-indic digits", QStringLiteral("١/١٠/٢٠٢٥"), oct1);
    dayRow("eastern arabic-indic digits", QStringLiteral("۱/۱۰/۲۰۲۵"), oct1);
    dayRow("arabic-indic iso", QStringLiteral("٢٠٢٥-١٠-٠١"), oct1);
    dayRow("arabic decimal sign between numbers", QStringLiteral("١٫١٠٫٢٠٢٥"), oct1);
    dayRow("levantine month name", QStringLiteral("١ تشرين الأول ٢٠٢٥"), oct1);
    dayRow("levantine, hamza left off", QStringLiteral("1 تشرين الاول 2025"), oct1);
    dayRow("egyptian month name", QStringLiteral("١ أكتوبر ٢٠٢٥"), oct1);
    dayRow("era letter after the year", QStringLiteral("١ تشرين الأول ٢٠٢٥م"), oct1);
    dayRow("ordinal word and من", QStringLiteral("الأول من تشرين الأول ٢٠٢٥"), oct1);
    dayRow("يوم before the day", QStringLiteral("يوم 5 كانون الثاني 2026"), QDate(2026, 1, 5));
    dayRow("arabic comma", QStringLiteral("٥ كانون الثاني، ٢٠٢٦"), QDate(2026, 1, 5));
    dayRow("english day month year", QStringLiteral("1 October 2025"), oct1);
    dayRow("english month day, year", QStringLiteral("October 1, 2025"), oct1);
    dayRow("english ordinal ending", QStringLiteral("October 1st, 2025"), oct1);
    dayRow("english short name with dot", QStringLiteral("1 Oct. 2025"), oct1);
    dayRow("english capitals", QStringLiteral("1 OCTOBER 2025"), oct1);
    dayRow("leap day", QStringLiteral("29/2/2024"), QDate(2024, 2, 29));
    QTest::newRow("english month and year") << QStringLiteral("October 2025") << oct1 << oct31 << Granularity::Month;
    QTest::newRow("levantine month and year")
        << QStringLiteral("تشرين الأول ٢٠٢٥") << oct1 << oct31 << Granularity::Month;
    QTest::newRow("egyptian month and year")
        << QStringLiteral("فبراير ٢٠٢٤") << QDate(2024, 2, 1) << QDate(2024, 2, 29) << Granularity::Month;
    QTest::newRow("iso month") << QStringLiteral("2025-10") << oct1 << oct31 << Granularity::Month;
    QTest::newRow("month/year") << QStringLiteral("10/2025") << oct1 << oct31 << Granularity::Month;
    QTest::newRow("year alone") << QStringLiteral("٢٠٢٥") << QDate(2025, 1, 1) << QDate(2025, 12, 31)
                                << Granularity::Year;
}

void TestTypedDate::understood()
{
    QFETCH(QString, typed);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(Granularity, granularity);
    const TypedDate t = parseTypedDate(typed);
    QVERIFY2(t.isValid(), qPrintable(QStringLiteral("problem %1").arg(int(t.problem))));
    QCOMPARE(t.value.start, start);
    QCOMPARE(t.value.end, end);
    QCOMPARE(t.value.granularity, granularity);
}

void TestTypedDate::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("empty") << QString() << Problem::Empty;
    QTest::newRow("spaces") << QStringLiteral("   ") << Problem::Empty;
    QTest::newRow("no 31 February") << QStringLiteral("31/2/2025") << Problem::NoSuchDay;
    QTest::newRow("no 29 February in 2025") << QStringLiteral("29 شباط 2025") << Problem::NoSuchDay;
    QTest::newRow("no month 13") << QStringLiteral("2025-13-01") << Problem::NoSuchDay;
    QTest::newRow("month first is not read") << QStringLiteral("10/31/2025") << Problem::NoSuchDay;
    QTest::newRow("no day 32") << QStringLiteral("32 October 2025") << Problem::NoSuchDay;
    QTest::newRow("day and month, no year") << QStringLiteral("1/10") << Problem::NoYear;
    QTest::newRow("month name, no year") << QStringLiteral("تشرين الأول") << Problem::NoYear;
    QTest::newRow("english day month, no year") << QStringLiteral("1 October") << Problem::NoYear;
    QTest::newRow("a word") << QStringLiteral("yesterday") << Problem::NotADate;
    QTest::newRow("a relative day") << QStringLiteral("أمس") << Problem::NotADate;
    QTest::newRow("an unknown word beside a date") << QStringLiteral("1 October 2025 maybe") << Problem::NotADate;
    QTest::newRow("two months") << QStringLiteral("October November 2025") << Problem::NotADate;
    QTest::newRow("two-digit year") << QStringLiteral("1/10/25") << Problem::NotADate;
    QTest::newRow("mixed separators") << QStringLiteral("1/10-2025") << Problem::NotADate;
    QTest::newRow("a day without a month") << QStringLiteral("5 2025") << Problem::NotADate;
    QTest::newRow("a hijri month") << QStringLiteral("١ رمضان ١٤٤٦") << Problem::NotADate;
}

void TestTypedDate::refused()
{
    QFETCH(QString, typed);
    QFETCH(Problem, problem);
    const TypedDate t = parseTypedDate(typed);
    QCOMPARE(int(t.problem), int(problem));
    QVERIFY(!t.isValid());
    QVERIFY(!t.value.isValid());
}

void TestTypedDate::everyMonthSpellingOfTheLexicon()
{
    // Whatever the lexicon spells a month as is understood typed, with a day and with a year only.
    const auto lexicon = DateLexicon::bundled();
    QVERIFY(lexicon->gregorianMonthNames().size() >= 24); // both Arabic families and English
    for (const auto &[name, month] : lexicon->gregorianMonthNames()) {
        const TypedDate withDay = parseTypedDate(QStringLiteral("3 %1 2026").arg(name));
        QVERIFY2(withDay.isValid(), qPrintable(name));
        QCOMPARE(withDay.value.start, QDate(2026, month, 3));
        const TypedDate monthOnly = parseTypedDate(QStringLiteral("%1 2026").arg(name));
        QVERIFY2(monthOnly.isValid(), qPrintable(name));
        QCOMPARE(monthOnly.value.granularity, Granularity::Month);
        QCOMPARE(monthOnly.value.start, QDate(2026, month, 1));
    }
}

void TestTypedDate::monthNamesComeFromTheLexicon()
{
    // A spelling added to the lexicon is understood; without it the same text is no date.
    QFile file(QStringLiteral(RASAD_SOURCE_DIR "/resources/lexicon/dates.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray months = root.value(QStringLiteral("gregorianMonths")).toArray();
    QJsonObject october = months.at(9).toObject();
    QCOMPARE(october.value(QStringLiteral("month")).toInt(), 10);
    QJsonArray names = october.value(QStringLiteral("names")).toArray();
    names.append(QStringLiteral("oktyabr"));
    october.insert(QStringLiteral("names"), names);
    months.replace(9, october);
    root.insert(QStringLiteral("gregorianMonths"), months);
    QString error;
    const auto extended = DateLexicon::fromJson(QJsonDocument(root).toJson(), QStringLiteral("test"), &error);
    QVERIFY2(extended, qPrintable(error));

    const QString typed = QStringLiteral("1 oktyabr 2025");
    QCOMPARE(int(parseTypedDate(typed).problem), int(Problem::NotADate));
    const TypedDate t = parseTypedDate(typed, *extended);
    QVERIFY(t.isValid());
    QCOMPARE(t.value.start, QDate(2025, 10, 1));
}

void TestTypedDate::keepsTheTextAsTyped()
{
    const TypedDate t = parseTypedDate(QStringLiteral(" ١ تشرين الأول ٢٠٢٥ "));
    QCOMPARE(t.value.text, QStringLiteral("١ تشرين الأول ٢٠٢٥"));
}

QTEST_APPLESS_MAIN(TestTypedDate)
#include "tst_typed_date.moc"
