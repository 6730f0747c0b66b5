#include "pipeline/Extraction.h"

#include <QHash>

#include "dates/DateEngine.h"
#include "extract/ActorRegistry.h"
#include "extract/ExtractionLexicon.h"
#include "extract/ExtractionRun.h"
#include "extract/Extractor.h"
#include "gazetteer/Gazetteer.h"
#include "merge/EventMerger.h"
#include "merge/YearFromTerms.h"
#include "store/Store.h"
#include "text/ArabicNormalizer.h"

#include <QHash>
#include <QSet>

namespace rasad {

namespace {

/** Kremlin and Moscow agree: one place lies within the other in the gazetteer. */
bool placesAgree(const Gazetteer &gazetteer, const QString &a, const QString &b)
{
    const auto chain = [&](const QString &name) {
        QStringList keys;
        const Place *p = gazetteer.placeByName(matchingKey(name));
        for (int guard = 0; p && guard < 8; ++guard) {
            keys << p->key;
            const QString within = p->within;
            p = nullptr;
            for (const Place &q : gazetteer.places())
                if (q.key == within)
                    p = &q;
        }
        return keys;
    };
    const QStringList ca = chain(a), cb = chain(b);
    return !ca.isEmpty() && !cb.isEmpty() && (ca.contains(cb.constFirst()) || cb.contains(ca.constFirst()));
}

} // namespace

const char *const kExtractionCancelled = "extraction cancelled";

bool extractAll(Store &store, const Gazetteer &gazetteer, StoreError *error, const std::atomic_bool *cancel)
{
    // Checked between articles and inside merging: nothing is written until the record is replaced at the end.
    const auto cancelled = [&] {
        if (!cancel || !cancel->load())
            return false;
        if (error)
            error->message = QString::fromLatin1(kExtractionCancelled);
        return true;
    };
    const QList<Article> articles = store.articles(true); // ordered by id: the same store, the same record
    if (StoreError readError = store.readError()) {
        // A damaged page stopped the scan: the record of the articles read so far would replace the whole one.
        if (error)
            *error = readError;
        return false;
    }
    const DateEngine dates;
    const Extractor extractor(gazetteer, dates, ExtractionLexicon::builtIn());

    // Two passes: everyone introduced anywhere is known by surname everywhere.
    ExtractionRun run(extractor);
    if (!run.discover(articles, cancel) || !run.extract(articles, cancel)) {
        cancelled();
        return false;
    }
    run.settle();
    ActorRegistry &registry = run.registry();
    QList<Event> &reports = run.reports();

    EventMerger merger(registry.actors(),
                       [&gazetteer](const QString &a, const QString &b) { return placesAgree(gazetteer, a, b); });
    merger.setCancel(cancel);
    QList<Event> events = merger.merge(reports);
    if (cancelled())
        return false;
    dateFromTermsOfOffice(events, registry.actors(), QDate::currentDate());

    QList<Actor> &actors = registry.actors();
    QSet<qint64> parties;
    for (const Event &e : std::as_const(events))
        for (const Participant &p : e.participants)
            parties.insert(p.actorId);
    // A discovered name with neither office nor country that takes part in nothing (الشيخ NAME, السيد NAME
    // quoted in passing) says nothing that makes it an official: no actor.
    QList<Actor> kept;
    QHash<qint64, qint64> renumbered;
    for (int i = 0; i < actors.size(); ++i) {
        Actor &a = actors[i];
        a.mentionOnly = !parties.contains(i);
        if (a.discovered && a.mentionOnly && a.roles.isEmpty() && a.country.isEmpty())
            continue;
        renumbered.insert(i, kept.size());
        kept << std::move(a);
    }
    if (kept.size() != actors.size())
        for (Event &e : events)
            for (Participant &p : e.participants)
                p.actorId = renumbered.value(p.actorId);
    actors = std::move(kept);
    const qint64 lastArticle = articles.isEmpty() ? 0 : articles.constLast().id; // ordered by id
    return store.replaceExtraction(actors, events, error, lastArticle);
}

} // namespace rasad
