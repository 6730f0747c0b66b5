#include "curation/ActorEditorDialog.h"

#include "curation/CorrectionApplier.h"
#include "curation/Edits.h"
#include "curation/undo/CurationSession.h"
#include "dates/TypedDate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace rasad {

namespace {
enum RoleColumn { Title, Organisation, Country, From, To, RoleColumns };
}

ActorEditorDialog::ActorEditorDialog(CurationSession &session, qint64 actorId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_actorId(actorId)
    , m_name(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_country(new QComboBox(this))
    , m_aliases(new QListWidget(this))
    , m_roles(new QTableWidget(0, RoleColumns, this))
    , m_mergeWith(new QComboBox(this))
    , m_verified(new QCheckBox(tr("Verified by a researcher"), this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Edit actor"));
    setObjectName(QStringLiteral("actorEditor"));
    m_country->setEditable(true);
    for (const char *code : {"SY", "RU", "TR", "IR", "US", "IL", "SA", "AE", "QA", "JO", "LB", "IQ", "EG", "FR", "DE", "GB", "CN", "UA"})
        m_country->addItem(QString::fromLatin1(code));
    m_roles->setHorizontalHeaderLabels({tr("Title"), tr("Organisation"), tr("Country"), tr("From"), tr("To")});
    m_roles->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_roles->setMaximumHeight(130);
    m_aliases->setMaximumHeight(110);
    m_note->setMaximumHeight(70);

    auto *addAlias = new QPushButton(tr("Add alias…"), this);
    auto *removeAlias = new QPushButton(tr("Remove alias"), this);
    auto *splitAlias = new QPushButton(tr("Split off as a new actor"), this);
    connect(addAlias, &QPushButton::clicked, this, [this] {
        const QString alias = QInputDialog::getText(this, tr("Add alias"), tr("Another spelling of the name:")).trimmed();
        if (!alias.isEmpty())
            m_aliases->addItem(alias);
    });
    connect(removeAlias, &QPushButton::clicked, this, [this] { qDeleteAll(m_aliases->selectedItems()); });
    connect(splitAlias, &QPushButton::clicked, this, &ActorEditorDialog::splitSelectedAlias);
    auto *aliasButtons = new QHBoxLayout;
    aliasButtons->addWidget(addAlias);
    aliasButtons->addWidget(removeAlias);
    aliasButtons->addWidget(splitAlias);

    auto *addRole = new QPushButton(tr("Add role"), this);
    auto *removeRole = new QPushButton(tr("Remove role"), this);
    connect(addRole, &QPushButton::clicked, this, [this] { m_roles->insertRow(m_roles->rowCount()); });
    connect(removeRole, &QPushButton::clicked, this, [this] {
        if (m_roles->currentRow() >= 0)
            m_roles->removeRow(m_roles->currentRow());
    });
    auto *roleButtons = new QHBoxLayout;
    roleButtons->addWidget(addRole);
    roleButtons->addWidget(removeRole);
    roleButtons->addStretch();

    auto *mergeButton = new QPushButton(tr("Merge into this actor"), this);
    mergeButton->setObjectName(QStringLiteral("mergeButton"));
    connect(mergeButton, &QPushButton::clicked, this, [this] {
        if (mergeChosen())
            fill();
    });
    auto *deleteButton = new QPushButton(tr("Delete actor"), this);
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Delete actor"),
                                  tr("Delete this actor? Its events keep their other participants.")) == QMessageBox::Yes
            && m_session.apply(edits::deleteActor(m_session.dataset(), m_actorId), tr("Delete actor")))
            QDialog::reject();
    });
    auto *mergeRow = new QHBoxLayout;
    mergeRow->addWidget(m_mergeWith, 1);
    mergeRow->addWidget(mergeButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("English name"), m_nameEn);
    form->addRow(tr("Country"), m_country);
    form->addRow(tr("Other spellings"), m_aliases);
    form->addRow(QString(), aliasButtons);
    form->addRow(tr("Roles"), m_roles);
    form->addRow(QString(), roleButtons);
    form->addRow(tr("Same person as"), mergeRow);
    form->addRow(QString(), m_verified);
    form->addRow(tr("Note"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(deleteButton, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    fill();
}

void ActorEditorDialog::fill()
{
    const Dataset &d = m_session.dataset();
    const Actor *a = d.actor(m_actorId);
    if (!a)
        return;
    m_name->setText(a->name);
    m_nameEn->setText(a->nameEn);
    m_country->setCurrentText(a->country);
    m_aliases->clear();
    m_aliases->addItems(a->aliases);
    m_roles->setRowCount(0);
    for (const Role &r : a->roles) {
        const int row = m_roles->rowCount();
        m_roles->insertRow(row);
        const QStringList cells{r.title, r.organisation, r.country, r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate)};
        for (int c = 0; c < RoleColumns; ++c)
            m_roles->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_mergeWith->clear();
    QList<const Actor *> others;
    for (const Actor &o : d.actors)
        if (o.id != m_actorId)
            others.append(&o);
    std::sort(others.begin(), others.end(), [](const Actor *x, const Actor *y) { return x->name < y->name; });
    for (const Actor *o : others)
        m_mergeWith->addItem(o->country.isEmpty() ? o->name : o->name + QStringLiteral(" (") + o->country + u')', o->id);
    m_verified->setChecked(a->verified);
    m_note->setPlainText(a->note);
}

bool ActorEditorDialog::mergeChosen()
{
    if (m_mergeWith->currentIndex() < 0)
        return false;
    return m_session.apply(edits::mergeActors(m_session.dataset(), m_actorId, m_mergeWith->currentData().toLongLong()),
                           tr("Merge actors"));
}

bool ActorEditorDialog::splitSelectedAlias()
{
    const QList<QListWidgetItem *> selected = m_aliases->selectedItems();
    if (selected.isEmpty())
        return false;
    const bool ok = m_session.apply(edits::splitAlias(m_session.dataset(), m_actorId, selected.first()->text()),
                                    tr("Split alias"));
    if (ok)
        fill();
    return ok;
}

int ActorEditorDialog::applyChanges()
{
    const Dataset &d = m_session.dataset();
    if (!d.actor(m_actorId))
        return 0;
    QStringList aliases;
    for (int i = 0; i < m_aliases->count(); ++i)
        aliases << m_aliases->item(i)->text();
    QJsonArray roles;
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const auto cell = [&](int c) { return m_roles->item(row, c) ? m_roles->item(row, c)->text().trimmed() : QString(); };
        if (cell(Title).isEmpty())
            continue;
        Actor holder; // actorToJson writes roles the way corrections store them
        // Role dates typed as anywhere else (1/10/2025, October 2025): a month or year runs from its first
        // day to its last.
        const QDate from = parseTypedDate(cell(From)).value.start;
        const QDate to = parseTypedDate(cell(To)).value.end;
        holder.roles = {Role{cell(Title), {}, cell(Organisation), cell(Country), from, to}};
        roles.append(actorToJson(holder).value(u"roles").toArray().first());
    }
    QJsonArray aliasArray;
    for (const QString &a : aliases)
        aliasArray.append(a);
    QList<std::optional<Correction>> changes{
        edits::editActor(d, m_actorId, QStringLiteral("name"), m_name->text().trimmed()),
        edits::editActor(d, m_actorId, QStringLiteral("name_en"), m_nameEn->text().trimmed()),
        edits::editActor(d, m_actorId, QStringLiteral("country"), m_country->currentText().trimmed().toUpper()),
        edits::editActor(d, m_actorId, QStringLiteral("aliases"), aliasArray),
        edits::editActor(d, m_actorId, QStringLiteral("roles"), roles),
        edits::verifyActor(d, m_actorId, m_verified->isChecked()),
        edits::noteActor(d, m_actorId, m_note->toPlainText()),
    };
    changes.removeIf([](const std::optional<Correction> &c) { return !c.has_value(); });
    if (changes.isEmpty())
        return 0;
    m_session.undoStack()->beginMacro(tr("Edit actor"));
    int made = 0;
    for (const auto &c : changes)
        made += m_session.apply(c) ? 1 : 0;
    m_session.undoStack()->endMacro();
    return made;
}

void ActorEditorDialog::accept()
{
    applyChanges();
    QDialog::accept();
}

} // namespace rasad
