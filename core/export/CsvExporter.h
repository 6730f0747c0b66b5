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
 *
 * Spreadsheet safety (docs/csv.md): a cell that would start with = + - @, tab or CR starts with a
 * ' instead, so no page title runs as a formula (OWASP's rule for CSV injection); text cells are
 * always quoted and numbers and dates never, so a spreadsheet told to format quoted fields as text
 * keeps codes such as "040" as written.
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

    /** One field as RFC 4180 wants it; with `always`, quoted even when it need not be (never when empty). */
    static QString quoted(const QString &field, bool always = false);
    /** The field with a ' in front when it starts with a character a spreadsheet reads as a formula. */
    static QString guarded(const QString &field);
    /**
     * One record: guarded fields, quoted as RFC 4180 needs, and always where `alwaysQuote` is true
     * (by column; missing entries count as false); comma-separated, CRLF-terminated.
     */
    static QString record(const QStringList &fields, const QList<bool> &alwaysQuote = {});

private:
    Dataset m_dataset;
};

} // namespace rasad
