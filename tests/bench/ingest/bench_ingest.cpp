// Ingest benchmark: generates ≥ 5,000 synthetic Arabic news articles (~10 MB) from templates that vary
// officials, offices, places, date styles and outlet styles, imports them into a fresh store (reading,
// decoding, furniture, storing, extraction and merging) and prints articles/s, MB/s and peak memory.
// Then re-runs extraction alone over the store, and times ICU's uconv -x Any-NFKC over the same bytes (the
// floor of touching every byte once) when it is installed. Targets: import + extract ≥ 900 articles per
// CPU second on one core (issue 10), ≤ 7× the uconv time (issue 14), < 300 MB.
//   bench_ingest [ARTICLES] [--salted-hash]   (--salted-hash: Qt's default seeded hashing, not what rasad uses)
#include "../../common/BundledGazetteer.h"
#include "pipeline/Extraction.h"
#include "pipeline/Hashing.h"
#include "pipeline/Ingestor.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace rasad;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << s(i);
    return out;
}

/** CPU seconds this process has used (user + system): the figure that holds on a shared, loaded machine. */
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) {}

    QString pick(const QStringList &from) { return from.at(int(m_rng.bounded(quint32(from.size())))); }
    int between(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); }

    QString syrianName() { return pick(m_syFirst) + QLatin1Char(' ') + pick(m_sySurname); }
    QString russianName() { return pick(m_ruFirst) + QLatin1Char(' ') + pick(m_ruSurname); }

    QString dateText(const QDate &d, const QDate &published)
    {
        const QString month = m_months.at(d.month() - 1);
        switch (between(0, 4)) {
        case 0:
            return s("يوم ") + m_weekdays.at(d.dayOfWeek() - 1) + QLatin1Char(' ') + QString::number(d.day()) +
                   QLatin1Char(' ') + month + QLatin1Char(' ') + QString::number(d.year());
        case 1:
            return s("في ") + QString::number(d.day()) + QLatin1Char(' ') + month + QLatin1Char(' ') +
                   QString::number(d.year());
        case 2:
            return d == published ? s("اليوم") : s("أمس");
        case 3:
            return m_weekdays.at(d.dayOfWeek() - 1);
        default:
            return s("في ") + QString::number(d.day()) + QLatin1Char('/') + QString::number(d.month()) +
                   QLatin1Char('/') + QString::number(d.year());
        }
    }

    /** One article and its publication date. */
    QString article(QDate *published)
    {
        const QDate day = QDate(2025, 1, 1).addDays(between(0, 540));
        *published = between(0, 1) ? day : day.addDays(1);
        const QString date = dateText(day, *published);
        const QString sy = syrianName(), ru = russianName();
        const QString syTitle = pick(m_syTitles), ruTitle = pick(m_ruTitles), place = pick(m_places);
        const QString topic = pick(m_topics);
        QString lead;
        switch (between(0, 4)) {
        case 0:
            lead = s("استقبل ") + syTitle + s(" السوري ") + sy + s(" في ") + place + QLatin1Char(' ') + date +
                   QLatin1Char(' ') + ruTitle + s(" الروسي ") + ru + s("، وبحثا ") + topic + QLatin1Char('.');
            break;
        case 1:
            lead = s("التقى ") + ruTitle + s(" الروسي ") + ru + s("، ") + date + s("، ") + syTitle + s(" السوري ") +
                   sy + s(" في ") + place + s("، حيث جرى بحث ") + topic + QLatin1Char('.');
            break;
        case 2:
            lead = s("أجرى ") + syTitle + s(" السوري ") + sy + s(" اتصالاً هاتفياً مع نظيره الروسي ") + ru +
                   QLatin1Char(' ') + date + s("، تناول ") + topic + QLatin1Char('.');
            break;
        case 3:
            lead = s("وصل وفد عسكري روسي برئاسة ") + pick(m_ranks) + QLatin1Char(' ') + ru + s(" إلى ") + place +
                   QLatin1Char(' ') + date + s("، والتقى ") + syTitle + s(" السوري ") + pick(m_ranks) +
                   QLatin1Char(' ') + sy + QLatin1Char('.');
            break;
        default:
            lead = s("من المقرر أن يزور ") + ruTitle + s(" الروسي ") + ru + QLatin1Char(' ') + place +
                   s(" الأسبوع المقبل، حيث سيلتقي ") + syTitle + s(" السوري ") + sy + QLatin1Char('.');
            break;
        }
        QString text = pick(m_headers) + s("بحث سوري روسي حول ") + topic + s("\n\n") + lead + s("\n\n");
        const int paragraphs = between(6, 9);
        for (int p = 0; p < paragraphs; ++p) {
            text += pick(m_filler) + QLatin1Char(' ') + pick(m_filler);
            if (p == 2 && between(0, 2) == 0)
                text += s(" وكان ") + sy.section(QLatin1Char(' '), -1) + s(" قد زار موسكو في ") +
                        m_months.at(between(0, 11)) + s(" 2024 والتقى ") + ruTitle + s(" الروسي ") + russianName() +
                        QLatin1Char('.');
            text += s("\n\n");
        }
        if (between(0, 3) == 0)
            text += s("اقرأ أيضا: ") + pick(m_filler) + QLatin1Char('\n');
        return text;
    }

private:
    QRandomGenerator m_rng;
    const QStringList m_syFirst =
        list({"سامر", "خالد", "ماهر",  "وسيم", "عمر",  "يوسف", "حسام", "رامي", "فادي",  "زياد",
              "مازن", "نزار", "عدنان", "بسام", "طارق", "هشام", "غسان", "أيمن", "رضوان", "معتز",
              "باسل", "جهاد", "مهند",  "صهيب", "أنس",  "براء", "منذر", "عمار", "قصي",   "نبيل"});
    const QStringList m_sySurname = list(
        {"الأحمد",  "الخطيب",  "الحلبي", "السيد",  "العلي",  "الحموي",  "الشامي",  "النجار", "حداد",    "الزعبي",
         "المصري",  "العمر",   "الحسن",  "الصالح", "قباني",  "طرابيشي", "الدروبي", "الجابي", "كيالي",   "العطار",
         "الرفاعي", "البيطار", "الحمصي", "السقا",  "الكردي", "الطويل",  "العثمان", "الموسى", "الإدلبي", "الحوراني"});
    const QStringList m_ruFirst =
        list({"ألكسندر",   "دميتري", "سيرغي",   "أندريه", "ميخائيل", "إيغور",      "فاسيلي", "نيكولاي",   "أوليغ",
              "بافل",      "يفغيني", "فيكتور",  "رومان",  "كيريل",   "ماكسيم",     "أليكسي", "فلاديسلاف", "غينادي",
              "ستانيسلاف", "يوري",   "أناتولي", "بوريس",  "ليونيد",  "كونستانتين", "فاديم"});
    const QStringList m_ruSurname =
        list({"إيفانوف", "سميرنوف",    "كوزنيتسوف", "بوبوف",    "سوكولوف",  "ليبيديف",   "كوزلوف", "نوفيكوف",
              "موروزوف", "بيتروف",     "فولكوف",    "سولوفيوف", "فاسيليف",  "زايتسيف",   "بافلوف", "سيميونوف",
              "غولوبيف", "فينوغرادوف", "بوغدانوف",  "فوروبيوف", "فيودوروف", "ميخائيلوف", "بيلييف", "تاراسوف",
              "بيلوف",   "كوماروف",    "أورلوف",    "كيسيليوف", "ماكاروف",  "أندرييف"});
    const QStringList m_syTitles =
        list({"وزير الاقتصاد", "وزير الطاقة", "وزير النقل", "وزير الزراعة", "نائب وزير الخارجية", "وزير الصحة",
              "معاون وزير الدفاع", "رئيس هيئة الاستثمار", "محافظ اللاذقية", "وزير التعليم العالي"});
    const QStringList m_ruTitles =
        list({"نائب وزير الخارجية", "نائب وزير الدفاع", "نائب رئيس الوزراء", "وزير الزراعة", "نائب وزير الطاقة",
              "نائب وزير الصحة", "السفير", "المبعوث الخاص", "نائب وزير النقل", "نائب وزير التجارة"});
    const QStringList m_ranks = list({"اللواء", "العميد", "الفريق", "العقيد", "اللواء البحري", "الفريق أول"});
    const QStringList m_places =
        list({"دمشق", "موسكو", "اللاذقية", "قاعدة حميميم", "طرطوس", "سوتشي", "حلب", "قصر الشعب", "الكرملين", "أنقرة"});
    const QStringList m_topics =
        list({"توريد القمح الروسي", "تأهيل محطات الكهرباء", "التعاون العسكري والتقني", "مشاريع إعادة الإعمار",
              "الاستثمار في قطاع النفط والغاز", "مستقبل القواعد الروسية", "التبادل التجاري بين البلدين",
              "ملف العدالة الانتقالية"});
    const QStringList m_headers = list({"دمشق-سانا\n\n", "موسكو - سبوتنيك. ", "عنب بلدي - دمشق\n\n", "",
                                        "الأحد, 5 أكتوبر 2025 10:00 AM\n\n", "القاهرة - اليوم السابع\n\n"});
    const QStringList m_months = list({"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                                       "تشرين الأول", "تشرين الثاني", "كانون الأول"});
    const QStringList m_weekdays = list({"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"});
    const QStringList m_filler = list(
        {"وأكد الجانبان أهمية تطوير العلاقات الثنائية بما يخدم مصالح البلدين والشعبين الصديقين في المرحلة المقبلة.",
         "وتناولت المباحثات سبل توسيع التعاون الاقتصادي والتجاري، ودعم مشاريع إعادة الإعمار وتطوير البنية التحتية.",
         "ويرى مراقبون أن التقارب بين دمشق وموسكو يأتي في سياق إعادة ترتيب العلاقات بعد التحولات السياسية الأخيرة.",
         "وشدد المسؤول السوري على ضرورة احترام السيادة الوطنية ووحدة الأراضي السورية ورفض التدخلات الخارجية.",
         "وأشارت مصادر مطلعة إلى أن الاجتماعات تناولت أيضاً ملف الديون وإمدادات الحبوب والمحروقات خلال فصل الشتاء.",
         "وكانت روسيا قد قدمت دعماً عسكرياً واسعاً للنظام السابق، قبل أن تتغير موازين القوى في البلاد بشكل جذري.",
         "وتسعى الحكومة السورية إلى جذب الاستثمارات الأجنبية وتنويع شركائها الاقتصاديين في المنطقة والعالم.",
         "ولفتت وكالة الأنباء الرسمية إلى أن اللقاء جرى في أجواء إيجابية وبناءة، واتفق الطرفان على مواصلة التشاور.",
         "ويعاني الاقتصاد السوري من أزمة حادة في قطاعي الطاقة والكهرباء، مع ارتفاع كبير في أسعار المواد الأساسية.",
         "وتشمل الخطط المطروحة إعادة تأهيل الموانئ وخطوط السكك الحديدية وشبكات نقل الكهرباء بين المحافظات.",
         "وتأتي هذه التطورات وسط متابعة إقليمية ودولية لمسار العلاقات الروسية السورية ومستقبل الوجود العسكري الروسي.",
         "كما جرى التأكيد على أهمية التنسيق في المحافل الدولية ومتابعة تنفيذ الاتفاقيات الموقعة بين الجانبين."});
};

} // namespace

int main(int argc, char *argv[])
{
    bool salted = false;
    int count = 5000;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--salted-hash") == 0)
            salted = true;
        else
            count = std::max(1, QString::fromLocal8Bit(argv[i]).toInt());
    }
    if (!salted)
        useReproducibleHashing(); // as rasad and rasad-cli do
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "bench_ingest: cannot create a temporary folder\n";
        return 1;
    }
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    QDir().mkpath(corpus);
    Generator generator(20251223);
    QJsonArray manifest;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        QDate published;
        const QByteArray text = generator.article(&published).toUtf8();
        const QString name = QStringLiteral("synthetic_%1.txt").arg(i, 5, 10, QLatin1Char('0'));
        QFile file(corpus + QLatin1Char('/') + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            out << "bench_ingest: cannot write " << file.fileName() << '\n';
            return 1;
        }
        bytes += text.size();
        manifest.append(QJsonObject{{QStringLiteral("file"), name},
                                    {QStringLiteral("published"), published.toString(Qt::ISODate)},
                                    {QStringLiteral("source"), QStringLiteral("synthetic")}});
    }
    QFile all(dir.filePath(QStringLiteral("all.txt"))); // the same bytes in one file, for uconv
    all.open(QIODevice::WriteOnly);
    {
        Generator again(20251223);
        for (int i = 0; i < count; ++i) {
            QDate published;
            all.write(again.article(&published).toUtf8());
        }
    }
    all.close();
    QFile manifestFile(corpus + QStringLiteral("/manifest.json"));
    manifestFile.open(QIODevice::WriteOnly);
    manifestFile.write(QJsonDocument(QJsonObject{{QStringLiteral("articles"), manifest}}).toJson());
    manifestFile.close();
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    out << "bench_ingest: " << count << " synthetic articles, " << QString::number(megabytes, 'f', 1) << " MB; "
        << (salted ? "Qt's seeded string hashing" : "hashing with seed 0, as rasad does") << '\n';
    out.flush();

    StoreError error;
    std::unique_ptr<Store> store = Store::open(dir.filePath(QStringLiteral("bench.sqlite")), &error);
    if (!store) {
        out << "bench_ingest: " << error.message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    const ImportReport report = Ingestor(*store, test::bundledGazetteer()).importPaths({corpus});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double importCpu = cpuSeconds() - cpu;
    const Dataset data = store->loadDataset();
    out << "  import + extract: " << report.count(ImportItem::Status::Imported) << " imported, "
        << report.count(ImportItem::Status::Failed) << " failed in " << QString::number(seconds, 'f', 2)
        << " s = " << QString::number(count / seconds, 'f', 0) << " articles/s, "
        << QString::number(megabytes / seconds, 'f', 2) << " MB/s wall; " << QString::number(importCpu, 'f', 2)
        << " CPU s = " << QString::number(count / importCpu, 'f', 0) << " articles per CPU second, "
        << QString::number(megabytes / importCpu, 'f', 2) << " MB per CPU second; " << data.actors.size() << " actors, "
        << data.events.size() << " events\n";
    out.flush();

    timer.restart();
    cpu = cpuSeconds();
    if (!extractAll(*store, test::bundledGazetteer(), &error)) {
        out << "bench_ingest: " << error.message << '\n';
        return 1;
    }
    const double extractSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double extractCpu = cpuSeconds() - cpu;
    out << "  extraction alone (reextract): " << QString::number(extractSeconds, 'f', 2)
        << " s wall = " << QString::number(count / extractSeconds, 'f', 0) << " articles/s; "
        << QString::number(extractCpu, 'f', 2) << " CPU s = " << QString::number(count / extractCpu, 'f', 0)
        << " articles per CPU second\n";
    const QString uconv = QStandardPaths::findExecutable(QStringLiteral("uconv"));
    if (!uconv.isEmpty()) {
        QProcess process;
        process.setStandardInputFile(all.fileName());
        process.setStandardOutputFile(QProcess::nullDevice());
        timer.restart();
        process.start(uconv, {QStringLiteral("-f"), QStringLiteral("utf-8"), QStringLiteral("-t"),
                              QStringLiteral("utf-8"), QStringLiteral("-x"), QStringLiteral("Any-NFKC")});
        if (process.waitForFinished(-1) && process.exitCode() == 0) {
            const double uconvSeconds = double(timer.nsecsElapsed()) / 1e9;
            out << "  uconv -x Any-NFKC over the same bytes: " << QString::number(uconvSeconds, 'f', 2)
                << " s wall; import + extract took " << QString::number(seconds / uconvSeconds, 'f', 1)
                << "x that (target <= 7x)\n";
        }
    } else {
        out << "  uconv not installed (icu-devtools): no ratio\n";
    }
    out << "  peak RSS: " << peakRssMb() << " MB (targets: >= 900 articles per CPU second, < 300 MB)\n";
    return 0;
}
