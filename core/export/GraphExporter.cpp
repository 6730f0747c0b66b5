#include "export/GraphExporter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <algorithm>
#include <utility>

namespace rasad {

/** A dated contact's days, [start, end]; undated contacts have none. */
using Spell = std::pair<QDate, QDate>;

struct GraphExporter::Node
{
    const Actor *actor = nullptr;
    int contacts = 0; // events the actor took part in
    QDate first;
    QDate last;
    QList<Spell> spells; // one per dated contact, in event order
};

struct GraphExporter::Edge
{
    qint64 source = 0;
    qint64 target = 0;
    int weight = 0; // shared events
    QDate first;
    QDate last;
    QStringList types;
    QList<Spell> spells;
};

struct GraphExporter::Network
{
    QMap<qint64, Node> nodes;                    // by actor id, ordered so output is stable
    QMap<std::pair<qint64, qint64>, Edge> edges; // by (smaller id, larger id)
    QDate first;
    QDate last;
};

namespace {

void widen(QDate &first, QDate &last, const FuzzyDate &date)
{
    if (!date.isValid())
        return;
    if (!first.isValid() || date.start < first)
        first = date.start;
    if (!last.isValid() || date.end > last)
        last = date.end;
}

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void addSpell(QList<Spell> &spells, const FuzzyDate &date)
{
    if (date.isValid())
        spells.append({date.start, date.end});
}

/**
 * The spells sorted, with overlapping ones joined: Gephi refuses an element whose intervals overlap
 * (a month-long "October" contact and a day in it), and the union is when the pair was in contact.
 */
QList<Spell> disjointSpells(QList<Spell> spells)
{
    std::sort(spells.begin(), spells.end());
    QList<Spell> out;
    for (const Spell &s : spells) {
        if (!out.isEmpty() && s.first <= out.last().second)
            out.last().second = std::max(out.last().second, s.second);
        else
            out.append(s);
    }
    return out;
}

/** Each contact's days for GraphML, which has no time: "2025-07-03" or "2025-10-01/2025-10-31". */
QString spellList(const QList<Spell> &spells)
{
    QStringList parts;
    for (const auto &[start, end] : disjointSpells(spells))
        parts << (start == end ? isoOrEmpty(start) : isoOrEmpty(start) + QLatin1Char('/') + isoOrEmpty(end));
    return parts.join(QStringLiteral(" | "));
}

QString nodeId(qint64 actorId)
{
    return QStringLiteral("n%1").arg(actorId);
}

} // namespace

GraphExporter::GraphExporter(const Dataset &dataset) : m_dataset(dataset) {}

GraphExporter::Network GraphExporter::build(const Dataset &dataset)
{
    Network net;
    for (const Event &event : dataset.events) {
        // The network is of contacts that took place: planned, denied and supposed ones link nobody.
        if (event.factuality != Factuality::Happened || event.planned)
            continue;
        // An actor listed twice in one event (two parts) still counts once.
        QList<qint64> ids;
        for (const Participant &p : event.participants)
            if (!ids.contains(p.actorId) && dataset.actor(p.actorId))
                ids.append(p.actorId);
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids) {
            Node &node = net.nodes[id];
            node.actor = dataset.actor(id);
            ++node.contacts;
            widen(node.first, node.last, event.date);
            addSpell(node.spells, event.date);
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            for (qsizetype j = i + 1; j < ids.size(); ++j) {
                Edge &edge = net.edges[{ids[i], ids[j]}];
                edge.source = ids[i];
                edge.target = ids[j];
                ++edge.weight;
                widen(edge.first, edge.last, event.date);
                addSpell(edge.spells, event.date);
                const QString type = eventTypeName(event.type);
                if (!edge.types.contains(type))
                    edge.types.append(type);
            }
        }
        widen(net.first, net.last, event.date);
    }
    return net;
}

int GraphExporter::nodeCount() const
{
    return int(build(m_dataset).nodes.size());
}

int GraphExporter::edgeCount() const
{
    return int(build(m_dataset).edges.size());
}

QByteArray GraphExporter::toGraphML() const
{
    const Network net = build(m_dataset);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));

    struct Key
    {
        const char *id;
        const char *domain;
        const char *type;
    };
    static constexpr Key keys[] = {
        {"label", "node", "string"},          {"name_en", "node", "string"}, {"country", "node", "string"},
        {"kind", "node", "string"},           {"contacts", "node", "int"},   {"first_contact", "node", "string"},
        {"last_contact", "node", "string"},   {"weight", "edge", "double"},  {"first_contact_e", "edge", "string"},
        {"last_contact_e", "edge", "string"}, {"types", "edge", "string"},   {"dates", "node", "string"},
        {"dates_e", "edge", "string"},
    };
    for (const Key &k : keys) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(k.id));
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(k.domain));
        QString name = QString::fromLatin1(k.id);
        if (name.endsWith(QLatin1String("_e")))
            name.chop(2);
        xml.writeAttribute(QStringLiteral("attr.name"), name);
        xml.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(k.type));
        xml.writeEndElement();
    }

    auto data = [&xml](const QString &key, const QString &value) {
        if (value.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("contacts"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    for (auto it = net.nodes.cbegin(); it != net.nodes.cend(); ++it) {
        const Actor &a = *it->actor;
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(it.key()));
        data(QStringLiteral("label"), a.name);
        data(QStringLiteral("name_en"), a.nameEn);
        data(QStringLiteral("country"), a.country);
        data(QStringLiteral("kind"),
             a.kind == ActorKind::Person ? QStringLiteral("person") : QStringLiteral("organization"));
        data(QStringLiteral("contacts"), QString::number(it->contacts));
        data(QStringLiteral("first_contact"), isoOrEmpty(it->first));
        data(QStringLiteral("last_contact"), isoOrEmpty(it->last));
        data(QStringLiteral("dates"), spellList(it->spells));
        xml.writeEndElement();
    }
    int edgeNo = 0;
    for (const Edge &e : net.edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(++edgeNo));
        xml.writeAttribute(QStringLiteral("source"), nodeId(e.source));
        xml.writeAttribute(QStringLiteral("target"), nodeId(e.target));
        data(QStringLiteral("weight"), QString::number(e.weight));
        data(QStringLiteral("first_contact_e"), isoOrEmpty(e.first));
        data(QStringLiteral("last_contact_e"), isoOrEmpty(e.last));
        data(QStringLiteral("types"), e.types.join(QLatin1Char(',')));
        data(QStringLiteral("dates_e"), spellList(e.spells));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return out;
}

QByteArray GraphExporter::toGexf() const
{
    const Network net = build(m_dataset);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    // GEXF 1.2draft: Gephi reads it, and it is the newest version networkx (and most other libraries)
    // read; 1.3 adds nothing this file needs.
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.gexf.net/1.2draft"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));

    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"), QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Rasad"));
    xml.writeTextElement(QStringLiteral("description"),
                         QStringLiteral("Contacts between officials; edge weight = shared events"));
    xml.writeEndElement();

    // Dynamic mode: every node and edge carries one spell per dated contact, so Gephi's timeline
    // shows a pair linked on the days they met and not in the months between. An element with no
    // dated contact has no spell and is there throughout.
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    if (net.first.isValid()) {
        xml.writeAttribute(QStringLiteral("start"), isoOrEmpty(net.first));
        xml.writeAttribute(QStringLiteral("end"), isoOrEmpty(net.last));
    }

    auto declare = [&xml](const QString &cls, const QList<std::pair<QString, QString>> &attrs) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), cls);
        xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
        for (const auto &[id, type] : attrs) {
            xml.writeStartElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), id);
            xml.writeAttribute(QStringLiteral("title"), id);
            xml.writeAttribute(QStringLiteral("type"), type);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    declare(QStringLiteral("node"), {{QStringLiteral("name_en"), QStringLiteral("string")},
                                     {QStringLiteral("country"), QStringLiteral("string")},
                                     {QStringLiteral("contacts"), QStringLiteral("integer")}});
    declare(QStringLiteral("edge"), {{QStringLiteral("types"), QStringLiteral("string")}});

    auto spells = [&xml](const QList<Spell> &list) {
        if (list.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("spells"));
        for (const auto &[start, end] : disjointSpells(list)) {
            xml.writeStartElement(QStringLiteral("spell"));
            xml.writeAttribute(QStringLiteral("start"), isoOrEmpty(start));
            xml.writeAttribute(QStringLiteral("end"), isoOrEmpty(end));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    auto attvalue = [&xml](const QString &key, const QString &value) {
        xml.writeStartElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), key);
        xml.writeAttribute(QStringLiteral("value"), value);
        xml.writeEndElement();
    };

    xml.writeStartElement(QStringLiteral("nodes"));
    for (auto it = net.nodes.cbegin(); it != net.nodes.cend(); ++it) {
        const Actor &a = *it->actor;
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(it.key()));
        xml.writeAttribute(QStringLiteral("label"), a.name);
        xml.writeStartElement(QStringLiteral("attvalues"));
        attvalue(QStringLiteral("name_en"), a.nameEn);
        attvalue(QStringLiteral("country"), a.country);
        attvalue(QStringLiteral("contacts"), QString::number(it->contacts));
        xml.writeEndElement();
        spells(it->spells);
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("edges"));
    int edgeNo = 0;
    for (const Edge &e : net.edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(++edgeNo));
        xml.writeAttribute(QStringLiteral("source"), nodeId(e.source));
        xml.writeAttribute(QStringLiteral("target"), nodeId(e.target));
        xml.writeAttribute(QStringLiteral("weight"), QString::number(e.weight));
        xml.writeStartElement(QStringLiteral("attvalues"));
        attvalue(QStringLiteral("types"), e.types.join(QLatin1Char(',')));
        xml.writeEndElement();
        spells(e.spells);
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return out;
}

GraphExporter::Format GraphExporter::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("gexf"), Qt::CaseInsensitive) == 0 ? Format::Gexf
                                                                                             : Format::GraphML;
}

bool GraphExporter::writeFile(const QString &path, Format format, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.write(format == Format::Gexf ? toGexf() : toGraphML());
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rasad
