#include "text/ShortName.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace rasad {

namespace {

struct ShortNameRules
{
    QStringList joinedWithNext;
    QStringList patronymicEndings;
};

const ShortNameRules &rules()
{
    static const ShortNameRules r = [] {
        ShortNameRules rules;
        QFile file(QStringLiteral(":/rasad/lexicon/short-names.json"));
        if (!file.open(QIODevice::ReadOnly))
            return rules; // compiled in; without it every name shortens to its last word
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &v : root.value(QLatin1String("joined_with_next")).toArray())
            rules.joinedWithNext.append(v.toString());
        for (const QJsonValue &v : root.value(QLatin1String("patronymic_endings")).toArray())
            rules.patronymicEndings.append(v.toString());
        return rules;
    }();
    return r;
}

bool joinsNext(const QString &word)
{
    return rules().joinedWithNext.contains(word, Qt::CaseInsensitive);
}

bool isPatronymic(const QString &word)
{
    for (const QString &ending : rules().patronymicEndings)
        if (word.size() >= ending.size() + 3 && word.endsWith(ending, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

QString shortPersonName(const QString &fullName)
{
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= 1)
        return fullName.trimmed();
    if (words.size() >= 3) {
        // Given Patronymic Surname: the middle words go. Surname Given Patronymic (as lists and some
        // reports write it): the last goes and the two are put back in speaking order.
        bool middle = false;
        for (qsizetype i = 1; i + 1 < words.size(); ++i)
            middle = middle || isPatronymic(words.at(i));
        if (middle && !isPatronymic(words.constFirst()))
            return words.constFirst() + QLatin1Char(' ') + words.constLast();
        if (isPatronymic(words.constLast()))
            return words.at(1) + QLatin1Char(' ') + words.at(0);
    }
    // A kunya or compound (أبو NAME, عبد NAME) is one name: from its first word to the end.
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        if (joinsNext(words.at(i)) && i + 2 >= words.size())
            return words.at(i) + QLatin1Char(' ') + words.at(i + 1);
    return words.constLast();
}

} // namespace rasad
