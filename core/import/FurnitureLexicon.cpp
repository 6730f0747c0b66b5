#include "import/FurnitureLexicon.h"

#include "text/ArabicNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rasad {

namespace {

/** The key of a marker phrase with surrounding punctuation removed, as FurnitureDetector compares lines. */
QString markerKey(const QString &phrase)
{
    QString key = matchingKey(phrase);
    qsizetype start = 0;
    qsizetype end = key.size();
    while (start < end && !key.at(start).isLetterOrNumber())
        ++start;
    while (end > start && !key.at(end - 1).isLetterOrNumber())
        --end;
    return key.mid(start, end - start).simplified();
}

bool readList(const QJsonObject &root, const char *name, bool asKeys, QStringList *out, QString *problem)
{
    const QJsonValue value = root.value(QLatin1String(name));
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *problem = QStringLiteral("\"%1\" must be a list of strings").arg(QLatin1String(name));
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            *problem = QStringLiteral("\"%1\" must be a list of strings").arg(QLatin1String(name));
            return false;
        }
        const QString entry = asKeys ? markerKey(item.toString()) : item.toString().trimmed().toLower();
        if (!entry.isEmpty() && !out->contains(entry))
            out->append(entry);
    }
    // Longest first, so "مشاركة المقال" wins over "مشاركة" when both match.
    std::stable_sort(out->begin(), out->end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return true;
}

void readInt(const QJsonObject &root, const char *name, int *out)
{
    const QJsonValue value = root.value(QLatin1String(name));
    if (value.isDouble() && value.toInt() > 0)
        *out = value.toInt();
}

} // namespace

std::shared_ptr<const FurnitureLexicon> FurnitureLexicon::fromJson(const QByteArray &json, const QString &origin,
                                                                   QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                         .arg(origin, parseError.errorString())
                         .arg(parseError.offset);
        return nullptr;
    }
    const QJsonObject root = doc.object();
    auto lexicon = std::make_shared<FurnitureLexicon>();
    QString problem;
    const bool ok = readList(root, "related_markers", true, &lexicon->relatedMarkers, &problem) &&
                    readList(root, "share_markers", true, &lexicon->shareMarkers, &problem) &&
                    readList(root, "section_labels", true, &lexicon->sectionLabels, &problem) &&
                    readList(root, "ad_markers", true, &lexicon->adMarkers, &problem) &&
                    readList(root, "counter_words", true, &lexicon->counterWords, &problem) &&
                    readList(root, "disclaimer_start", true, &lexicon->disclaimerStart, &problem) &&
                    readList(root, "disclaimer_continuation", true, &lexicon->disclaimerContinuation, &problem) &&
                    readList(root, "html_skip_tokens", false, &lexicon->htmlSkipTokens, &problem);
    if (!ok) {
        if (error)
            *error = origin + QStringLiteral(": ") + problem;
        return nullptr;
    }
    readInt(root, "share_max_words", &lexicon->shareMaxWords);
    readInt(root, "section_label_max_words", &lexicon->sectionLabelMaxWords);
    readInt(root, "ad_max_words", &lexicon->adMaxWords);
    readInt(root, "teaser_title_max_words", &lexicon->teaserTitleMaxWords);
    readInt(root, "teaser_block_max_words", &lexicon->teaserBlockMaxWords);
    return lexicon;
}

std::shared_ptr<const FurnitureLexicon> FurnitureLexicon::builtIn()
{
    static const std::shared_ptr<const FurnitureLexicon> instance = [] {
        const QString path = QStringLiteral(":/rasad/lexicon/furniture.json");
        QFile file(path);
        QString error;
        std::shared_ptr<const FurnitureLexicon> lexicon;
        if (file.open(QIODevice::ReadOnly))
            lexicon = fromJson(file.readAll(), path, &error);
        else
            error = path + QStringLiteral(": not compiled in");
        if (!lexicon) {
            qWarning("%s", qUtf8Printable(error));
            lexicon = std::make_shared<const FurnitureLexicon>(); // detects nothing rather than crash
        }
        return lexicon;
    }();
    return instance;
}

} // namespace rasad
