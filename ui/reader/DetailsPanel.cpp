#include "reader/DetailsPanel.h"

#include "common/Counts.h"

#include "model/EventWhy.h"

#include "common/EventPalette.h"
#include "common/ExplorerState.h"

#include <QEvent>
#include <QUrl>

namespace rasad {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/** Verified mark, the researcher's note and the edit link, under an item's heading. */
QString reviewHtml(bool editable, const QString &editLink, bool verified, const QString &note)
{
    QStringList parts;
    if (verified)
        parts.append(
            QStringLiteral("<span style=\"color:#1b7f3b\">✔ %1</span>").arg(esc(DetailsPanel::tr("verified"))));
    if (editable)
        parts.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(editLink, esc(DetailsPanel::tr("Edit…"))));
    QString html = parts.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(parts.join(QStringLiteral(" · ")));
    if (!note.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(DetailsPanel::tr("Note:")), esc(note));
    return html;
}
} // namespace

QString DetailsPanel::partName(const QString &part)
{
    if (part == QLatin1String("host"))
        return DetailsPanel::tr("host");
    if (part == QLatin1String("guest"))
        return DetailsPanel::tr("guest");
    if (part == QLatin1String("member"))
        return DetailsPanel::tr("delegation member");
    if (part == QLatin1String("counterpart"))
        return DetailsPanel::tr("counterpart");
    if (part == QLatin1String("head"))
        return DetailsPanel::tr("head of delegation");
    if (part == QLatin1String("party"))
        return DetailsPanel::tr("party");
    return part;
}

DetailsPanel::DetailsPanel(ExplorerState *state, QWidget *parent) : QTextBrowser(parent), m_state(state)
{
    setObjectName(QStringLiteral("detailsPanel"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPanel::onAnchor);
    connect(state, &ExplorerState::selectionChanged, this, &DetailsPanel::refresh);
    connect(state, &ExplorerState::datasetChanged, this, &DetailsPanel::refresh);
    connect(state, &ExplorerState::recordsChanged, this, &DetailsPanel::refresh);
    connect(state, &ExplorerState::formatChanged, this, &DetailsPanel::refresh);
    refresh();
}

void DetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QTextBrowser::changeEvent(event);
}

void DetailsPanel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    refresh();
}

void DetailsPanel::refresh()
{
    if (m_state->selectedEvent() && m_state->eventById(m_state->selectedEvent()))
        m_html = eventHtml(m_state->selectedEvent());
    else if (m_state->selectedActor() && m_state->actorById(m_state->selectedActor()))
        m_html = actorHtml(m_state->selectedActor());
    else
        m_html = QStringLiteral("<p style=\"color:gray\">%1</p>")
                     .arg(esc(tr(
                         "Select an event on the timeline or an actor in the graph to see its details and sources.")));
    const QString dir = m_state->format().isArabic() ? QStringLiteral("rtl") : QStringLiteral("ltr");
    setHtml(QStringLiteral("<div dir=\"%1\">%2</div>").arg(dir, m_html));
}

QString DetailsPanel::eventHtml(qint64 eventId) const
{
    const Event &e = *m_state->eventById(eventId);
    const DisplayFormat &f = m_state->format();
    auto actorName = [&](const Actor &a) { return (!f.isArabic() && !a.nameEn.isEmpty()) ? a.nameEn : a.name; };
    QString html;
    html += QStringLiteral("<h3><span style=\"color:%1\">●</span> %2 — %3</h3>")
                .arg(EventPalette::color(e.type).name(), esc(f.eventTypeName(e.type)), esc(f.fuzzyDate(e.date)));
    html += reviewHtml(m_editable, QStringLiteral("edit-event:%1").arg(e.id), e.verified, e.note);
    if (e.factuality == Factuality::Planned)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Announced, not yet held")));
    else if (e.factuality == Factuality::Denied)
        html +=
            QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Denied: the text says this contact did not take place")));
    else if (e.factuality == Factuality::Hypothetical)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Supposed or asked about, not reported as held")));

    html += QStringLiteral("<p><b>%1</b><br/>").arg(esc(tr("Participants")));
    for (const Participant &p : e.participants) {
        const Actor *a = m_state->actorById(p.actorId);
        if (!a)
            continue;
        html += QStringLiteral("<a href=\"actor:%1\">%2</a> (%3)%4<br/>")
                    .arg(a->id)
                    .arg(esc(actorName(*a)), esc(f.countryName(a->country)),
                         p.part.isEmpty() ? QString() : QStringLiteral(" — ") + esc(partName(p.part)));
    }
    html += QStringLiteral("</p><table cellspacing=\"4\">");
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    };
    row(tr("Place"), e.location.isEmpty()
                         ? esc(tr("not stated"))
                         : esc(f.placeName(e.location)) + (e.locationCountry.isEmpty()
                                                  ? QString()
                                                  : QStringLiteral(" (") + esc(f.countryName(e.locationCountry)) +
                                                        QStringLiteral(")")));
    row(tr("Date"), esc(f.fuzzyDate(e.date)));
    row(tr("As written"), e.date.text.isEmpty() ? esc(tr("no date phrase; see how it was found"))
                                                : QStringLiteral("«") + esc(e.date.text) + QStringLiteral("»"));
    QString dateFrom;
    switch (e.dateSource) {
    case DateSource::Sentence:
        dateFrom = tr("the sentence itself");
        break;
    case DateSource::GoverningExpression:
        dateFrom = tr("an earlier date the sentence refers to");
        break;
    case DateSource::MainEvent:
        dateFrom = tr("the article's main event");
        break;
    case DateSource::User:
        dateFrom = tr("set by a user");
        break;
    case DateSource::Publication:
        dateFrom = tr("the publication date (the article reports it as news, without a date)");
        break;
    case DateSource::Terms:
        dateFrom = tr("the day and month in the text; the year is the only one whose weekday fits while "
                      "%1 held office")
                       .arg(whyOf(e).yearFrom.join(Counts::separator(f)));
        break;
    case DateSource::None:
        dateFrom = tr("not found");
        break;
    }
    row(tr("Date from"), esc(dateFrom));
    // Why the event exists, in one line a researcher reads: the rule, the contact word, the cue, the merge.
    const EventWhy why = whyOf(e);
    if (!why.isEmpty()) {
        QString line;
        if (why.rule == QLatin1String("contact-verb"))
            line = tr("the contact verb «%1» with %n people named in its clause", "", why.people).arg(why.trigger);
        else if (why.rule == QLatin1String("contact-noun"))
            line = tr("the contact noun «%1» with %n people named in its clause", "", why.people).arg(why.trigger);
        else if (why.rule == QLatin1String("single-visit"))
            line = tr("one official travelling between the two countries («%1»)").arg(why.trigger);
        if (!why.cue.isEmpty())
            line += tr("; cue «%1»").arg(why.cue);
        if (why.merged)
            line += tr("; %n report(s) merged", "", why.reports) +
                    tr(", score %1").arg(f.number(qRound(why.mergeScore * 100))) + QLatin1Char('%');
        row(tr("Why"), esc(line));
    }
    row(tr("Type"), esc(f.eventTypeName(e.type)) +
                        (e.cameo.isEmpty() ? QString() : QStringLiteral(" (CAMEO ") + esc(e.cameo) + QLatin1Char(')')));
    QStringList topics;
    for (const QString &t : e.topics)
        topics.append(esc(f.topicName(t)));
    row(tr("Topics"), topics.isEmpty() ? esc(tr("none found")) : topics.join(QStringLiteral("، ")));
    row(tr("Confidence"), esc(f.number(qRound(e.confidence * 100))) + QLatin1Char('%'));
    if (!e.flags.isEmpty())
        row(tr("Disagreements"), esc(e.flags.join(QStringLiteral("; "))));
    if (!e.mergeNote.isEmpty())
        row(tr("Merged because"), esc(e.mergeNote));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Sources (%1)").arg(f.number(e.sources.size()))));
    for (const EventSource &s : e.sources) {
        QString title = s.fileName;
        for (const Article &a : m_state->dataset().articles)
            if (a.id == s.articleId) {
                title = a.title.isEmpty() ? a.fileName : a.title;
                if (!a.source.isEmpty())
                    title += QStringLiteral(" — ") + a.source;
                break;
            }
        html += QStringLiteral("<p><a href=\"source:%1:%2:%3\">%4</a> · %5 %6<br/>"
                               "<span style=\"background:#fff3b0\">%7</span></p>")
                    .arg(s.articleId)
                    .arg(s.start)
                    .arg(s.end)
                    .arg(esc(title), esc(tr("confidence")),
                         esc(f.number(qRound(s.confidence * 100))) + QLatin1Char('%'), esc(s.evidence));
    }
    return html;
}

QString DetailsPanel::actorHtml(qint64 actorId) const
{
    const Actor &a = *m_state->actorById(actorId);
    const DisplayFormat &f = m_state->format();
    QString html;
    html += QStringLiteral("<h3><span style=\"color:%1\">●</span> %2</h3>")
                .arg(EventPalette::countryColor(a.country).name(),
                     esc(f.isArabic() || a.nameEn.isEmpty() ? a.name : a.nameEn));
    html += QStringLiteral("<p>%1</p>").arg(esc(f.countryName(a.country)));
    html += reviewHtml(m_editable, QStringLiteral("edit-actor:%1").arg(a.id), a.verified, a.note);
    if (!a.roles.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><br/>").arg(esc(tr("Roles")));
        for (const Role &r : a.roles) {
            const QString title = (!f.isArabic() && !r.titleEn.isEmpty()) ? r.titleEn : r.title;
            html += esc(title);
            if (r.from.isValid())
                html += QStringLiteral(" (") + esc(f.date(r.from)) + QStringLiteral(" – ") +
                        (r.to.isValid() ? esc(f.date(r.to)) : esc(tr("present"))) + QLatin1Char(')');
            html += QStringLiteral("<br/>");
        }
        html += QStringLiteral("</p>");
    }
    if (!a.aliases.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                    .arg(esc(tr("Spellings")), esc(a.aliases.join(QStringLiteral("، "))));
    if (a.discovered)
        html +=
            QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Found in the text, not in the gazetteer: worth a review.")));
    QString list;
    int count = 0;
    for (const Event *e : m_state->visibleEvents()) {
        if (std::none_of(e->participants.cbegin(), e->participants.cend(),
                         [&](const Participant &p) { return p.actorId == actorId; }))
            continue;
        ++count;
        list += QStringLiteral("<a href=\"event:%1\">%2</a> — %3<br/>")
                    .arg(e->id)
                    .arg(esc(f.fuzzyDate(e->date)), esc(f.eventTypeName(e->type)));
    }
    html += QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(esc(tr("Contacts (%1)").arg(f.number(count))), list);
    return html;
}

void DetailsPanel::onAnchor(const QUrl &url)
{
    const QStringList parts = url.toString().split(QLatin1Char(':'));
    if (parts.size() == 2 && parts.at(0) == QLatin1String("actor")) {
        m_state->selectEvent(0);
        m_state->selectActor(parts.at(1).toLongLong());
    } else if (parts.size() == 2 && parts.at(0) == QLatin1String("event")) {
        m_state->selectEvent(parts.at(1).toLongLong());
    } else if (parts.size() == 2 && parts.at(0) == QLatin1String("edit-event")) {
        Q_EMIT editEventRequested(parts.at(1).toLongLong());
    } else if (parts.size() == 2 && parts.at(0) == QLatin1String("edit-actor")) {
        Q_EMIT editActorRequested(parts.at(1).toLongLong());
    } else if (parts.size() == 4 && parts.at(0) == QLatin1String("source")) {
        Q_EMIT sourceRequested(parts.at(1).toLongLong(), parts.at(2).toInt(), parts.at(3).toInt());
    }
}

} // namespace rasad
