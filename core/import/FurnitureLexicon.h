#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace rasad {

/**
 * The words that mark page furniture, from resources/lexicon/furniture.json. Phrases are held as
 * matching keys (text/ArabicNormalizer.h) so a marker matches whatever its diacritics or alef forms.
 */
class FurnitureLexicon
{
public:
    /** The bundled lexicon (:/rasad/lexicon/furniture.json); an empty one, with a warning, if it is missing. */
    static std::shared_ptr<const FurnitureLexicon> builtIn();
    /** Parses a lexicon document; null and `error` (naming `origin`) when it is malformed. */
    static std::shared_ptr<const FurnitureLexicon> fromJson(const QByteArray &json, const QString &origin,
                                                            QString *error);

    QStringList relatedMarkers; // keys, longest first
    QStringList shareMarkers;
    QStringList sectionLabels;
    QStringList adMarkers;
    QStringList counterWords;
    QStringList disclaimerStart;
    QStringList disclaimerContinuation;
    QStringList htmlSkipTokens; // lower-case class/id words, not keys
    int shareMaxWords = 6;
    int sectionLabelMaxWords = 3;
    int adMaxWords = 4;
    int teaserTitleMaxWords = 20;
    int teaserBlockMaxWords = 45;
};

} // namespace rasad
