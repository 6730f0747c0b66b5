#pragma once

#include "reader/ArticleHighlights.h"

#include <QWidget>

#include <utility>

class QLabel;
class QTextBrowser;

namespace rasad {

class ExplorerState;
class ProjectBackend;

/**
 * Shows one article right-to-left as it was imported, with actors, dates and contact words
 * highlighted and the evidence sentence marked and scrolled into view.
 */
class ArticleReaderView : public QWidget
{
    Q_OBJECT
public:
    ArticleReaderView(ExplorerState *state, ProjectBackend *backend, QWidget *parent = nullptr);

    /** Opens an article; a non-empty [evidenceStart, evidenceEnd) is marked and scrolled to. False if it is gone. */
    bool showArticle(qint64 articleId, int evidenceStart = -1, int evidenceEnd = -1);
    qint64 articleId() const { return m_articleId; }
    QTextBrowser *textView() const { return m_text; }
    /** The spans coloured in the current article. */
    const QList<HighlightSpan> &highlights() const { return m_spans; }
    /** Offers "New contact from selection…" in the text's context menu. */
    void setEditable(bool editable) { m_editable = editable; }
    /** The selected span [start, end) in the article's original text; start == end when nothing is selected. */
    std::pair<int, int> selectedSpan() const;

Q_SIGNALS:
    /** The researcher marked a passage the extractor missed and wants a contact made from it. */
    void newEventRequested(qint64 articleId, int start, int end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showContextMenu(const QPoint &pos);
    ExplorerState *m_state;
    ProjectBackend *m_backend;
    QLabel *m_header;
    QLabel *m_legend;
    QTextBrowser *m_text;
    ArticleHighlights m_finder;
    QList<HighlightSpan> m_spans;
    qint64 m_articleId = 0;
    bool m_editable = false;
};

} // namespace rasad
