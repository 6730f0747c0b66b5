#include "merge/EventMerger.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>

namespace rasad {

namespace {

QSet<qint64> people(const Event &e)
{
    QSet<qint64> ids;
    for (const Participant &p : e.participants)
        ids.insert(p.actorId);
    return ids;
}

QString dayText(const FuzzyDate &d)
{
    const QString start = d.start.toString(Qt::ISODate);
    return d.start == d.end ? start : start + QStringLiteral("…") + d.end.toString(Qt::ISODate);
}

int sourceRank(DateSource s)
{
    switch (s) {
    case DateSource::User:
        return 0;
    case DateSource::Sentence:
        return 1;
    case DateSource::GoverningExpression:
        return 2;
    case DateSource::MainEvent:
        return 3;
    case DateSource::Publication:
    case DateSource::Terms: // set after merging; below what a text states
        return 4;
    case DateSource::None:
        break;
    }
    return 5;
}

// Deterministic order: dated before undated, precise before vague, then by article and position.
bool reportBefore(const Event &a, const Event &b)
{
    const bool av = a.date.isValid(), bv = b.date.isValid();
    if (av != bv)
        return av;
    if (av && a.date.lengthDays() != b.date.lengthDays())
        return a.date.lengthDays() < b.date.lengthDays();
    const EventSource &sa = a.sources.constFirst();
    const EventSource &sb = b.sources.constFirst();
    if (sa.articleId != sb.articleId)
        return sa.articleId < sb.articleId;
    if (sa.start != sb.start)
        return sa.start < sb.start;
    return a.participants.size() > b.participants.size();
}

/** The members of one cluster that carry one date (by index into the cluster). */
struct DatedMembers
{
    FuzzyDate date;
    QList<int> members;
};

/**
 * Which clusters a report can join, found without trying every cluster of its people. A dated report
 * joins only a contact dated within the reach of decide() (overlapping, or at most `reach` days apart: a
 * day taken from the publication date, or the day tolerance); an undated one only a contact of its own
 * article, one dated in the 45 days before its publication, or one no report dates. The clusters left
 * out are those decide() or the every-member date check would refuse, so the clustering is the same.
 */
class ClusterIndex
{
public:
    explicit ClusterIndex(int reach) : m_reach(reach + 1) {}

    void add(qint64 person, int cluster, const FuzzyDate &date)
    {
        Person &p = m_people[person];
        if (!date.isValid())
            p.undated << cluster;
        else if (date.lengthDays() > kShort)
            p.vague << cluster;
        else
            p.byStart.emplace(date.start.toJulianDay(), cluster);
    }
    /** An undated cluster's first dated report gives it a date. */
    void dated(qint64 person, int cluster, const FuzzyDate &date)
    {
        Person &p = m_people[person];
        p.undated.removeOne(cluster);
        add(person, cluster, date);
    }
    QList<int> candidates(const Event &report, const QSet<int> &ofArticle, const QList<Event> &running) const
    {
        QList<int> out;
        const auto inWindow = [&](const Person &p, qint64 from, qint64 to) {
            for (auto it = p.byStart.lower_bound(from), end = p.byStart.upper_bound(to); it != end; ++it)
                out << it->second;
        };
        const bool hasDate = report.date.isValid();
        const QDate published = report.sources.constFirst().merging.published;
        for (const Participant &participant : report.participants) {
            const auto found = m_people.constFind(participant.actorId);
            if (found == m_people.cend())
                continue;
            const Person &p = *found;
            out += p.undated;
            out += p.vague;
            if (hasDate)
                inWindow(p, report.date.start.toJulianDay() - m_reach - kShort,
                         report.date.end.toJulianDay() + m_reach);
            else if (published.isValid())
                inWindow(p, published.toJulianDay() - 46, published.toJulianDay());
        }
        if (!hasDate) {
            // Any contact of the report's own article that names one of its people.
            QSet<qint64> ids;
            for (const Participant &p : report.participants)
                ids.insert(p.actorId);
            for (int c : ofArticle)
                if (std::any_of(running.at(c).participants.cbegin(), running.at(c).participants.cend(),
                                [&](const Participant &p) { return ids.contains(p.actorId); }))
                    out << c;
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

private:
    static constexpr qint64 kShort = 32; // dates up to a month long are found by their start
    struct Person
    {
        QList<int> undated;
        QList<int> vague;
        std::multimap<qint64, int> byStart;
    };
    QHash<qint64, Person> m_people;
    qint64 m_reach;
};

} // namespace

EventMerger::EventMerger(const QList<Actor> &actors, PlacesAgree placesAgree)
    : m_actors(actors), m_placesAgree(std::move(placesAgree))
{
}

QString EventMerger::nameOf(qint64 actorId) const
{
    if (actorId >= 0 && actorId < m_actors.size())
        return m_actors.at(int(actorId)).name;
    return QString::number(actorId);
}

EventMerger::Decision EventMerger::decide(const Event &a, const Event &b) const
{
    Decision d;
    const auto refuse = [&](const QString &why) {
        d.same = false;
        d.score = 0.0;
        d.reasons = QStringList{why};
        return d;
    };
    const bool sameArticle = a.sources.constFirst().articleId == b.sources.constFirst().articleId;
    // Within one article "بحث X مع Y" after a call is the call itself; across articles a call is no meeting.
    const auto travel = [](const Event &e) { return e.type == EventType::Visit || e.type == EventType::Delegation; };
    if ((a.type == EventType::Call) != (b.type == EventType::Call) &&
        !(sameArticle && !travel(a) && !travel(b) && (a.location.isEmpty() || b.location.isEmpty())))
        return refuse(QStringLiteral("a call is not a meeting"));
    const bool sameFactuality = a.factuality == b.factuality;
    // An announcement joins the contact it announced when both name the very day; otherwise what was
    // planned, denied or supposed stays apart from what happened.
    const bool announced = m_joinAnnouncements && !sameFactuality &&
                           ((a.factuality == Factuality::Planned && b.factuality == Factuality::Happened) ||
                            (b.factuality == Factuality::Planned && a.factuality == Factuality::Happened)) &&
                           a.date.isExactDay() && b.date.isExactDay() && a.date.start == b.date.start;
    if (!sameFactuality && !announced)
        return refuse(QStringLiteral("%1 against %2").arg(factualityName(a.factuality), factualityName(b.factuality)));

    // "اليوم الاثنين" on an undated page can only be a Monday; "31 تموز" only a 31 July.
    for (const auto &[undated, dated] : {std::pair{&a, &b}, std::pair{&b, &a}})
        if (undated->dateClues.any() && dated->date.isValid() && !undated->dateClues.fitAny(dated->date))
            return refuse(QStringLiteral("%1 named, but the contact was on %2")
                              .arg(undated->dateClues.describe(), dayText(dated->date)));

    const QSet<qint64> pa = people(a), pb = people(b);
    const qsizetype smaller = std::min(pa.size(), pb.size());
    const qsizetype shared = QSet<qint64>(pa).intersect(pb).size();
    if (smaller == 0 || shared < std::min<qsizetype>(2, smaller) || shared * 2 < smaller)
        return refuse(QStringLiteral("too few shared participants"));
    const qsizetype together = QSet<qint64>(pa).unite(pb).size();
    double score = 0.4 * double(shared) / double(together);
    d.reasons << QStringLiteral("%1 of %2 participants shared").arg(shared).arg(together);

    const bool placesKnown = !a.location.isEmpty() && !b.location.isEmpty();
    const bool samePlace =
        placesKnown && (a.location == b.location || (m_placesAgree && m_placesAgree(a.location, b.location)));
    // The same people on the same day in two cities is rarer than a place misread: that merges, flagged.
    // One traveller's report and a contact of the same article are one visit wherever each was placed.
    const bool sameDay = a.date.isExactDay() && b.date.isExactDay() && a.date.start == b.date.start;
    const bool travellerOfContact = sameArticle && smaller == 1 && std::max(pa.size(), pb.size()) >= 2;
    if (placesKnown && !samePlace && !(sameDay && shared >= 2) && !travellerOfContact)
        return refuse(QStringLiteral("places differ: %1 / %2").arg(a.location, b.location));
    if (placesKnown && !samePlace)
        d.reasons << QStringLiteral("places differ (%1 / %2) but %3")
                         .arg(a.location, b.location,
                              sameDay ? QStringLiteral("same people, same day")
                                      : QStringLiteral("one traveller's report of the contact"));
    if (samePlace) {
        score += 0.2;
        d.reasons << QStringLiteral("same place");
    }

    if (a.date.isValid() && b.date.isValid()) {
        if (!a.date.overlaps(b.date)) {
            const qint64 gap =
                a.date.end < b.date.start ? a.date.end.daysTo(b.date.start) : b.date.end.daysTo(a.date.start);
            // A day taken from the publication date is only the latest it can have been: agencies publish
            // the morning after. A day told by the text one or two days before it is the same contact.
            // "اليوم" is the publication day and no surer: one day later than a day told otherwise is the same.
            // How sure a day is: an undated lead's publication day least, "اليوم" (today, as told) more, a day
            // the text states most.
            const auto sureness = [](const Event &e) {
                return e.dateSource == DateSource::Publication ? 0
                                                               : (e.sources.constFirst().merging.toldAsToday ? 1 : 2);
            };
            const auto byPublication = [&](const Event &x, const Event &other) {
                const int reach = x.dateSource == DateSource::Publication ? 2 : 1;
                return sureness(x) < sureness(other) && other.date.start < x.date.start &&
                       other.date.start.daysTo(x.date.start) <= reach;
            };
            const bool published =
                a.date.isExactDay() && b.date.isExactDay() && (byPublication(a, b) || byPublication(b, a));
            // "اليوم" on a page dated only by its address: the address may carry the next day's posting.
            const auto byAddress = [&](const Event &x, const Event &other) {
                return x.sources.constFirst().merging.dateFromAddress &&
                       !other.sources.constFirst().merging.dateFromAddress && other.date.start < x.date.start &&
                       other.date.start.daysTo(x.date.start) <= 1;
            };
            const bool addressed =
                !published && a.date.isExactDay() && b.date.isExactDay() && (byAddress(a, b) || byAddress(b, a));
            if (published)
                d.reasons << QStringLiteral("one day taken from the publication date, the other told before it");
            else if (addressed)
                d.reasons << QStringLiteral("one day counted from a page address's date, a day after the other");
            else if (!addressed && (!a.date.isExactDay() || !b.date.isExactDay() || gap > m_dayTolerance))
                return refuse(QStringLiteral("dates differ: %1 / %2").arg(dayText(a.date), dayText(b.date)));
        }
        if (a.date.isExactDay() && b.date.isExactDay()) {
            score += 0.4;
            d.reasons << QStringLiteral("same day");
            for (const Event *x : {&a, &b})
                if (x->dateClues.any() && x->dateClues.describe().size())
                    d.reasons << QStringLiteral("the %1 named fits").arg(x->dateClues.describe());
        } else {
            // A year or a season says little: the same people meet more than once in it. Only the same
            // place (or the same article) joins a vague date to a precise one.
            const qint64 vaguest = std::max(a.date.lengthDays(), b.date.lengthDays());
            if (vaguest > 31 && !samePlace && !sameArticle)
                return refuse(QStringLiteral("a date as vague as %1 needs the same place")
                                  .arg(dayText(a.date.lengthDays() > b.date.lengthDays() ? a.date : b.date)));
            score += vaguest <= 11 ? 0.3 : (vaguest <= 31 ? 0.2 : 0.1);
            d.reasons << QStringLiteral("dates overlap");
        }
    } else if (!sameArticle) {
        // An undated report joins another article's contact only when its article appeared within weeks
        // after that contact (a shared city is no evidence: the same people meet in Moscow more than once);
        // otherwise only the pass for undated articles below may join it, when just one contact fits.
        const Event &undated = a.date.isValid() ? b : a;
        const Event &dated = a.date.isValid() ? a : b;
        const QDate published = undated.sources.constFirst().merging.published;
        const bool recentNews = dated.date.isValid() && published.isValid() && dated.date.start <= published &&
                                dated.date.start.daysTo(published) <= 45;
        if (!recentNews)
            return refuse(QStringLiteral("no date, and nothing else ties the reports"));
        d.reasons << (undated.sources.constFirst().merging.publishedByContact
                          ? QStringLiteral("undated report on a page dated soon after by another contact it reports")
                          : QStringLiteral("undated report published soon after"));
    }
    if (sameArticle) {
        score += 0.1;
        d.reasons << QStringLiteral("same article");
    }
    if (announced)
        d.reasons << QStringLiteral("announced in advance for that day");
    if (a.type == b.type)
        score += 0.05;
    d.same = true;
    d.score = std::min(1.0, score);
    return d;
}

QList<Event> EventMerger::merge(QList<Event> reports) const
{
    QHash<qint64, QDate> pageDates;
    QList<Event> events = mergeOnce(reports, &pageDates);
    if (pageDates.isEmpty() || (m_cancel && m_cancel->load()))
        return events; // no page dated by a contact: the one clustering stands
    for (Event &report : reports) {
        if (report.sources.isEmpty())
            continue;
        EventSource &source = report.sources.first();
        const auto day = pageDates.constFind(source.articleId);
        if (day != pageDates.cend() && !source.merging.published.isValid()) {
            source.merging.published = *day;
            source.merging.publishedByContact = true;
        }
    }
    return mergeOnce(std::move(reports), nullptr); // one round: a page dated so dates no other
}

QList<Event> EventMerger::mergeOnce(QList<Event> reports, QHash<qint64, QDate> *pageDates) const
{
    reports.erase(std::remove_if(reports.begin(), reports.end(), [](const Event &e) { return e.sources.isEmpty(); }),
                  reports.end());
    std::stable_sort(reports.begin(), reports.end(), reportBefore);

    // Greedy clustering against each cluster's running merge, best shared-participant count first.
    QList<QList<Event>> clusters;
    QList<Event> running;
    QList<QList<Decision>> decisions;           // per cluster: why each later report joined
    QHash<qint64, QList<int>> clustersOf;       // participant → clusters naming them: only those can match
    QList<QList<DatedMembers>> datedMembers;    // per cluster: its dated members, by date
    QHash<qint64, QSet<int>> clustersOfArticle; // article → clusters with a report of it
    ClusterIndex index(std::max(2, m_dayTolerance));
    const auto addDated = [&datedMembers](int cluster, const Event &member, int position) {
        if (!member.date.isValid())
            return;
        QList<DatedMembers> &groups = datedMembers[cluster];
        auto it = std::find_if(groups.begin(), groups.end(), [&](const DatedMembers &g) {
            return g.date.start == member.date.start && g.date.end == member.date.end;
        });
        if (it == groups.end())
            groups.append(DatedMembers{member.date, {position}});
        else
            it->members << position;
    };
    for (const Event &report : std::as_const(reports)) {
        if (m_cancel && m_cancel->load())
            return {};
        int best = -1;
        double bestScore = 0.0;
        Decision bestDecision;
        const QList<int> candidates =
            index.candidates(report, clustersOfArticle.value(report.sources.constFirst().articleId), running);
        for (int c : std::as_const(candidates)) {
            Decision decision = decide(running.at(c), report);
            // A report of the same article may tie an undated mention to its contact.
            for (const Event &member : std::as_const(clusters.at(c))) {
                if (decision.same)
                    break;
                if (member.sources.constFirst().articleId == report.sources.constFirst().articleId)
                    if (Decision d = decide(member, report); d.same)
                        decision = d;
            }
            if (!decision.same)
                continue;
            // Every dated member must fit the report's date. Members grouped by date: those whose date
            // overlaps the report's fit as a group, so a cluster of one repeated report costs one check, not
            // one per member (the same test as member by member, which made long articles quadratic).
            bool withAll = true;
            if (report.date.isValid())
                for (const DatedMembers &group : std::as_const(datedMembers.at(c))) {
                    if (!withAll)
                        break;
                    if (group.date.overlaps(report.date))
                        continue;
                    for (int m : group.members)
                        if (!compatible(clusters.at(c).at(m), report)) {
                            withAll = false;
                            break;
                        }
                }
            if (!withAll)
                continue;
            if (decision.score > bestScore) {
                best = c;
                bestScore = decision.score;
                bestDecision = decision;
            }
        }
        if (best < 0) {
            clusters.append(QList<Event>{report});
            running.append(report);
            decisions.append(QList<Decision>{});
            datedMembers.append(QList<DatedMembers>{});
            const int created = int(clusters.size()) - 1;
            addDated(created, report, 0);
            clustersOfArticle[report.sources.constFirst().articleId].insert(created);
            for (const Participant &p : report.participants) {
                clustersOf[p.actorId] << created;
                index.add(p.actorId, created, report.date);
            }
            continue;
        }
        clusters[best].append(report);
        decisions[best] << bestDecision;
        addDated(best, report, int(clusters.at(best).size()) - 1);
        clustersOfArticle[report.sources.constFirst().articleId].insert(best);
        Event &r = running[best];
        if (report.factuality == Factuality::Happened && r.factuality != Factuality::Happened) {
            r.factuality = Factuality::Happened; // the announced contact took place
            r.planned = false;
        }
        if (!r.date.isValid() && report.date.isValid()) {
            for (const Participant &p : std::as_const(r.participants))
                index.dated(p.actorId, best, report.date);
        }
        for (const Participant &p : report.participants)
            if (!people(r).contains(p.actorId)) {
                r.participants << p;
                clustersOf[p.actorId] << best;
                index.add(p.actorId, best, r.date.isValid() ? r.date : report.date);
            }
        if (!r.date.isValid() && report.date.isValid())
            r.date = report.date;
        if (!r.dateClues.any() && report.dateClues.any())
            r.dateClues = report.dateClues;
        if (r.location.isEmpty())
            r.location = report.location;
    }

    // A contact no source dates, from articles that carry no date either, is the one dated contact of the
    // same people when there is exactly one such contact it can be; with two or more it stays apart.
    QSet<qint64> inDatedContacts;
    for (int c = 0; c < clusters.size(); ++c)
        if (running.at(c).date.isValid())
            inDatedContacts.unite(people(running.at(c)));
    for (int c = 0; c < clusters.size(); ++c) {
        const bool undatedEverywhere = std::all_of(clusters.at(c).cbegin(), clusters.at(c).cend(), [](const Event &m) {
            return !m.date.isValid() && (!m.sources.constFirst().merging.published.isValid() ||
                                         m.sources.constFirst().merging.publishedByContact);
        });
        if (!undatedEverywhere || clusters.at(c).isEmpty())
            continue;
        // One side alone ("X and Y arrived in Moscow for talks"), undated, could be any of their trips.
        QSet<QString> sides;
        bool sideUnknown = false;
        for (qint64 id : people(running.at(c))) {
            const QString country = id >= 0 && id < m_actors.size() ? m_actors.at(int(id)).country : QString();
            sideUnknown = sideUnknown || country.isEmpty();
            sides.insert(country);
        }
        if (sides.size() == 1 && !sideUnknown)
            continue;
        int only = -1, count = 0;
        Decision chosen;
        for (int o = 0; o < clusters.size(); ++o) {
            // Only a contact dated to the month or better: "in 2017" is no contact to pin a report to.
            if (o == c || clusters.at(o).isEmpty() || !running.at(o).date.isValid() ||
                running.at(o).date.lengthDays() > 31)
                continue;
            Event probe = running.at(c);
            probe.date = running.at(o).date; // as if it carried the other's date: everything else must agree
            // Everyone the undated report names must take part in that contact, but for people no dated
            // report names at all (a minister only this report mentions).
            if (!people(running.at(o)).contains(QSet<qint64>(people(probe)).intersect(inDatedContacts)))
                continue;
            // The borrowed day must not excuse a place that differs (the same-day rule in decide()).
            const QString &here = probe.location, &there = running.at(o).location;
            if (!here.isEmpty() && !there.isEmpty() && here != there && !(m_placesAgree && m_placesAgree(here, there)))
                continue;
            const Decision d = decide(running.at(o), probe);
            if (d.same) {
                only = o;
                chosen = d;
                ++count;
            }
        }
        if (count != 1)
            continue;
        chosen.reasons << QStringLiteral("the only dated contact of these people");
        clusters[only] += clusters.at(c);
        decisions[only] << chosen << decisions.at(c);
        for (const Event &m : clusters.at(c))
            for (const Participant &p : m.participants)
                if (!people(running.at(only)).contains(p.actorId))
                    running[only].participants << p;
        clusters[c].clear();
    }

    if (pageDates) {
        QHash<qint64, QDate> dated;
        QSet<qint64> disagreeing;
        for (int c = 0; c < clusters.size(); ++c) {
            const Event &contact = running.at(c);
            if (!contact.date.isExactDay())
                continue;
            // The articles of the contact's dated reports: two of them, or one other than a page's own, date it.
            QSet<qint64> datedArticles;
            for (const Event &o : clusters.at(c))
                if (o.date.isValid() && datedArticles.size() < 2)
                    datedArticles.insert(o.sources.constFirst().articleId);
            for (const Event &m : clusters.at(c)) {
                const EventSource &src = m.sources.constFirst();
                if (m.date.isValid() || !m.dateClues.fromPublication || src.merging.published.isValid())
                    continue;
                // Only a day other pages give: not one this page's own reports settled among themselves.
                const bool toldElsewhere =
                    datedArticles.size() > 1 || (datedArticles.size() == 1 && !datedArticles.contains(src.articleId));
                if (!toldElsewhere)
                    continue;
                const QDate day = contact.date.start.addDays(-m.dateClues.dayOffset);
                const auto it = dated.constFind(src.articleId);
                if (it != dated.cend() && *it != day)
                    disagreeing.insert(src.articleId);
                dated.insert(src.articleId, day);
            }
        }
        for (qint64 article : std::as_const(disagreeing))
            dated.remove(article);
        *pageDates = dated;
        if (!dated.isEmpty())
            return {}; // merge() clusters again with the pages dated: the contacts are built there
    }

    QList<Event> out;
    for (int c = 0; c < clusters.size(); ++c) {
        const QList<Event> &members = clusters.at(c);
        if (members.isEmpty())
            continue; // joined to another contact above
        Event ev = members.constFirst();
        if (members.size() == 1) {
            out << ev;
            continue;
        }
        // Members in text order, for participants and sources.
        QList<Event> ordered = members;
        std::stable_sort(ordered.begin(), ordered.end(), [](const Event &a, const Event &b) {
            const EventSource &sa = a.sources.constFirst(), &sb = b.sources.constFirst();
            return sa.articleId != sb.articleId ? sa.articleId < sb.articleId : sa.start < sb.start;
        });
        // The clues of undated reports, for what comes after merging (a year from terms of office): one
        // says "today", another "Wednesday 14 March". Every calendar clue that agrees is kept.
        for (const Event &m : members) {
            if (!m.dateClues.any())
                continue;
            if (!ev.dateClues.any()) {
                ev.dateClues = m.dateClues;
                continue;
            }
            DateClues calendar = m.dateClues;
            calendar.fromPublication = false; // a distance from publication stays the first report's
            calendar.dayOffset = 0;
            DateClues both;
            if (ev.dateClues.combine(calendar, &both))
                ev.dateClues = both;
        }
        ev.participants.clear();
        QHash<qint64, QSet<QString>> namedIn; // actor → files naming them
        QSet<QString> files;
        for (const Event &m : std::as_const(ordered)) {
            files.insert(m.sources.constFirst().fileName);
            for (const Participant &p : m.participants) {
                namedIn[p.actorId].insert(m.sources.constFirst().fileName);
                if (!people(ev).contains(p.actorId))
                    ev.participants << p;
            }
        }

        // Type: the most reported; a tie goes to the most confident report.
        QHash<EventType, int> typeVotes;
        for (const Event &m : std::as_const(ordered))
            ++typeVotes[m.type];
        const Event *typeFrom = nullptr;
        for (const Event &m : std::as_const(ordered))
            if (!typeFrom || typeVotes.value(m.type) > typeVotes.value(typeFrom->type) ||
                (typeVotes.value(m.type) == typeVotes.value(typeFrom->type) && m.confidence > typeFrom->confidence))
                typeFrom = &m;
        ev.type = typeFrom->type;
        ev.cameo = typeFrom->cameo;

        // Date: readings grouped by value; the most reported wins, then the best-founded, then the most precise.
        struct Reading
        {
            FuzzyDate date;
            DateSource source = DateSource::None;
            QStringList files;
            bool fromAddressOnly = true; // every report counted it from a page address's date
            bool todayOnly = true;       // every report told it as "اليوم"
        };
        QList<Reading> readings;
        for (const Event &m : std::as_const(ordered)) {
            if (!m.date.isValid())
                continue;
            auto it = std::find_if(readings.begin(), readings.end(), [&](const Reading &r) {
                return r.date.start == m.date.start && r.date.end == m.date.end;
            });
            if (it == readings.end()) {
                readings.append(Reading{m.date, m.dateSource, {}});
                it = readings.end() - 1;
            }
            if (sourceRank(m.dateSource) < sourceRank(it->source))
                it->source = m.dateSource;
            if (!it->files.contains(m.sources.constFirst().fileName))
                it->files << m.sources.constFirst().fileName;
            it->fromAddressOnly = it->fromAddressOnly && m.sources.constFirst().merging.dateFromAddress;
            it->todayOnly = it->todayOnly && m.sources.constFirst().merging.toldAsToday;
        }
        ev.flags.clear();
        if (!readings.isEmpty()) {
            // A vaguer reading that contains a precise one is not a disagreement: the precise one narrows it.
            // A publication day gives way to a day the text states (it only bounds it); a vaguer text date
            // is narrowed by it instead.
            const bool textDated = std::any_of(readings.cbegin(), readings.cend(), [](const Reading &r) {
                return r.source != DateSource::Publication && r.date.isExactDay();
            });
            if (textDated)
                readings.erase(std::remove_if(readings.begin(), readings.end(),
                                              [](const Reading &r) { return r.source == DateSource::Publication; }),
                               readings.end());
            QList<Reading> precise;
            for (const Reading &r : std::as_const(readings)) {
                bool containsOther = false;
                for (const Reading &o : std::as_const(readings))
                    containsOther = containsOther || (&o != &r && o.date.lengthDays() < r.date.lengthDays() &&
                                                      r.date.start <= o.date.start && o.date.end <= r.date.end);
                if (!containsOther)
                    precise << r;
            }
            std::stable_sort(precise.begin(), precise.end(), [](const Reading &a, const Reading &b) {
                if (a.files.size() != b.files.size())
                    return a.files.size() > b.files.size();
                if (a.fromAddressOnly != b.fromAddressOnly)
                    return b.fromAddressOnly;
                if (a.todayOnly != b.todayOnly)
                    return b.todayOnly;
                if (sourceRank(a.source) != sourceRank(b.source))
                    return sourceRank(a.source) < sourceRank(b.source);
                return a.date.lengthDays() < b.date.lengthDays();
            });
            ev.date = precise.constFirst().date;
            ev.dateSource = precise.constFirst().source;
            for (int i = 1; i < precise.size(); ++i)
                ev.flags << QStringLiteral("date: %1 (%2) vs %3 (%4)")
                                .arg(dayText(precise.constFirst().date),
                                     precise.constFirst().files.join(QStringLiteral(", ")), dayText(precise.at(i).date),
                                     precise.at(i).files.join(QStringLiteral(", ")));
        }

        // Place: the most named.
        QHash<QString, int> placeVotes;
        for (const Event &m : std::as_const(ordered))
            if (!m.location.isEmpty())
                ++placeVotes[m.location];
        ev.location.clear();
        ev.locationCountry.clear();
        for (const Event &m : std::as_const(ordered))
            if (!m.location.isEmpty() &&
                (ev.location.isEmpty() || placeVotes.value(m.location) > placeVotes.value(ev.location))) {
                ev.location = m.location;
                ev.locationCountry = m.locationCountry;
            }
        if (placeVotes.size() > 1) {
            QStringList names = placeVotes.keys();
            names.sort();
            ev.flags << QStringLiteral("place: ") + names.join(QStringLiteral(" vs "));
        }

        // Participants some sources name and others do not.
        if (files.size() > 1) {
            for (const Participant &p : std::as_const(ev.participants)) {
                QStringList in = namedIn.value(p.actorId).values();
                if (in.size() == files.size())
                    continue;
                in.sort();
                ev.flags << QStringLiteral("participant: %1 only in %2")
                                .arg(nameOf(p.actorId), in.join(QStringLiteral(", ")));
            }
        }

        // Topics, confidence, planned, one source per article.
        ev.topics.clear();
        ev.sources.clear();
        ev.confidence = 0.0;
        ev.planned = true;
        ev.factuality = running.at(c).factuality;
        QHash<qint64, int> sourceOfArticle;
        for (const Event &m : std::as_const(ordered)) {
            for (const QString &t : m.topics)
                if (!ev.topics.contains(t))
                    ev.topics << t;
            ev.confidence = std::max(ev.confidence, m.confidence);
            ev.planned = ev.planned && m.planned;
            if (m.factuality == Factuality::Happened)
                ev.factuality = Factuality::Happened;
            const EventSource &src = m.sources.constFirst();
            const auto it = sourceOfArticle.constFind(src.articleId);
            if (it == sourceOfArticle.cend()) {
                sourceOfArticle.insert(src.articleId, int(ev.sources.size()));
                ev.sources << src;
            } else if (src.confidence > ev.sources.at(*it).confidence) {
                ev.sources[*it] = src;
            }
        }
        ev.confidence = std::min(0.99, ev.confidence + 0.02 * double(ev.sources.size() - 1));

        QSet<qint64> shared = people(ordered.constFirst());
        for (const Event &m : std::as_const(ordered))
            shared.intersect(people(m));
        QStringList sharedNames;
        for (const Participant &p : std::as_const(ev.participants))
            if (shared.contains(p.actorId))
                sharedNames << nameOf(p.actorId);
        ev.mergeNote =
            QStringLiteral("%1 reports from %2 article(s) joined: ").arg(ordered.size()).arg(files.size()) +
            (sharedNames.isEmpty() ? QStringLiteral("overlapping participants")
                                   : QStringLiteral("shared participants ") + sharedNames.join(QStringLiteral("، "))) +
            (ev.date.isValid() ? QStringLiteral("; dates compatible (") + dayText(ev.date) + QLatin1Char(')')
                               : QStringLiteral("; no source gives a date")) +
            (ev.location.isEmpty() ? QString() : QStringLiteral("; place ") + ev.location);
        // Why: the weakest join decides how sure the merge is; each join's reasons are kept.
        double weakest = 1.0;
        QJsonArray joins;
        for (const Decision &d : decisions.at(c)) {
            weakest = std::min(weakest, d.score);
            joins.append(QJsonObject{{QStringLiteral("score"), d.score},
                                     {QStringLiteral("reasons"), QJsonArray::fromStringList(d.reasons)}});
        }
        QJsonObject why = QJsonDocument::fromJson(ev.provenance.toUtf8()).object();
        why.insert(QStringLiteral("merge"), QJsonObject{{QStringLiteral("score"), weakest},
                                                        {QStringLiteral("reports"), int(ordered.size())},
                                                        {QStringLiteral("joins"), joins}});
        ev.provenance = QString::fromUtf8(QJsonDocument(why).toJson(QJsonDocument::Compact));
        ev.mergeNote += QStringLiteral("; score %1").arg(weakest, 0, 'f', 2);
        out << ev;
    }
    return out;
}

} // namespace rasad
