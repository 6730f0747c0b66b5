// Normalisation and segmentation of Arabic news text.
#include "text/ArabicNormalizer.h"
#include "text/KeySet.h"
#include "text/Segmenter.h"
#include "text/ShortName.h"
#include "text/Transliteration.h"

#include <QTest>

using namespace rasad;

class TextTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortNames_data();
    void shortNames();
    void key_data();
    void key();
    void offsetsMapBack();
    void nfcComposesMarks();
    void sentences_data();
    void sentences();
    void sentenceAfterDoctorAbbreviation();
    void wordsSkipPunctuation();
    void cliticReadings_data();
    void cliticReadings();
    void keySetFindsEveryMemberAndFiltersMostOthers();
    void spellingsOfOneName();
};

void TextTest::spellingsOfOneName()
{
    const auto keys = [](const char *name) { return matchingKey(QString::fromUtf8(name)).split(QLatin1Char(' ')); };
    // A vowel letter left out, ج for غ, one letter more in a long surname.
    QVERIFY(maySpellTheSameName(keys("يوري بوريسوف"), keys("يوري بوريسوڤ")));
    QVERIFY(maySpellTheSameName(keys("سيرغي كوزنيتسوف"), keys("سيرغي كوزنتسوف")));
    // Short skeletons are Arabic names, matched only as written (حسن is not حسين) ...
    QVERIFY(!maySpellTheSameName(keys("محمد حسن"), keys("محمد حسين")));
    // ... unless the text says the person is of a country whose names are transliterated.
    QVERIFY(!maySpellTheSameName(keys("مارات روسك"), keys("مارات روساك")));
    QVERIFY(maySpellTheSameName(keys("مارات روسك"), keys("مارات روساك"), true));
    QVERIFY(!maySpellTheSameName(keys("مارات روسك"), keys("مارات روسم"), true));
    QVERIFY(!maySpellTheSameName(keys("مارات روسك"), keys("مارات"), true));
}

void TextTest::key_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tashkeel") << QStringLiteral("وَزِيرُ الدِّفَاعِ") << QStringLiteral("وزير الدفاع");
    QTest::newRow("tatweel") << QStringLiteral("كانـــون الثانـي") << QStringLiteral("كانون الثاني");
    QTest::newRow("alef forms") << QStringLiteral("أحمد إبراهيم آمال ٱلله") << QStringLiteral("احمد ابراهيم امال الله");
    QTest::newRow("alef maqsura") << QStringLiteral("الرئيس الروسى مصطفى") << QStringLiteral("الرئيس الروسي مصطفي");
    QTest::newRow("ta marbuta") << QStringLiteral("وزارة الخارجية") << QStringLiteral("وزاره الخارجيه");
    QTest::newRow("arabic-indic digits") << QStringLiteral("٢٤ كانون الأول ٢٠٢٥") << QStringLiteral("24 كانون الاول 2025");
    QTest::newRow("extended digits") << QStringLiteral("۱۴۰۳") << QStringLiteral("1403");
    QTest::newRow("format chars") << QStringLiteral("سو\u200Fريا\u200C و\u061Cموسكو\u200E") << QStringLiteral("سوريا وموسكو");
    QTest::newRow("dashes") << QStringLiteral("السورية\u2011الروسية 28\u201330") << QStringLiteral("السوريه-الروسيه 28-30");
    QTest::newRow("nbsp") << QStringLiteral("16\u00A0تشرين") << QStringLiteral("16 تشرين");
    QTest::newRow("latin lower-cased") << QStringLiteral("SANA News") << QStringLiteral("sana news");
    QTest::newRow("dagger alef") << QStringLiteral("هٰذا") << QStringLiteral("هذا");
}

void TextTest::key()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(matchingKey(input), expected);
    QCOMPARE(normalizeArabic(input).key, expected);
}

void TextTest::offsetsMapBack()
{
    // Every key character maps to the original character it came from, across removed marks.
    const QString original = QStringLiteral("استقبلَ اللواءُ \u200Fسامر الحلبي في دمشـــق");
    const NormalizedText n = normalizeArabic(original);
    QCOMPARE(n.toOriginal.size(), n.key.size() + 1);
    QCOMPARE(n.toOriginal.last(), int(original.size()));
    const int keyStart = int(n.key.indexOf(QStringLiteral("سامر الحلبي")));
    QVERIFY(keyStart > 0);
    const int keyEnd = keyStart + 11;
    const int s = n.originalStart(keyStart);
    const int e = n.originalEnd(keyEnd);
    QCOMPARE(original.mid(s, e - s).trimmed(), QStringLiteral("سامر الحلبي"));
    const int dam = int(n.key.indexOf(QStringLiteral("دمشق")));
    QCOMPARE(original.mid(n.originalStart(dam), n.originalEnd(dam + 4) - n.originalStart(dam)), QStringLiteral("دمشـــق"));
    // And back: the key index of an original position.
    QCOMPARE(n.keyIndex(s), keyStart);
    for (int i = 1; i < n.toOriginal.size(); ++i)
        QVERIFY(n.toOriginal[i - 1] <= n.toOriginal[i]);
}

void TextTest::nfcComposesMarks()
{
    // Alef + combining hamza above is أ in NFC, and so folds to ا like the precomposed letter.
    QCOMPARE(matchingKey(QStringLiteral("\u0627\u0654حمد")), matchingKey(QStringLiteral("أحمد")));
    QCOMPARE(matchingKey(QStringLiteral("Cafe\u0301")), QStringLiteral("caf\u00E9"));
}

void TextTest::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two sentences") << QStringLiteral("وصل نائب رئيس الوزراء الروسي إلى دمشق. وكان في استقباله وزير الطاقة.")
                                   << QStringList{QStringLiteral("وصل نائب رئيس الوزراء الروسي إلى دمشق."),
                                                  QStringLiteral("وكان في استقباله وزير الطاقة.")};
    QTest::newRow("question mark") << QStringLiteral("ماذا بحث الوفد؟ بحث ملف القواعد.")
                                   << QStringList{QStringLiteral("ماذا بحث الوفد؟"), QStringLiteral("بحث ملف القواعد.")};
    QTest::newRow("line breaks end sentences")
        << QStringLiteral("سياسة\n\nالرئيس يستقبل السفير\nقال السفير إن الزيارة مثمرة")
        << QStringList{QStringLiteral("سياسة"), QStringLiteral("الرئيس يستقبل السفير"),
                       QStringLiteral("قال السفير إن الزيارة مثمرة")};
    // A page's summary bullets run on one line: "… دمشق. - وبحث …".
    QTest::newRow("bullets on one line")
        << QStringLiteral("- وصل الوزير إلى دمشق. - بحث الجانبان التعاون. • وقع الطرفان اتفاقاً.")
        << QStringList{QStringLiteral("- وصل الوزير إلى دمشق."), QStringLiteral("- بحث الجانبان التعاون."),
                       QStringLiteral("• وقع الطرفان اتفاقاً.")};
}

void TextTest::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const TextSpan &s : Segmenter::sentences(text))
        got << text.mid(s.start, s.length());
    QCOMPARE(got, expected);
}

void TextTest::sentenceAfterDoctorAbbreviation()
{
    const QString text = QStringLiteral("التقى د. فيصل العلي بالسفير الروسي أ. ب. كوزلوف في حلب. ثم غادر.");
    const QList<TextSpan> spans = Segmenter::sentences(text);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(text.mid(spans[0].start, spans[0].length()),
             QStringLiteral("التقى د. فيصل العلي بالسفير الروسي أ. ب. كوزلوف في حلب."));
}

void TextTest::wordsSkipPunctuation()
{
    const QString text = QStringLiteral("قال: «وصلَ الوفدُ» إلى طرطوس، اليوم ٢٠٢٥.");
    QStringList keys;
    for (const Word &w : Segmenter::words(text)) {
        keys << w.key;
        QVERIFY(w.start >= 0 && w.end <= text.size() && w.start < w.end);
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("قال"), QStringLiteral("وصل"), QStringLiteral("الوفد"),
                                QStringLiteral("الي"), QStringLiteral("طرطوس"), QStringLiteral("اليوم"),
                                QStringLiteral("2025")}));
}

void TextTest::cliticReadings_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    QTest::newRow("wa + name") << QStringLiteral("ومدفيديف") << QStringLiteral("مدفيديف");
    QTest::newRow("li + name") << QStringLiteral("لأردوغان") << QStringLiteral("اردوغان");
    QTest::newRow("bi + al") << QStringLiteral("بالعاصمة") << QStringLiteral("العاصمه");
    QTest::newRow("wa + bi + al") << QStringLiteral("وبالعاصمة") << QStringLiteral("عاصمه");
    QTest::newRow("lil") << QStringLiteral("للرئيس") << QStringLiteral("الرئيس");
    QTest::newRow("fa + li") << QStringLiteral("فلموسكو") << QStringLiteral("موسكو");
    QTest::newRow("ka") << QStringLiteral("كسفير") << QStringLiteral("سفير");
}

void TextTest::cliticReadings()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    const QStringList readings = Segmenter::cliticReadings(matchingKey(word));
    QCOMPARE(readings.first(), matchingKey(word)); // the whole word is always the first reading
    QVERIFY2(readings.contains(stem), qPrintable(readings.join(u',')));
    for (const QString &r : readings)
        QVERIFY(r.size() >= 2);
}

void TextTest::keySetFindsEveryMemberAndFiltersMostOthers()
{
    // Made-up words of Arabic letters, 2 to 7 long, from a fixed sequence: no real lexicon involved.
    const QString letters = QStringLiteral("ابتثجحخدذرزسشصضطظعغفقكلمنهوي");
    quint32 state = 12345;
    const auto next = [&] { return state = state * 1103515245U + 12345U, (state >> 16) & 0x7fff; };
    const auto word = [&] {
        QString w;
        const int length = 2 + int(next() % 6);
        for (int i = 0; i < length; ++i)
            w += letters.at(int(next() % quint32(letters.size())));
        return w;
    };
    KeySet set;
    QSet<QString> members;
    while (members.size() < 300) {
        const QString w = word();
        members.insert(w);
        set.insert(w);
    }
    for (const QString &m : std::as_const(members))
        QVERIFY2(set.contains(m), qPrintable(m));
    int others = 0, passed = 0;
    KeyFilter filter;
    for (const QString &m : std::as_const(members))
        filter.add(m);
    while (others < 5000) {
        const QString w = word();
        if (members.contains(w))
            continue;
        ++others;
        QVERIFY(!set.contains(w));
        passed += filter.mayContain(w) ? 1 : 0;
    }
    // The point of the filter: most words that are not in a list never reach the hash.
    QVERIFY2(passed < others / 5, qPrintable(QString::number(passed)));

    KeySet united = set;
    united.unite(KeySet(QSet<QString>{QStringLiteral("كلمة")}));
    QVERIFY(united.contains(QStringLiteral("كلمة")));
    QVERIFY(united.contains(*members.cbegin()));
    QCOMPARE(united.size(), set.size() + 1);
}

void TextTest::shortNames_data()
{
    // Made-up people.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shortName");
    QTest::newRow("family name") << QStringLiteral("سامر الحلبي") << QStringLiteral("الحلبي");
    QTest::newRow("one word") << QStringLiteral("ناصيف") << QStringLiteral("ناصيف");
    QTest::newRow("kunya whole") << QStringLiteral("مازن أبو ريشة") << QStringLiteral("أبو ريشة");
    QTest::newRow("kunya, no hamza") << QStringLiteral("مازن ابو ريشة") << QStringLiteral("ابو ريشة");
    QTest::newRow("kunya alone") << QStringLiteral("أبو ريشة") << QStringLiteral("أبو ريشة");
    QTest::newRow("kunya in English") << QStringLiteral("Mazen Abu Risha") << QStringLiteral("Abu Risha");
    QTest::newRow("compound") << QStringLiteral("وائل عبد الباقي") << QStringLiteral("عبد الباقي");
    QTest::newRow("kunya then family") << QStringLiteral("أبو سليم الدباغ") << QStringLiteral("الدباغ");
    QTest::newRow("patronymic in the middle")
        << QStringLiteral("بوريس غينادييفيتش مالكوف") << QStringLiteral("بوريس مالكوف");
    QTest::newRow("surname first, patronymic last")
        << QStringLiteral("مالكوف بوريس غينادييفيتش") << QStringLiteral("بوريس مالكوف");
    QTest::newRow("patronymic in English")
        << QStringLiteral("Boris Gennadyevich Malkov") << QStringLiteral("Boris Malkov");
    QTest::newRow("feminine patronymic") << QStringLiteral("Irina Petrovna Zorina") << QStringLiteral("Irina Zorina");
    QTest::newRow("two words ending like one") << QStringLiteral("Luka Markovich") << QStringLiteral("Markovich");
    QTest::newRow("spaces") << QStringLiteral("  سامر   الحلبي ") << QStringLiteral("الحلبي");
    QTest::newRow("empty") << QString() << QString();
}

void TextTest::shortNames()
{
    QFETCH(QString, name);
    QFETCH(QString, shortName);
    QCOMPARE(shortPersonName(name), shortName);
}

QTEST_APPLESS_MAIN(TextTest)
#include "tst_text.moc"
