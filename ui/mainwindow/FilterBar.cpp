#include "mainwindow/FilterBar.h"

#include "common/DateField.h"
#include "common/Counts.h"
#include "common/ExplorerState.h"
#include "common/ProjectBackend.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rasad {

FilterBar::FilterBar(ExplorerState *state, ProjectBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_backend(backend)
    , m_search(new QLineEdit(this))
    , m_country(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_topic(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_clear(new QToolButton(this))
    , m_chipArea(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chipArea))
    , m_count(new QLabel(this))
    , m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 2, 4, 2);
    outer->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->completer()->setFilterMode(Qt::MatchContains);
    m_actor->completer()->setCompletionMode(QCompleter::PopupCompletion);
    // Sized by a few letters, not by the longest name or place: on a small screen the bar must shrink
    // (the lists open as wide as their items).
    for (QComboBox *box : {m_country, m_actor, m_type, m_topic}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_from->setBound(DateField::Bound::Start);
    m_to->setBound(DateField::Bound::End);
    row->addWidget(m_search, 3);
    row->addWidget(m_country, 1);
    row->addWidget(m_actor, 2);
    row->addWidget(m_type, 1);
    row->addWidget(m_topic, 1);
    outer->addLayout(row);
    // The dates, the chips and the count share the second row, so the first fits a small window.
    auto *chipsRow = new QHBoxLayout;
    chipsRow->addWidget(m_fromLabel);
    chipsRow->addWidget(m_from);
    chipsRow->addWidget(m_toLabel);
    chipsRow->addWidget(m_to);
    chipsRow->addWidget(m_clear);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_chipLayout->addStretch(1);
    // Many chips scroll rather than widen the window; Tab onto a chip scrolls it into view.
    auto *chipScroll = new QScrollArea(this);
    chipScroll->setObjectName(QStringLiteral("filterChips"));
    chipScroll->setWidget(m_chipArea);
    chipScroll->setWidgetResizable(true);
    chipScroll->setFrameShape(QFrame::NoFrame);
    chipScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chipScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chipScroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    chipScroll->setMinimumWidth(60);
    chipScroll->setFixedHeight(m_clear->sizeHint().height() + 4);
    chipsRow->addWidget(chipScroll, 1);
    chipsRow->addWidget(m_count);
    outer->addLayout(chipsRow);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(300);
    connect(m_typingPause, &QTimer::timeout, this, &FilterBar::applyText);
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applyText);
    for (QComboBox *box : {m_country, m_actor, m_type, m_topic})
        connect(box, &QComboBox::activated, this, [this, box] { onPicked(box); });
    connect(m_from, &DateField::committed, this, &FilterBar::onDates);
    connect(m_to, &DateField::committed, this, &FilterBar::onDates);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearAll);
    connect(state, &ExplorerState::datasetChanged, this, &FilterBar::populate);
    connect(state, &ExplorerState::recordsChanged, this, &FilterBar::populate); // a country or an actor may be new
    connect(state, &ExplorerState::formatChanged, this, &FilterBar::populate);
    connect(state, &ExplorerState::filterChanged, this, &FilterBar::rebuildChips);
    connect(state, &ExplorerState::filterChanged, this, &FilterBar::showFilterDates);
    connect(state, &ExplorerState::dateWindowChanged, this, &FilterBar::rebuildChips);
    retranslate();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search names and article text…"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    m_from->setPlaceholderText(tr("any date"));
    m_to->setPlaceholderText(tr("any date"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Remove every filter"));
    populate();
}

void FilterBar::populate()
{
    const DisplayFormat &f = m_state->format();
    const Dataset &dataset = m_state->dataset();

    // An empty date field's calendar opens at the latest contact: that is where a reader starts.
    QDate latest;
    for (const Event &e : dataset.events)
        if (e.date.isValid() && (!latest.isValid() || e.date.end > latest))
            latest = e.date.end;
    // Wide enough for the longest date written whole ("٣٠ تشرين الثاني ٢٠٢٥"), and no wider.
    int longest = 0;
    for (int month = 1; month <= 12; ++month)
        longest = std::max(longest, m_from->fontMetrics().horizontalAdvance(f.date(QDate(2028, month, 28))));
    for (DateField *field : {m_from, m_to}) {
        field->setFormat(f);
        field->setCalendarFallback(latest);
        field->setMinimumWidth(longest + 44); // the calendar button and the frame
    }

    m_country->clear();
    m_country->addItem(tr("Country…"));
    QStringList countries;
    for (const Actor &a : dataset.actors)
        if (!a.country.isEmpty() && !countries.contains(a.country))
            countries.append(a.country);
    std::sort(countries.begin(), countries.end(), [&](const QString &a, const QString &b) {
        return f.countryName(a).localeAwareCompare(f.countryName(b)) < 0;
    });
    for (const QString &c : countries)
        m_country->addItem(f.countryName(c), c);

    m_actor->clear();
    m_actor->addItem(tr("Actor…"));
    QList<const Actor *> actors;
    for (const Actor &a : dataset.actors)
        if (!a.mentionOnly)
            actors.append(&a);
    auto shown = [&](const Actor *a) { return (!f.isArabic() && !a->nameEn.isEmpty()) ? a->nameEn : a->name; };
    std::sort(actors.begin(), actors.end(), [&](const Actor *a, const Actor *b) {
        return shown(a).localeAwareCompare(shown(b)) < 0;
    });
    for (const Actor *a : actors)
        m_actor->addItem(shown(a), a->id);
    m_actor->setCurrentIndex(0);

    m_type->clear();
    m_type->addItem(tr("Type…"));
    for (EventType t : {EventType::Meeting, EventType::Visit, EventType::Call, EventType::Delegation, EventType::Message,
                        EventType::Other})
        m_type->addItem(f.eventTypeName(t), eventTypeName(t));

    m_topic->clear();
    m_topic->addItem(tr("Topic…"));
    QStringList topics;
    for (const Event &e : dataset.events)
        for (const QString &t : e.topics)
            if (!topics.contains(t))
                topics.append(t);
    topics.sort();
    for (const QString &t : topics)
        m_topic->addItem(f.topicName(t), t);
    rebuildChips();
}

void FilterBar::applyText()
{
    m_typingPause->stop();
    EventFilter filter = m_state->filter();
    const QString text = m_search->text().trimmed();
    filter.text = text;
    filter.textArticleIds.clear();
    filter.textActorIds.clear();
    if (!text.isEmpty()) {
        if (m_backend)
            filter.textArticleIds = m_backend->searchArticles(text);
        filter.textActorIds = m_state->actorsMatching(text);
    }
    m_state->setFilter(filter);
}

void FilterBar::onPicked(QComboBox *box)
{
    const int index = box->currentIndex();
    if (index <= 0)
        return;
    const QVariant value = box->itemData(index);
    EventFilter filter = m_state->filter();
    if (box == m_country && !filter.countries.contains(value.toString()))
        filter.countries.append(value.toString());
    else if (box == m_actor)
        filter.actorIds.insert(value.toLongLong());
    else if (box == m_type && !filter.types.contains(value.toString()))
        filter.types.append(value.toString());
    else if (box == m_topic && !filter.topics.contains(value.toString()))
        filter.topics.append(value.toString());
    box->setCurrentIndex(0);
    m_state->setFilter(filter);
}

void FilterBar::onDates()
{
    EventFilter filter = m_state->filter();
    filter.from = m_from->date();
    filter.to = m_to->date();
    m_state->setFilter(filter);
}

void FilterBar::showFilterDates()
{
    // The filter changed elsewhere (a chip, Clear filters): the fields follow. A field holding the
    // month the filter starts or ends with keeps showing the month.
    const EventFilter &filter = m_state->filter();
    if (m_from->date() != filter.from)
        m_from->setDate(filter.from);
    if (m_to->date() != filter.to)
        m_to->setDate(filter.to);
}

void FilterBar::clearAll()
{
    const QSignalBlocker a(m_search);
    m_search->clear();
    m_from->clear();
    m_to->clear();
    m_state->setFilter(EventFilter());
    m_state->setDateWindow({}, {});
}

QStringList FilterBar::chipTexts() const
{
    QStringList texts;
    for (const QToolButton *chip : m_chips)
        texts.append(chip->text());
    return texts;
}

void FilterBar::addChip(const QString &text, const std::function<void()> &clear)
{
    auto *chip = new QToolButton(m_chipArea);
    chip->setText(text + QStringLiteral("  ✕"));
    chip->setToolTip(tr("Remove this filter"));
    chip->setAutoRaise(false);
    chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px;"
                                       " padding: 1px 8px; background: palette(alternate-base); }"));
    connect(chip, &QToolButton::clicked, this, [clear] { clear(); }, Qt::QueuedConnection);
    m_chipLayout->insertWidget(m_chipLayout->count() - 1, chip);
    m_chips.append(chip);
}

void FilterBar::rebuildChips()
{
    qDeleteAll(m_chips);
    m_chips.clear();
    const EventFilter &filter = m_state->filter();
    const DisplayFormat &f = m_state->format();
    auto update = [this](const std::function<void(EventFilter &)> &change) {
        EventFilter next = m_state->filter();
        change(next);
        m_state->setFilter(next);
    };
    if (!filter.text.isEmpty())
        addChip(tr("Text: %1").arg(filter.text), [this] {
            m_search->clear();
            applyText();
        });
    for (const QString &c : filter.countries)
        addChip(tr("Country: %1").arg(f.countryName(c)), [update, c] { update([&](EventFilter &x) { x.countries.removeAll(c); }); });
    for (qint64 id : filter.actorIds) {
        const Actor *a = m_state->actorById(id);
        const QString name = a ? ((!f.isArabic() && !a->nameEn.isEmpty()) ? a->nameEn : a->name) : QString::number(id);
        addChip(tr("Actor: %1").arg(name), [update, id] { update([&](EventFilter &x) { x.actorIds.remove(id); }); });
    }
    for (const QString &t : filter.types)
        addChip(tr("Type: %1").arg(f.eventTypeName(eventTypeFromName(t))),
                [update, t] { update([&](EventFilter &x) { x.types.removeAll(t); }); });
    for (const QString &t : filter.topics)
        addChip(tr("Topic: %1").arg(f.topicName(t)), [update, t] { update([&](EventFilter &x) { x.topics.removeAll(t); }); });
    if (filter.from.isValid())
        addChip(tr("From: %1").arg(f.date(filter.from)),
                [update] { update([](EventFilter &x) { x.from = QDate(); }); });
    if (filter.to.isValid())
        addChip(tr("To: %1").arg(f.date(filter.to)), [update] { update([](EventFilter &x) { x.to = QDate(); }); });
    if (m_state->windowStart().isValid() && m_state->windowEnd().isValid())
        addChip(tr("Window: %1 – %2").arg(f.date(m_state->windowStart()), f.date(m_state->windowEnd())),
                [this] { m_state->setDateWindow({}, {}); });
    m_clear->setEnabled(!filter.isEmpty() || m_state->windowStart().isValid());
    m_count->setText(tr("%1 of %2 shown")
                         .arg(f.number(m_state->visibleEvents().size()),
                              Counts::contacts(m_state->dataset().events.size(), f)));
}

} // namespace rasad
