// bench_dates: DateEngine::find over a synthetic Arabic news corpus of at least 20 MB (UTF-8),
// built in memory from filler words and date phrases of many shapes. Prints MB/s and expressions/s
// on one core. Target: ≥ 20 MB/s. A figure, not a test: nothing here fails.
#include "dates/DateEngine.h"
#include "pipeline/Hashing.h"
#include "text/ArabicNormalizer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>
#include <ctime>

using namespace rasad;

namespace {

/** CPU seconds used by this thread: the figure that means "one core" on a shared, loaded machine. */
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QStringList words(const char *const *list, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QString::fromUtf8(list[i]);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    rasad::useReproducibleHashing(); // as rasad and rasad-cli do
    const double targetMb = argc > 1 ? std::atof(argv[1]) : 24.0;
    const char *const filler[] = {
        "أعلن",    "وزير",   "الخارجية",  "السوري",       "أن",     "العلاقات", "مع",      "روسيا",     "تشهد",
        "مرحلة",   "جديدة",  "وأكد",      "الجانبان",     "على",    "أهمية",    "التعاون", "الاقتصادي", "والعسكري",
        "في",      "إطار",   "الشراكة",   "الاستراتيجية", "بين",    "البلدين",  "وقال",    "المتحدث",   "باسم",
        "الحكومة", "إن",     "المباحثات", "تناولت",       "ملفات",  "إعادة",    "الإعمار", "والطاقة",   "والنقل",
        "وفد",     "من",     "12",        "شخصاً",         "الذكرى", "الـ80",    "2.5",     "ساعة",      "العام",
        "الأمين",  "السابق", "أول",       "آخر",          "الشهر",  "يوم",      "مارس",    "الضغط",     "،",
        ".",       "وكالة",  "سانا",      "موسكو",        "دمشق",   "بيروت",    "القاهرة", "الرباط",    "للأنباء",
        "بحسب",    "مصادر",  "مطلعة"};
    const char *const dated[] = {"أمس الثلاثاء",
                                 "في 12 أيار 2024",
                                 "منتصف الشهر الماضي",
                                 "الخميس المقبل",
                                 "من 7 إلى 10 مايو",
                                 "16/11/2025",
                                 "قبل ثلاثة أيام",
                                 "عام 2011",
                                 "مطلع 2023",
                                 "تشرين الثاني/نوفمبر 2024",
                                 "15 شعبان 1447 هـ",
                                 "الإثنين، 4 نوفمبر 2024 03:30 PM",
                                 "اليوم الأربعاء",
                                 "أواخر العام الماضي",
                                 "يوليو/تموز الماضي",
                                 "بين 28 و30 تشرين الأول",
                                 "٣١-٠٧-٢٠٢٥",
                                 "الخامس عشر من آذار 2011",
                                 "غداً",
                                 "مساء أمس",
                                 "الأسبوع الماضي",
                                 "في 5 جويلية 1962",
                                 "9 شعبان 1447هـ الموافق 28 كانون الثاني 2026"};
    const QStringList fill = words(filler, int(sizeof filler / sizeof *filler));
    const QStringList dates = words(dated, int(sizeof dated / sizeof *dated));

    // Articles of about 4 KB, one date phrase every ~25 words, like a wire report.
    QRandomGenerator rng(42);
    QList<QString> articles;
    qint64 utf8Bytes = 0;
    while (utf8Bytes < qint64(targetMb * 1024 * 1024)) {
        QString a;
        while (a.size() < 2200) {
            if (rng.bounded(25) == 0)
                a += dates.at(rng.bounded(int(dates.size())));
            else
                a += fill.at(rng.bounded(int(fill.size())));
            a += rng.bounded(15) == 0 ? u'\n' : u' ';
        }
        utf8Bytes += a.toUtf8().size();
        articles.append(a);
    }

    const DateEngine engine;
    const QDate published(2025, 12, 24);
    engine.find(articles.first(), published); // load the lexicon outside the timing
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = threadCpuSeconds();
    qint64 expressions = 0;
    for (const QString &a : articles)
        expressions += engine.find(a, published).size();
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    const double seconds = threadCpuSeconds() - cpu0;
    const double mb = double(utf8Bytes) / (1024.0 * 1024.0);
    std::printf("bench_dates: %.1f MB UTF-8 in %lld articles, %lld expressions, %.2f s CPU (%.2f s wall)\n", mb,
                static_cast<long long>(articles.size()), static_cast<long long>(expressions), seconds, wall);
    // The share of the shared normaliser (core/text), for whoever tunes it.
    const double cpu1 = threadCpuSeconds();
    qint64 keyChars = 0;
    for (const QString &a : articles)
        keyChars += normalizeArabic(a).key.size();
    const double normSeconds = threadCpuSeconds() - cpu1;
    std::printf("bench_dates: normalizeArabic alone: %.2f s CPU (%.1f MB/s, %lld key chars)\n", normSeconds,
                mb / normSeconds, static_cast<long long>(keyChars));
    std::printf("bench_dates: %.1f MB/s, %.0f expressions/s (CPU time of one thread; target >= 20 MB/s)\n",
                mb / seconds, double(expressions) / seconds);
    return 0;
}
