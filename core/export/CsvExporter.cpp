#include "export/CsvExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace rasad {

namespace {

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString joined(const QStringList &list)
{
    return list.join(QStringLiteral(" | "));
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

/** Columns of numbers, dates and 0/1 flags, written bare so a spreadsheet reads them as such. */
bool isBareColumn(const QString &name)
{
    static const QSet<QString> kBare{
        QStringLiteral("id"),           QStringLiteral("version"),    QStringLiteral("published"),
        QStringLiteral("imported_at"),  QStringLiteral("discovered"), QStringLiteral("verified"),
        QStringLiteral("mention_only"), QStringLiteral("actor_id"),   QStringLiteral("event_id"),
        QStringLiteral("article_id"),   QStringLiteral("from"),       QStringLiteral("to"),
        QStringLiteral("date_start"),   QStringLiteral("date_end"),   QStringLiteral("time"),
        QStringLiteral("confidence"),   QStringLiteral("planned"),    QStringLiteral("start"),
        QStringLiteral("end")};
    return kBare.contains(name);
}

} // namespace

CsvExporter::CsvExporter(const Dataset &dataset) : m_dataset(dataset) {}

QList<CsvExporter::Table> CsvExporter::tables()
{
    return {Table::Articles, Table::Actors, Table::Roles, Table::Events, Table::Participants, Table::Sources};
}

QString CsvExporter::fileName(Table table)
{
    switch (table) {
    case Table::Articles:
        return QStringLiteral("articles.csv");
    case Table::Actors:
        return QStringLiteral("actors.csv");
    case Table::Roles:
        return QStringLiteral("roles.csv");
    case Table::Events:
        return QStringLiteral("events.csv");
    case Table::Participants:
        return QStringLiteral("participants.csv");
    case Table::Sources:
        return QStringLiteral("sources.csv");
    }
    return {};
}

QString CsvExporter::quoted(const QString &field, bool always)
{
    static const QString kSpecial = QStringLiteral(",\"\r\n");
    bool needsQuotes = always && !field.isEmpty();
    for (const QChar c : field)
        if (kSpecial.contains(c)) {
            needsQuotes = true;
            break;
        }
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvExporter::guarded(const QString &field)
{
    // OWASP's list: = + - @ start a formula in Excel or LibreOffice, and a tab or CR before one is
    // skipped by some of them. The ' shows that the cell was changed and is text.
    static const QString kFormulaStart = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && kFormulaStart.contains(field.front()))
        return QLatin1Char('\'') + field;
    return field;
}

QString CsvExporter::record(const QStringList &fields, const QList<bool> &alwaysQuote)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i)
        cells << quoted(guarded(fields.at(i)), alwaysQuote.value(i, false));
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray CsvExporter::table(Table table) const
{
    QString out;
    QList<bool> text; // by column: always quoted (text) or bare (a number, date or flag)
    auto header = [&](const QStringList &names) {
        for (const QString &name : names)
            text << !isBareColumn(name);
        out += record(names, QList<bool>(names.size(), true));
    };
    auto row = [&](const QStringList &fields) { out += record(fields, text); };
    const Dataset &d = m_dataset;
    switch (table) {
    case Table::Articles:
        header({QStringLiteral("id"), QStringLiteral("file"), QStringLiteral("version"), QStringLiteral("title"),
                QStringLiteral("source"), QStringLiteral("url"), QStringLiteral("published"),
                QStringLiteral("published_origin"), QStringLiteral("encoding"), QStringLiteral("content_hash"),
                QStringLiteral("imported_at")});
        for (const Article &a : d.articles)
            row({QString::number(a.id), a.fileName, QString::number(a.version), a.title, a.source, a.url,
                 day(a.published), dateOriginName(a.publishedOrigin), a.encoding, QString::fromLatin1(a.contentHash),
                 a.importedAt.isValid() ? a.importedAt.toUTC().toString(Qt::ISODate) : QString()});
        break;
    case Table::Actors:
        header({QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("kind"), QStringLiteral("name"),
                QStringLiteral("name_en"), QStringLiteral("country"), QStringLiteral("aliases"),
                QStringLiteral("discovered"), QStringLiteral("verified"), QStringLiteral("mention_only")});
        for (const Actor &a : d.actors)
            row({QString::number(a.id), a.key,
                 a.kind == ActorKind::Organization ? QStringLiteral("organization") : QStringLiteral("person"), a.name,
                 a.nameEn, a.country, joined(a.aliases), flag(a.discovered), flag(a.verified), flag(a.mentionOnly)});
        break;
    case Table::Roles:
        header({QStringLiteral("actor_id"), QStringLiteral("title"), QStringLiteral("title_en"),
                QStringLiteral("organisation"), QStringLiteral("country"), QStringLiteral("from"),
                QStringLiteral("to")});
        for (const Actor &a : d.actors)
            for (const Role &r : a.roles)
                row({QString::number(a.id), r.title, r.titleEn, r.organisation, r.country, day(r.from), day(r.to)});
        break;
    case Table::Events:
        header({QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("date_start"), QStringLiteral("date_end"),
                QStringLiteral("granularity"), QStringLiteral("date_text"), QStringLiteral("time"),
                QStringLiteral("date_source"), QStringLiteral("location"), QStringLiteral("location_country"),
                QStringLiteral("topics"), QStringLiteral("confidence"), QStringLiteral("planned"),
                QStringLiteral("cameo"), QStringLiteral("flags"), QStringLiteral("merge_note"),
                QStringLiteral("verified"), QStringLiteral("factuality")});
        for (const Event &e : d.events)
            row({QString::number(e.id), eventTypeName(e.type), day(e.date.start), day(e.date.end),
                 e.date.isValid() ? granularityName(e.date.granularity) : QString(), e.date.text,
                 e.date.time.isValid() ? e.date.time.toString(QStringLiteral("HH:mm")) : QString(),
                 dateSourceName(e.dateSource), e.location, e.locationCountry, joined(e.topics), number(e.confidence),
                 flag(e.planned), e.cameo, joined(e.flags), e.mergeNote, flag(e.verified),
                 factualityName(e.factuality)});
        break;
    case Table::Participants:
        header({QStringLiteral("event_id"), QStringLiteral("actor_id"), QStringLiteral("actor_name"),
                QStringLiteral("part")});
        for (const Event &e : d.events)
            for (const Participant &p : e.participants) {
                const Actor *actor = d.actor(p.actorId);
                row({QString::number(e.id), QString::number(p.actorId), actor ? actor->name : QString(), p.part});
            }
        break;
    case Table::Sources:
        header({QStringLiteral("event_id"), QStringLiteral("article_id"), QStringLiteral("file"),
                QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("evidence"),
                QStringLiteral("confidence"), QStringLiteral("date_start"), QStringLiteral("date_end"),
                QStringLiteral("date_text")});
        for (const Event &e : d.events)
            for (const EventSource &s : e.sources)
                row({QString::number(e.id), QString::number(s.articleId), s.fileName, QString::number(s.start),
                     QString::number(s.end), s.evidence, number(s.confidence), day(s.date.start), day(s.date.end),
                     s.date.text});
        break;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool CsvExporter::writeFolder(const QString &folder, QString *error) const
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error = QDir::toNativeSeparators(folder) + QStringLiteral(": is a file; CSV export needs a folder");
        return false;
    }
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QDir::toNativeSeparators(folder) + QStringLiteral(": cannot create the folder");
        return false;
    }
    for (Table t : tables()) {
        const QString path = QDir(folder).filePath(fileName(t));
        QSaveFile file(path);
        const QByteArray bytes = table(t);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            if (error)
                *error = QDir::toNativeSeparators(path) + QStringLiteral(": cannot write: ") + file.errorString();
            return false;
        }
    }
    return true;
}

} // namespace rasad
