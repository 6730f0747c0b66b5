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

#include <algorithm>
#include <limits>

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
    const DateEngine dates;
    const Extractor extractor(gazetteer, dates, ExtractionLexicon::builtIn());

    // The store is read a page at a time, in id order (the same store, the same record), twice: everyone
    // introduced anywhere is known by surname everywhere. A damaged page stops the pass: the record of
    // the articles read so far would otherwise replace the whole one.
    StoreError readError;
    qint64 lastArticle = 0;
    // `upTo`: the second pass reads what the first read, even if another program adds articles meanwhile.
    const auto pagesFromStore = [&](qint64 upTo) {
        return [&, upTo, after = qint64(0)](qsizetype count) mutable {
            if (readError || after >= upTo)
                return QList<Article>();
            QList<Article> page = store.articlesAfter(after, count);
            if (StoreError e = store.readError()) {
                readError = e;
                return QList<Article>();
            }
            while (!page.isEmpty() && page.constLast().id > upTo)
                page.removeLast();
            if (page.isEmpty()) {
                after = upTo;
                return page;
            }
            after = page.constLast().id;
            lastArticle = std::max(lastArticle, after);
            return page;
        };
    };
    ExtractionRun run(extractor);
    const bool done = run.discover(pagesFromStore(std::numeric_limits<qint64>::max()), cancel) && !readError &&
                      run.extract(pagesFromStore(lastArticle), cancel);
    if (readError) {
        if (error)
            *error = readError;
        return false;
    }
    if (!done) {
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
    return store.replaceExtraction(actors, events, error, lastArticle);
}

} // namespace rasad
