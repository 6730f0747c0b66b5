#include "text/Transliteration.h"

#include <algorithm>

namespace rasad {

namespace {

char16_t soundClass(char16_t c)
{
    switch (c) {
    case u'ج':
    case u'غ':
    case u'ك':
    case u'ق':
    case u'گ':
    case u'ڨ':
        return u'G';
    case u'ف':
    case u'ڤ':
    case u'ب':
    case u'پ':
        return c == u'ب' || c == u'پ' ? u'B' : u'F';
    case u'ت':
    case u'ط':
        return u'T';
    case u'س':
    case u'ص':
    case u'ث':
        return u'S';
    case u'د':
    case u'ض':
        return u'D';
    case u'ز':
    case u'ذ':
    case u'ظ':
        return u'Z';
    case u'ه':
    case u'ة':
    case u'ح':
    case u'خ':
        return u'H';
    case u'ا':
    case u'أ':
    case u'إ':
    case u'آ':
    case u'ى':
    case u'ي':
    case u'و':
    case u'ؤ':
    case u'ئ':
    case u'ء':
    case u'ع':
        return 0; // vowel letters and hamza seats: written or left out at will
    default:
        return c;
    }
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

QString transliterationSkeleton(const QString &wordKey)
{
    QString out;
    out.reserve(wordKey.size());
    QStringView key(wordKey);
    if (key.startsWith(u"ال"))
        key = key.mid(2);
    for (QChar ch : key) {
        const char16_t c = soundClass(ch.unicode());
        if (c && (out.isEmpty() || out.back() != QChar(c))) // doubled letters count once
            out += QChar(c);
    }
    return out;
}

bool maySpellTheSameName(const QStringList &a, const QStringList &b, bool foreignName)
{
    if (a.isEmpty() || a.size() != b.size())
        return false;
    for (qsizetype i = 0; i + 1 < a.size(); ++i)
        if (a.at(i) != b.at(i) && transliterationSkeleton(a.at(i)) != transliterationSkeleton(b.at(i)))
            return false;
    const QString sa = transliterationSkeleton(a.constLast()), sb = transliterationSkeleton(b.constLast());
    // Short skeletons are Arabic names (حسن / حسين): only foreign-length ones are matched loosely.
    // … the article may still be left out or written (الحلبي / حلبي).
    const auto bare = [](const QString &k) { return k.startsWith(u"ال") ? QStringView(k).mid(2) : QStringView(k); };
    // A foreign surname of three consonants (نوفاك / نوفك) is matched on its skeleton when the text says
    // the person is of a country whose names are transliterated.
    if (foreignName && std::min(sa.size(), sb.size()) == 3 && sa == sb)
        return true;
    if (std::min(sa.size(), sb.size()) < 4)
        return bare(a.constLast()) == bare(b.constLast());
    if (sa == sb)
        return true;
    return std::min(sa.size(), sb.size()) >= 4 && editDistance(sa, sb) <= 1;
}

} // namespace rasad
