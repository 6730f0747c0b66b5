#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rasad {

/** Where a gazetteer fact came from: keys into Gazetteer::sources() and a free note (e.g. an uncertain date). */
struct Provenance
{
    QStringList sources;
    QString note;

    friend bool operator==(const Provenance &, const Provenance &) = default;
};

/**
 * What the file said about one role beyond model/Role: its sources, and how precisely its dates are known.
 * A date given as "2025" or "2025-03" is stored in Role as the widest interval it allows; the certain
 * interval [certainFrom, certainTo] is the part of it that is sure, so lookups prefer a sure holder.
 */
struct RoleDetail
{
    Provenance provenance;
    QString fromText; // as written: "2025", "2025-03" or "2025-03-29"; empty when unknown
    QString toText;   // empty when still in office
    QDate certainFrom;
    QDate certainTo;

    friend bool operator==(const RoleDetail &, const RoleDetail &) = default;
};

/** What the file said about one person beyond model/Actor: its sources and one RoleDetail per role. */
struct PersonDetail
{
    Provenance provenance;
    QList<RoleDetail> roles;

    friend bool operator==(const PersonDetail &, const PersonDetail &) = default;
};

} // namespace rasad
