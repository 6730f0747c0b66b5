#include "merge/EventMerger.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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

bool EventMerger::compatible(const Event &a, const Event &b) const
{
    if ((a.type == EventType::Call) != (b.type == EventType::Call) || a.planned != b.planned)
        return false;
    const QSet<qint64> pa = people(a), pb = people(b);
    const qsizetype smaller = std::min(pa.size(), pb.size());
    const qsizetype shared = QSet<qint64>(pa).intersect(pb).size();
    if (smaller == 0 || shared < std::min<qsizetype>(2, smaller) || shared * 2 < smaller)
        return false;
    if (a.date.isValid() && b.date.isValid() && !a.date.overlaps(b.date)) {
        const qint64 gap =
            a.date.end < b.date.start ? a.date.end.daysTo(b.date.start) : b.date.end.daysTo(a.date.start);
        if (!a.date.isExactDay() || !b.date.isExactDay() || gap > m_dayTolerance)
            return false;
    }
    if (!a.location.isEmpty() && !b.location.isEmpty() && a.location != b.location &&
        !(m_placesAgree && m_placesAgree(a.location, b.location)))
        return false;
    return true;
}

QList<Event> EventMerger::merge(QList<Event> reports) const
{
    reports.erase(std::remove_if(reports.begin(), reports.end(), [](const Event &e) { return e.sources.isEmpty(); }),
                  reports.end());
    std::stable_sort(reports.begin(), reports.end(), reportBefore);

    // Greedy clustering against each cluster's running merge, best shared-participant count first.
    QList<QList<Event>> clusters;
    QList<Event> running;
    QHash<qint64, QList<int>> clustersOf; // participant → clusters naming them: only those can match
    for (const Event &report : std::as_const(reports)) {
        int best = -1;
        qsizetype bestShared = 0;
        QList<int> candidates;
        for (const Participant &p : report.participants)
            candidates += clustersOf.value(p.actorId);
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (int c : std::as_const(candidates)) {
            if (!compatible(running.at(c), report))
                continue;
            bool withAll = true;
            for (const Event &member : std::as_const(clusters.at(c)))
                withAll = withAll && (!member.date.isValid() || !report.date.isValid() || compatible(member, report) ||
                                      member.date.overlaps(report.date));
            if (!withAll)
                continue;
            const qsizetype shared = people(running.at(c)).intersect(people(report)).size();
            if (shared > bestShared) {
                best = c;
                bestShared = shared;
            }
        }
        if (best < 0) {
            clusters.append(QList<Event>{report});
            running.append(report);
            for (const Participant &p : report.participants)
                clustersOf[p.actorId] << int(clusters.size()) - 1;
            continue;
        }
        clusters[best].append(report);
        Event &r = running[best];
        for (const Participant &p : report.participants)
            if (!people(r).contains(p.actorId)) {
                r.participants << p;
                clustersOf[p.actorId] << best;
            }
        if (!r.date.isValid() && report.date.isValid())
            r.date = report.date;
        if (r.location.isEmpty())
            r.location = report.location;
    }

    QList<Event> out;
    for (const QList<Event> &members : std::as_const(clusters)) {
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
        }
        ev.flags.clear();
        if (!readings.isEmpty()) {
            // A vaguer reading that contains a precise one is not a disagreement: the precise one narrows it.
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
        QHash<qint64, int> sourceOfArticle;
        for (const Event &m : std::as_const(ordered)) {
            for (const QString &t : m.topics)
                if (!ev.topics.contains(t))
                    ev.topics << t;
            ev.confidence = std::max(ev.confidence, m.confidence);
            ev.planned = ev.planned && m.planned;
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
        out << ev;
    }
    return out;
}

} // namespace rasad
