#pragma once

#include "reader/ArticleHighlights.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace rasad {

class ExplorerState;
class ProjectBackend;

/**
 * Shows one article right-to-left as it was imported, with actors, dates and contact words
 * highlighted and the evidence sentence marked and scrolled into view.
 */
class ArticleReader : public QWidget
{
    Q_OBJECT
public:
    ArticleReader(ExplorerState *state, ProjectBackend *backend, QWidget *parent = nullptr);

    /** Opens an article; a non-empty [evidenceStart, evidenceEnd) is marked and scrolled to. False if it is gone. */
    bool showArticle(qint64 articleId, int evidenceStart = -1, int evidenceEnd = -1);
    qint64 articleId() const { return m_articleId; }
    QTextBrowser *textView() const { return m_text; }
    /** The spans coloured in the current article. */
    const QList<HighlightSpan> &highlights() const { return m_spans; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ExplorerState *m_state;
    ProjectBackend *m_backend;
    QLabel *m_header;
    QLabel *m_legend;
    QTextBrowser *m_text;
    ArticleHighlights m_finder;
    QList<HighlightSpan> m_spans;
    qint64 m_articleId = 0;
};

} // namespace rasad
