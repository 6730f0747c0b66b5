#pragma once

#include <QTextBrowser>

namespace rasad {

class ExplorerState;

/**
 * What the selection is about: for an event its participants, place, date (value and the phrase it
 * came from), type, topics, confidence and every source with its evidence sentence; for an actor
 * its country, roles, spellings and contacts. Links open a source in the reader or select an actor.
 */
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailsPanel(ExplorerState *state, QWidget *parent = nullptr);

    /** The HTML shown for the current selection (tests read it). */
    QString currentHtml() const { return m_html; }
    /** The part a participant played ("host", "guest"…) in the interface language; unknown parts as named. */
    static QString partName(const QString &part);
    /** Offers an "Edit…" link on the selected event or actor (when the project can be corrected). */
    void setEditable(bool editable);

Q_SIGNALS:
    /** The user asked to read a source: the article and the evidence span in its original text. */
    void sourceRequested(qint64 articleId, int evidenceStart, int evidenceEnd);
    void editEventRequested(qint64 eventId);
    void editActorRequested(qint64 actorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString eventHtml(qint64 eventId) const;
    QString actorHtml(qint64 actorId) const;
    void onAnchor(const QUrl &url);
    ExplorerState *m_state;
    QString m_html;
    bool m_editable = false;
};

} // namespace rasad
