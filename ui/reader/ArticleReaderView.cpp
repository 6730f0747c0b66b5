#include "reader/ArticleReaderView.h"

#include "common/ExplorerState.h"
#include "common/ProjectBackend.h"

#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rasad {

namespace {
const QColor kEvidence(0xFF, 0xF3, 0xB0);
const QColor kFocus(0xFF, 0xC8, 0x57);
const QColor kDate(0xD4, 0xF1, 0xDD);
const QColor kActor(0x00, 0x55, 0x9E);
const QColor kTrigger(0xB3, 0x1B, 0x1B);
} // namespace

ArticleReaderView::ArticleReaderView(ExplorerState *state, ProjectBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_backend(backend)
    , m_header(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("articleReader"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setWordWrap(true);
    m_legend->setWordWrap(true); // a narrow reader keeps its width
    m_header->setTextFormat(Qt::RichText);
    m_legend->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    layout->addWidget(m_legend);
    layout->addWidget(m_text, 1);
    // Articles are Arabic whatever the interface language: the reader always flows right-to-left.
    m_text->setLayoutDirection(Qt::RightToLeft);
    QTextOption option = m_text->document()->defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    option.setAlignment(Qt::AlignRight);
    m_text->document()->setDefaultTextOption(option);
    QFont reading = m_text->font();
    reading.setFamilies({QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans Arabic"), reading.family()});
    reading.setPointSizeF(reading.pointSizeF() * 1.25);
    m_text->setFont(reading);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, &ArticleReaderView::showContextMenu);
    retranslate();
}

std::pair<int, int> ArticleReaderView::selectedSpan() const
{
    const QTextCursor c = m_text->textCursor();
    return {c.selectionStart(), c.selectionEnd()};
}

void ArticleReaderView::showContextMenu(const QPoint &pos)
{
    QMenu *menu = m_text->createStandardContextMenu(pos);
    if (m_editable && m_articleId != 0) {
        const auto [start, end] = selectedSpan();
        menu->addSeparator();
        QAction *create = menu->addAction(tr("New contact from selection…"));
        create->setObjectName(QStringLiteral("newContactFromSelection"));
        create->setEnabled(end > start);
        connect(create, &QAction::triggered, this, [this, start, end] { Q_EMIT newEventRequested(m_articleId, start, end); });
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_text->viewport()->mapToGlobal(pos));
}

void ArticleReaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ArticleReaderView::retranslate()
{
    m_legend->setText(QStringLiteral("<span style=\"background:%1\">&nbsp;%2&nbsp;</span> "
                                     "<span style=\"color:%3\"><b>%4</b></span> "
                                     "<span style=\"background:%5\">&nbsp;%6&nbsp;</span> "
                                     "<span style=\"color:%7\"><u>%8</u></span>")
                          .arg(kFocus.name(), tr("evidence").toHtmlEscaped(), kActor.name(), tr("actor").toHtmlEscaped(),
                               kDate.name(), tr("date").toHtmlEscaped(), kTrigger.name(),
                               tr("contact word").toHtmlEscaped()));
    if (m_articleId == 0)
        m_header->setText(tr("Open a source from the details panel to read the article."));
}

bool ArticleReaderView::showArticle(qint64 articleId, int evidenceStart, int evidenceEnd)
{
    const std::optional<Article> article = m_backend ? m_backend->article(articleId) : std::nullopt;
    if (!article) {
        m_header->setText(tr("Article %1 is not in the project any more.").arg(articleId));
        return false;
    }
    m_articleId = articleId;
    const DisplayFormat &f = m_state->format();
    QStringList about;
    if (!article->source.isEmpty())
        about.append(article->source.toHtmlEscaped());
    if (article->published.isValid())
        about.append(f.date(article->published).toHtmlEscaped());
    // A Latin file name inside Arabic text: isolate it so "000_x.txt" keeps its order.
    about.append(QChar(0x2068) + article->fileName.toHtmlEscaped() + QChar(0x2069));
    m_header->setText(QStringLiteral("<b>%1</b><br/><small>%2</small>")
                          .arg((article->title.isEmpty() ? article->fileName : article->title).toHtmlEscaped(),
                               about.join(QStringLiteral(" · "))));

    // Paragraph separators must not change the count: every stored offset points into this text.
    QString text = article->originalText;
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    m_text->setPlainText(text);
    QTextCursor block(m_text->document());
    block.select(QTextCursor::Document);
    QTextBlockFormat rtl;
    rtl.setLayoutDirection(Qt::RightToLeft);
    rtl.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    rtl.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    block.mergeBlockFormat(rtl);

    m_spans = m_finder.find(*article, m_state->dataset());
    if (evidenceStart >= 0 && evidenceEnd > evidenceStart)
        m_spans.append({evidenceStart, std::min<int>(evidenceEnd, int(text.size())), HighlightSpan::Kind::Evidence,
                        QStringLiteral("focus")});
    const int length = int(text.size());
    // Backgrounds first (evidence, focus, dates), then the text styles on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (const HighlightSpan &span : std::as_const(m_spans)) {
            const bool background = span.kind == HighlightSpan::Kind::Evidence || span.kind == HighlightSpan::Kind::Date;
            if (background != (pass == 0) || span.start < 0 || span.end > length || span.start >= span.end)
                continue;
            QTextCursor c(m_text->document());
            c.setPosition(span.start);
            c.setPosition(span.end, QTextCursor::KeepAnchor);
            QTextCharFormat fmt;
            switch (span.kind) {
            case HighlightSpan::Kind::Evidence:
                fmt.setBackground(span.note == QLatin1String("focus") ? kFocus : kEvidence);
                break;
            case HighlightSpan::Kind::Date:
                fmt.setBackground(kDate);
                fmt.setToolTip(span.note);
                break;
            case HighlightSpan::Kind::Actor:
                fmt.setForeground(kActor);
                fmt.setFontWeight(QFont::Bold);
                fmt.setToolTip(span.note);
                break;
            case HighlightSpan::Kind::Trigger:
                fmt.setForeground(kTrigger);
                fmt.setFontUnderline(true);
                break;
            }
            c.mergeCharFormat(fmt);
        }
    }

    if (evidenceStart >= 0 && evidenceStart < length) {
        QTextCursor c(m_text->document());
        c.setPosition(std::min(evidenceEnd, length));
        m_text->setTextCursor(c);
        m_text->ensureCursorVisible();
        c.setPosition(evidenceStart);
        m_text->setTextCursor(c);
        m_text->ensureCursorVisible();
    } else {
        m_text->verticalScrollBar()->setValue(0);
    }
    return true;
}

} // namespace rasad
