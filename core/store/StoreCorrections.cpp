// The corrections log in the project file, and the corrected dataset every reader gets.
#include "store/Store.h"

#include "curation/CorrectionApplier.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace rasad {

namespace {

// JSON values are stored wrapped in an array, since a bare scalar is not a JSON document.
QString encode(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue decode(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

bool fail(StoreError *error, const QString &path, const QString &what, sqlite3 *db)
{
    if (error)
        error->message =
            path + QStringLiteral(": ") + what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

} // namespace

bool Store::addCorrection(Correction &correction, StoreError *error)
{
    if (refuseWrite(error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(error, m_path, QStringLiteral("cannot record the correction"), m_db);
    Statement insert(m_db, "INSERT INTO corrections (made_at, kind, target, field, old_value, new_value, undone) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    const QDateTime at = correction.at.isValid() ? correction.at : QDateTime::currentDateTimeUtc();
    insert.bind(1, at.toUTC().toString(Qt::ISODateWithMs))
        .bind(2, correctionKindName(correction.kind))
        .bind(3, correction.target)
        .bind(4, correction.field.isNull() ? QStringLiteral("") : correction.field)
        .bind(5, encode(correction.oldValue))
        .bind(6, encode(correction.newValue))
        .bind(7, correction.undone);
    if (!insert.exec() || !transaction.commit())
        return fail(error, m_path, QStringLiteral("cannot record the correction"), m_db);
    correction.id = sqlite3_last_insert_rowid(m_db);
    correction.at = at.toUTC();
    return true;
}

bool Store::setCorrectionUndone(qint64 id, bool undone, StoreError *error)
{
    if (refuseWrite(error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(error, m_path, QStringLiteral("cannot update the correction"), m_db);
    Statement update(m_db, "UPDATE corrections SET undone = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, undone);
    if (!update.exec() || sqlite3_changes(m_db) != 1 || !transaction.commit())
        return fail(error, m_path, QStringLiteral("cannot update correction %1").arg(id), m_db);
    return true;
}

QList<Correction> Store::corrections() const
{
    // Read with the baseline (loadDataset, CurationSession): a read error adds to the baseline's, never clears it.
    QList<Correction> log;
    Statement select(m_db, "SELECT id, made_at, kind, target, field, old_value, new_value, undone "
                           "FROM corrections ORDER BY id");
    while (select.next()) {
        Correction c;
        if (!correctionKindFromName(select.text(2), &c.kind))
            continue; // written by a newer Rasad: leave it alone rather than misapply it
        c.id = select.int64(0);
        c.at = QDateTime::fromString(select.text(1), Qt::ISODateWithMs);
        c.target = select.text(3);
        c.field = select.text(4);
        c.oldValue = decode(select.text(5));
        c.newValue = decode(select.text(6));
        c.undone = select.boolean(7);
        log.append(c);
    }
    noteRead(select.code());
    return log;
}

Dataset Store::loadDataset() const
{
    Dataset dataset = loadBaseline(); // clears the read error first
    applyCorrections(dataset, corrections());
    return dataset;
}

} // namespace rasad
