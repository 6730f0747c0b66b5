#pragma once

#include "model/Dataset.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rasad {

/**
 * The record as spreadsheet tables: articles.csv, actors.csv, roles.csv, events.csv,
 * participants.csv and sources.csv in one folder. UTF-8 with a byte-order mark (so spreadsheet
 * programs read Arabic), RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled. Lists inside a cell are joined with " | ".
 */
class CsvExporter
{
public:
    enum class Table { Articles, Actors, Roles, Events, Participants, Sources };

    explicit CsvExporter(const Dataset &dataset);

    /** Every table, in the order of Table. */
    static QList<Table> tables();
    /** "articles.csv", ... */
    static QString fileName(Table table);
    /** One table with its BOM and header row. */
    QByteArray table(Table table) const;
    /** Creates `folder` when needed and writes every table into it; false with `error` on failure. */
    bool writeFolder(const QString &folder, QString *error) const;

    /** One field as RFC 4180 wants it. */
    static QString quoted(const QString &field);
    /** One record: quoted fields, comma-separated, CRLF-terminated. */
    static QString record(const QStringList &fields);

private:
    Dataset m_dataset;
};

} // namespace rasad
