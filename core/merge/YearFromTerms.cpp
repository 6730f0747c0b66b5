#include "merge/YearFromTerms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rasad {

namespace {

bool inOfficeOn(const Actor &actor, const QDate &day)
{
    return std::any_of(actor.roles.cbegin(), actor.roles.cend(),
                       [&](const Role &r) { return r.from.isValid() && r.heldOn(day); });
}

bool hasDatedOffice(const Actor &actor)
{
    return std::any_of(actor.roles.cbegin(), actor.roles.cend(), [](const Role &r) { return r.from.isValid(); });
}

} // namespace

int dateFromTermsOfOffice(QList<Event> &events, const QList<Actor> &actors, const QDate &latest)
{
    int dated = 0;
    for (Event &e : events) {
        const DateClues &clues = e.dateClues;
        if (e.date.isValid() || e.factuality != Factuality::Happened || clues.day == 0 || clues.month == 0)
            continue;
        QList<const Actor *> dating; // the participants whose terms bound the year
        int firstYear = latest.year() + 1;
        for (const Participant &p : std::as_const(e.participants)) {
            if (p.actorId < 0 || p.actorId >= actors.size())
                continue;
            const Actor &a = actors.at(int(p.actorId));
            if (!hasDatedOffice(a))
                continue;
            dating << &a;
            for (const Role &r : a.roles)
                if (r.from.isValid())
                    firstYear = std::min(firstYear, r.from.year());
        }
        if (dating.isEmpty())
            continue;
        QDate found;
        int fits = 0;
        for (int year = firstYear; year <= latest.year() && fits < 2; ++year) {
            const QDate day(year, clues.month, clues.day);
            if (!day.isValid() || day > latest || !clues.fit(day))
                continue;
            if (std::all_of(dating.cbegin(), dating.cend(), [&](const Actor *a) { return inOfficeOn(*a, day); })) {
                found = day;
                ++fits;
            }
        }
        if (fits != 1)
            continue;
        e.date.start = e.date.end = found;
        e.date.granularity = Granularity::Day;
        e.dateSource = DateSource::Terms;
        QJsonObject why = QJsonDocument::fromJson(e.provenance.toUtf8()).object();
        QJsonArray names;
        for (const Actor *a : std::as_const(dating))
            names.append(a->name);
        why.insert(QStringLiteral("yearFrom"), names);
        e.provenance = QString::fromUtf8(QJsonDocument(why).toJson(QJsonDocument::Compact));
        ++dated;
    }
    return dated;
}

} // namespace rasad
