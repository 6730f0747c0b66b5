#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rasad {

/** An office held: "وزير الدفاع" of "RU" from 2024-05-12, open-ended when `to` is null. */
struct Role
{
    QString title;         // Arabic title as news writes it, e.g. "وزير الخارجية"
    QString titleEn;
    QString organisation;  // e.g. "وزارة الخارجية والمغتربين"
    QString country;       // ISO 3166-1 alpha-2
    QDate from;
    QDate to;              // invalid = still in office

    bool heldOn(const QDate &day) const
    {
        return (!from.isValid() || from <= day) && (!to.isValid() || day <= to);
    }
    friend bool operator==(const Role &, const Role &) = default;
};

enum class ActorKind { Person, Organization };

/** A person (or organisation) with every spelling of the name met in the press. */
struct Actor
{
    qint64 id = 0;
    QString key;            // stable identity: gazetteer id ("putin") or "discovered:<normalised name>"
    ActorKind kind = ActorKind::Person;
    QString name;           // canonical Arabic name
    QString nameEn;
    QString country;        // ISO alpha-2 or empty when unknown
    QStringList aliases;    // every other spelling and form seen
    QList<Role> roles;
    bool discovered = false; // found in text, not in the gazetteer: a user should review it
    bool verified = false;
    bool mentionOnly = false; // named in articles but never a party to a contact
    QString note;             // a researcher's note (curation)
    QString mergeNote;        // why extraction took several spellings for this one person
    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace rasad
