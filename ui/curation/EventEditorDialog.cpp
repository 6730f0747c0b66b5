#include "curation/EventEditorDialog.h"

#include "common/DisplayFormat.h"
#include "curation/Edits.h"
#include "curation/FuzzyDateEditor.h"
#include "curation/undo/CurationSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>

#include <algorithm>
#include <limits>

namespace rasad {

namespace {
QString actorLabel(const Actor &a, const DisplayFormat &f)
{
    return a.country.isEmpty() ? a.name : a.name + QStringLiteral(" (") + f.countryName(a.country) + u')';
}

/**
 * Where the date calendars open for an undated contact: the date its first report gives, else that
 * report's publication day, else the latest contact of the record.
 */
QDate calendarStart(const Dataset &d, const Event *event)
{
    if (event) {
        for (const EventSource &s : event->sources)
            if (s.date.isValid())
                return s.date.start;
        for (const EventSource &s : event->sources)
            for (const Article &a : d.articles)
                if (a.id == s.articleId && a.published.isValid())
                    return a.published;
    }
    QDate latest;
    for (const Event &e : d.events)
        if (e.date.isValid() && (!latest.isValid() || e.date.end > latest))
            latest = e.date.end;
    return latest;
}

} // namespace

EventEditorDialog::EventEditorDialog(CurationSession &session, qint64 eventId, QWidget *parent,
                                     const DisplayFormat *format)
    : QDialog(parent)
    , m_session(session)
    , m_eventId(eventId)
    , m_date(new FuzzyDateEditor(this))
    , m_location(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_topics(new QListWidget(this))
    , m_participants(new QListWidget(this))
    , m_addActor(new QComboBox(this))
    , m_verified(new QCheckBox(tr("Verified by a researcher"), this))
    , m_note(new QPlainTextEdit(this))
    , m_sources(new QListWidget(this))
    , m_mergeWith(new QComboBox(this))
{
    setWindowTitle(tr("Edit event"));
    setObjectName(QStringLiteral("eventEditor"));
    const Dataset &d = session.dataset();
    const Event *event = d.findEvent(eventId);
    DisplayFormat guessed;
    guessed.setLanguage(QGuiApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("ar") : QStringLiteral("en"));
    const DisplayFormat &f = format ? *format : guessed;

    const QList<std::pair<EventType, QString>> types{
        {EventType::Meeting, tr("Meeting")}, {EventType::Visit, tr("Visit")},     {EventType::Call, tr("Call")},
        {EventType::Delegation, tr("Delegation")}, {EventType::Message, tr("Message")}, {EventType::Other, tr("Other")}};
    for (const auto &[type, label] : types)
        m_type->addItem(label, eventTypeName(type));

    QStringList topics = DisplayFormat::topicIds();
    for (const Event &e : d.events)
        for (const QString &t : e.topics)
            if (!topics.contains(t))
                topics.append(t);
    for (const QString &t : topics) {
        auto *item = new QListWidgetItem(f.topicName(t), m_topics);
        item->setData(Qt::UserRole, t);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(event && event->topics.contains(t) ? Qt::Checked : Qt::Unchecked);
    }

    QList<const Actor *> actors;
    for (const Actor &a : d.actors)
        actors.append(&a);
    std::sort(actors.begin(), actors.end(), [](const Actor *a, const Actor *b) { return a->name < b->name; });
    for (const Actor *a : actors)
        m_addActor->addItem(actorLabel(*a, f), a->id);

    m_date->setFormat(f);
    m_date->setCalendarFallback(calendarStart(d, event));
    if (event) {
        m_date->setValue(event->date);
        m_location->setText(event->location);
        m_type->setCurrentIndex(m_type->findData(eventTypeName(event->type)));
        for (const Participant &p : event->participants)
            if (const Actor *a = d.actor(p.actorId)) {
                auto *item = new QListWidgetItem(actorLabel(*a, f), m_participants);
                item->setData(Qt::UserRole, a->id);
            }
        m_verified->setChecked(event->verified);
        m_note->setPlainText(event->note);
    }

    auto *addButton = new QPushButton(tr("Add"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    connect(addButton, &QPushButton::clicked, this, &EventEditorDialog::addParticipant);
    connect(removeButton, &QPushButton::clicked, this, [this] { qDeleteAll(m_participants->selectedItems()); });
    auto *participantButtons = new QHBoxLayout;
    participantButtons->addWidget(m_addActor, 1);
    participantButtons->addWidget(addButton);
    participantButtons->addWidget(removeButton);

    auto *splitButton = new QPushButton(tr("Split off as a separate contact"), this);
    splitButton->setObjectName(QStringLiteral("splitButton"));
    connect(splitButton, &QPushButton::clicked, this, &EventEditorDialog::splitSelectedSource);
    auto *mergeButton = new QPushButton(tr("Merge into this contact"), this);
    mergeButton->setObjectName(QStringLiteral("mergeButton"));
    connect(mergeButton, &QPushButton::clicked, this, &EventEditorDialog::mergeChosen);
    auto *mergeRow = new QHBoxLayout;
    mergeRow->addWidget(m_mergeWith, 1);
    mergeRow->addWidget(mergeButton);
    auto *deleteButton = new QPushButton(tr("Delete contact"), this);
    deleteButton->setObjectName(QStringLiteral("deleteButton"));
    connect(deleteButton, &QPushButton::clicked, this, [this] { deleteEvent(true); });
    fillStructure();

    m_date->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // its pages must not spread over the form
    m_sources->setMaximumHeight(90);
    m_sources->setWordWrap(true);
    m_note->setMaximumHeight(70);
    m_topics->setMaximumHeight(110);
    m_participants->setMaximumHeight(110);
    auto *form = new QFormLayout;
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Place"), m_location);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Topics"), m_topics);
    form->addRow(tr("Participants"), m_participants);
    form->addRow(QString(), participantButtons);
    form->addRow(QString(), m_verified);
    form->addRow(tr("Note"), m_note);
    form->addRow(tr("Sources"), m_sources);
    form->addRow(QString(), splitButton);
    form->addRow(tr("Same contact as"), mergeRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(deleteButton, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void EventEditorDialog::fillStructure()
{
    const Dataset &d = m_session.dataset();
    const Event *event = d.findEvent(m_eventId);
    m_sources->clear();
    m_mergeWith->clear();
    if (!event)
        return;
    for (qsizetype i = 0; i < event->sources.size(); ++i) {
        const EventSource &s = event->sources.at(i);
        // The Latin file name isolated, so it keeps its place in a right-to-left line.
        auto *item = new QListWidgetItem(QChar(0x2068) + s.fileName + QChar(0x2069) + QStringLiteral(": ") + s.evidence.left(140),
                                         m_sources);
        item->setData(Qt::UserRole, int(i));
        item->setToolTip(s.evidence);
    }
    // Likely duplicates first: events sharing a participant, nearest in date. Only the likeliest are
    // offered: a project of 100,000 events would otherwise fill the list for seconds.
    constexpr qsizetype kCandidates = 200;
    QSet<qint64> people;
    for (const Participant &p : event->participants)
        people.insert(p.actorId);
    struct Candidate
    {
        bool sharesSomeone;
        qint64 daysApart;
        const Event *event;
    };
    std::vector<Candidate> others;
    others.reserve(size_t(d.events.size()));
    for (const Event &e : d.events) {
        if (e.id == m_eventId)
            continue;
        const bool shares = std::any_of(e.participants.cbegin(), e.participants.cend(),
                                        [&](const Participant &p) { return people.contains(p.actorId); });
        const qint64 apart = event->date.isValid() && e.date.isValid() ? std::abs(event->date.start.daysTo(e.date.start))
                                                                     : std::numeric_limits<qint64>::max();
        others.push_back({shares, apart, &e});
    }
    const auto likelier = [](const Candidate &a, const Candidate &b) {
        if (a.sharesSomeone != b.sharesSomeone)
            return a.sharesSomeone;
        return a.daysApart != b.daysApart ? a.daysApart < b.daysApart : a.event->id < b.event->id;
    };
    const auto shown = others.begin() + std::min<qsizetype>(kCandidates, qsizetype(others.size()));
    std::partial_sort(others.begin(), shown, others.end(), likelier);
    others.erase(shown, others.end());
    m_mergeWith->addItem(tr("(choose a contact)"), 0);
    for (const Candidate &candidate : others) {
        const Event *e = candidate.event;
        QStringList names;
        for (const Participant &p : e->participants)
            if (const Actor *a = d.actor(p.actorId))
                names.append(a->name);
        const QString when = e->date.isValid() ? e->date.start.toString(Qt::ISODate) : tr("undated");
        m_mergeWith->addItem(when + QStringLiteral(" — ") + names.join(QStringLiteral("، ")), e->id);
    }
}

bool EventEditorDialog::mergeChosen()
{
    const qint64 other = m_mergeWith->currentData().toLongLong();
    if (other == 0)
        return false;
    if (!m_session.apply(edits::mergeEvents(m_session.dataset(), m_eventId, other), tr("Merge contacts")))
        return false;
    fillStructure();
    return true;
}

bool EventEditorDialog::splitSelectedSource()
{
    QListWidgetItem *item = m_sources->currentItem();
    if (!item)
        return false;
    if (!m_session.apply(edits::splitSource(m_session.dataset(), m_eventId, item->data(Qt::UserRole).toInt()),
                         tr("Split a source off")))
        return false;
    fillStructure();
    return true;
}

bool EventEditorDialog::deleteEvent(bool confirm)
{
    if (confirm
        && QMessageBox::question(this, tr("Delete contact"),
                                 tr("Delete this contact? It stays deleted after a re-extraction; Undo brings it back."))
               != QMessageBox::Yes)
        return false;
    if (!m_session.apply(edits::deleteEvent(m_session.dataset(), m_eventId), tr("Delete contact")))
        return false;
    QDialog::reject();
    return true;
}

void EventEditorDialog::addParticipant()
{
    const qint64 id = m_addActor->currentData().toLongLong();
    for (int i = 0; i < m_participants->count(); ++i)
        if (m_participants->item(i)->data(Qt::UserRole).toLongLong() == id)
            return;
    auto *item = new QListWidgetItem(m_addActor->currentText(), m_participants);
    item->setData(Qt::UserRole, id);
}

int EventEditorDialog::applyChanges()
{
    const Event *event = m_session.dataset().findEvent(m_eventId);
    if (!event)
        return 0;
    QList<std::optional<Correction>> changes;
    const Dataset &d = m_session.dataset();
    const FuzzyDate date = m_date->value();
    if (date.start != event->date.start || date.end != event->date.end || date.granularity != event->date.granularity) {
        FuzzyDate withText = date;
        withText.text = event->date.text;
        changes << edits::editEventDate(d, m_eventId, withText);
    }
    changes << edits::editEvent(d, m_eventId, QStringLiteral("location"), m_location->text().trimmed());
    changes << edits::editEvent(d, m_eventId, QStringLiteral("type"), m_type->currentData().toString());
    QJsonArray topics;
    for (int i = 0; i < m_topics->count(); ++i)
        if (m_topics->item(i)->checkState() == Qt::Checked)
            topics.append(m_topics->item(i)->data(Qt::UserRole).toString());
    changes << edits::editEvent(d, m_eventId, QStringLiteral("topics"), topics);
    QJsonArray participants;
    for (int i = 0; i < m_participants->count(); ++i)
        participants.append(m_participants->item(i)->data(Qt::UserRole).toLongLong());
    changes << edits::editEvent(d, m_eventId, QStringLiteral("participants"), participants);
    changes << edits::verifyEvent(d, m_eventId, m_verified->isChecked());
    changes << edits::noteEvent(d, m_eventId, m_note->toPlainText());

    changes.removeIf([](const std::optional<Correction> &c) { return !c.has_value(); });
    if (changes.isEmpty())
        return 0;
    // One undo step for the whole dialog. Each correction targets the event by its anchor, which no
    // edit here changes, so building them all from the dataset before the first one is safe.
    m_session.undoStack()->beginMacro(tr("Edit event"));
    int made = 0;
    for (const auto &c : changes)
        made += m_session.apply(c) ? 1 : 0;
    m_session.undoStack()->endMacro();
    return made;
}

void EventEditorDialog::accept()
{
    if (!m_date->isAcceptable()) {
        // The red field says why; saving the old date silently would lose what was typed.
        QMessageBox::warning(this, windowTitle(), tr("The date could not be read. Correct it or clear it."));
        return;
    }
    applyChanges();
    QDialog::accept();
}

} // namespace rasad
