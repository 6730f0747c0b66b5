#pragma once

#include "model/Actor.h"
#include "model/Event.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace rasad {

/**
 * One meeting, one event: merges reports of contacts (from one article or several) when the participants
 * overlap, the dates are compatible and the places agree. The merged event keeps the most precise date,
 * flags where sources disagree (with both readings) and says in its merge note why its sources were joined.
 * The result depends only on the reports, not on their order: the same store gives the same record.
 */
class EventMerger
{
public:
    /** Whether two place names name the same place or one lies within the other; defaults to equality. */
    using PlacesAgree = std::function<bool(const QString &, const QString &)>;

    explicit EventMerger(const QList<Actor> &actors, PlacesAgree placesAgree = {});

    /** Days two exact dates may differ by and still be read as one contact (0: a day never merges with another). */
    void setDayTolerance(int days) { m_dayTolerance = days; }

    /**
     * Whether an announcement (planned for day D) becomes a source of the contact held on D. Off by default:
     * the announcement stays its own planned event beside the contact, so a reader sees what was
     * announced and what was reported held, and the held contact's sources are the reports of it.
     */
    void setJoinAnnouncements(bool join) { m_joinAnnouncements = join; }

    /** When set and raised, merge() stops early and returns an incomplete record the caller must discard. */
    void setCancel(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /**
     * Clusters the reports into contacts. A page with no date whose report, told relative to the page
     * ("اليوم الاثنين", "أمس"), joined a contact other pages date to the day is dated by it (that day minus
     * the report's distance from publication; pages whose reports disagree are not), and the reports are
     * clustered once more: the page's other undated reports may then join contacts of the weeks before.
     */
    QList<Event> merge(QList<Event> reports) const;

    /** Whether two reports are one contact, how sure (0–1), and the reasons either way, worded for people. */
    struct Decision
    {
        bool same = false;
        double score = 0.0;
        QStringList reasons;
    };
    Decision decide(const Event &a, const Event &b) const;
    /** True when `a` and `b` can be one contact (exposed for tests and for the curation UI). */
    bool compatible(const Event &a, const Event &b) const { return decide(a, b).same; }

private:
    /**
     * One clustering. `pageDates`, when given, receives the days undated pages are dated by (see merge());
     * when there are any, no contacts are built and an empty list is returned.
     */
    QList<Event> mergeOnce(QList<Event> reports, QHash<qint64, QDate> *pageDates) const;
    QString nameOf(qint64 actorId) const;
    const QList<Actor> &m_actors;
    PlacesAgree m_placesAgree;
    int m_dayTolerance = 0;
    bool m_joinAnnouncements = false;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace rasad
