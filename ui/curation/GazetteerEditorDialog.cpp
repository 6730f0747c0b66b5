#include "curation/GazetteerEditorDialog.h"

#include "gazetteer/UserGazetteer.h"
#include "text/ArabicNormalizer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rasad {

namespace {

enum ListColumn { NameColumn, NameEnColumn, CountryColumn, OriginColumn, ListColumns };
enum RoleColumn { TitleColumn, OrganisationColumn, RoleCountryColumn, FromColumn, ToColumn, RoleColumns };

const char *const kCountries[] = {"SY", "RU", "TR", "IR", "US", "IL", "SA", "AE", "QA", "JO",
                                  "LB", "IQ", "EG", "FR", "DE", "GB", "CN", "UA", "BY", "KZ"};

QComboBox *countryCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const char *code : kCountries)
        combo->addItem(QString::fromLatin1(code));
    return combo;
}

QString countryOf(const QComboBox *combo)
{
    return combo->currentText().trimmed().toUpper();
}

QStringList itemsOf(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        const QString text = list->item(i)->text().trimmed();
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

void fillList(QListWidget *list, const QStringList &items)
{
    list->clear();
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text, list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

/** Whether every word of the filter (as a matching key) occurs in one of the texts. */
bool matchesFilter(const QString &filter, const QStringList &texts)
{
    const QString key = matchingKey(filter).simplified().toLower();
    if (key.isEmpty())
        return true;
    for (const QString &text : texts)
        if (matchingKey(text).toLower().contains(key))
            return true;
    return false;
}

/** A file path kept left-to-right inside a right-to-left sentence (Unicode isolates). */
QString isolatedPath(const QString &path)
{
    return QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069);
}

/** A list button pair "Add…"/"Remove" under a list or table. */
QHBoxLayout *buttonRow(QPushButton *add, QPushButton *remove)
{
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    return row;
}

/** A read-only list of entries, one row each, names stretched. */
QTableWidget *entryList(QWidget *page, const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), page);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

/** The filter box over the list, with add and remove under it. */
QWidget *entryListSide(QWidget *page, QLineEdit *filter, QTableWidget *table, QPushButton *add, QPushButton *remove)
{
    filter->setClearButtonEnabled(true);
    auto *side = new QWidget(page);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filter);
    layout->addWidget(table, 1);
    layout->addLayout(buttonRow(add, remove));
    return side;
}

} // namespace

GazetteerEditorDialog::GazetteerEditorDialog(QWidget *parent, const QStringList &userDirs)
    : QDialog(parent), m_userDirs(userDirs), m_userFile(userGazetteerPath(userDirs)), m_tabs(new QTabWidget(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Gazetteer"));
    setObjectName(QStringLiteral("gazetteerEditor"));
    resize(1100, 680);

    m_tabs->addTab(buildPeopleTab(), tr("People"));
    m_tabs->addTab(buildPlacesTab(), tr("Places"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setToolTip(tr("Add the people and places of a colleague's gazetteer file to yours"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("The whole gazetteer…"), this, [this] { chooseExportFile(ExportScope::Everything); });
    exportMenu->addAction(tr("Only my additions and changes…"), this,
                          [this] { chooseExportFile(ExportScope::UserEntriesOnly); });
    exportButton->setMenu(exportMenu);
    auto *reextractButton = new QPushButton(tr("Re-extract the project with this gazetteer"), this);
    reextractButton->setToolTip(
        tr("Saves your changes, then finds people, places and meetings in every article again"));
    connect(importButton, &QPushButton::clicked, this, &GazetteerEditorDialog::chooseImportFile);
    connect(reextractButton, &QPushButton::clicked, this, &GazetteerEditorDialog::requestReextract);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, &GazetteerEditorDialog::saveFromButton);
    connect(buttons, &QDialogButtonBox::rejected, this, &GazetteerEditorDialog::reject);

    auto *actions = new QHBoxLayout;
    actions->addWidget(importButton);
    actions->addWidget(exportButton);
    actions->addWidget(reextractButton);
    actions->addStretch();
    actions->addWidget(buttons);

    auto *where = new QLabel(tr("Your changes are saved in %1; the files that come with Rasad are never changed.")
                                 .arg(isolatedPath(m_userFile)),
                             this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(where);
    layout->addWidget(m_status);
    layout->addLayout(actions);

    reload();
}

GazetteerEditorDialog::~GazetteerEditorDialog()
{
    // An open cell editor commits when ~QDialog hides the window, after this object's members are gone.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

QWidget *GazetteerEditorDialog::buildPeopleTab()
{
    auto *page = new QWidget(this);
    m_personFilter = new QLineEdit(page);
    m_personFilter->setPlaceholderText(tr("Find a person by name, alias or English name"));
    m_peopleTable = entryList(page, QStringLiteral("peopleTable"),
                              {tr("Arabic name"), tr("English name"), tr("Country"), tr("Origin")});
    m_peopleTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_peopleTable->horizontalHeader()->setSectionResizeMode(NameEnColumn, QHeaderView::Stretch);
    auto *addPersonButton = new QPushButton(tr("Add person"), page);
    auto *removePersonButton = new QPushButton(tr("Remove person"), page);
    QWidget *listSide = entryListSide(page, m_personFilter, m_peopleTable, addPersonButton, removePersonButton);

    m_personForm = new QWidget(page);
    m_personId = new QLineEdit(m_personForm);
    m_personId->setToolTip(tr("A stable id in lower-case Latin letters, digits, '-' or '_'; projects refer to it"));
    m_personName = new QLineEdit(m_personForm);
    m_personNameEn = new QLineEdit(m_personForm);
    m_personCountry = countryCombo(m_personForm);
    m_personAliases = new QListWidget(m_personForm);
    m_personAliases->setMaximumHeight(130);
    m_personRoles = new QTableWidget(0, RoleColumns, m_personForm);
    m_personRoles->setHorizontalHeaderLabels({tr("Title"), tr("Organisation"), tr("Country"), tr("From"), tr("To")});
    m_personRoles->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_personRoles->verticalHeader()->hide();
    m_personRoles->setToolTip(tr("Dates as YYYY, YYYY-MM or YYYY-MM-DD; leave “To” empty while still in office"));
    m_personSources = new QLabel(m_personForm);
    m_personSources->setWordWrap(true);
    m_personSources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *addAlias = new QPushButton(tr("Add alias"), m_personForm);
    auto *removeAlias = new QPushButton(tr("Remove alias"), m_personForm);
    auto *addRole = new QPushButton(tr("Add role"), m_personForm);
    auto *removeRole = new QPushButton(tr("Remove role"), m_personForm);

    auto *aliasBox = new QVBoxLayout;
    aliasBox->addWidget(m_personAliases);
    aliasBox->addLayout(buttonRow(addAlias, removeAlias));
    auto *roleBox = new QVBoxLayout;
    roleBox->addWidget(m_personRoles);
    roleBox->addLayout(buttonRow(addRole, removeRole));
    auto *form = new QFormLayout(m_personForm);
    form->addRow(tr("Id"), m_personId);
    form->addRow(tr("Arabic name"), m_personName);
    form->addRow(tr("English name"), m_personNameEn);
    form->addRow(tr("Country"), m_personCountry);
    form->addRow(tr("Aliases"), aliasBox);
    form->addRow(tr("Roles"), roleBox);
    form->addRow(tr("Sources"), m_personSources);

    auto *splitter = new QSplitter(page);
    splitter->addWidget(listSide);
    splitter->addWidget(m_personForm);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    connect(m_personFilter, &QLineEdit::textChanged, this, &GazetteerEditorDialog::applyPersonFilter);
    connect(m_peopleTable, &QTableWidget::currentCellChanged, this, [this](int row) { showPerson(row); });
    connect(addPersonButton, &QPushButton::clicked, this, &GazetteerEditorDialog::addPerson);
    connect(removePersonButton, &QPushButton::clicked, this, [this] {
        if (!removeSelectedPerson())
            QMessageBox::information(this, tr("Remove person"), m_lastError);
    });
    for (QLineEdit *edit : {m_personId, m_personName, m_personNameEn})
        connect(edit, &QLineEdit::textEdited, this, &GazetteerEditorDialog::commitPerson);
    connect(m_personCountry, &QComboBox::currentTextChanged, this, &GazetteerEditorDialog::commitPerson);
    connect(m_personAliases, &QListWidget::itemChanged, this, &GazetteerEditorDialog::commitPerson);
    connect(m_personRoles, &QTableWidget::itemChanged, this, &GazetteerEditorDialog::commitPerson);
    connect(addAlias, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(m_personAliases);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_personAliases->setCurrentItem(item);
        m_personAliases->editItem(item);
    });
    connect(removeAlias, &QPushButton::clicked, this, [this] {
        delete m_personAliases->currentItem();
        commitPerson();
    });
    connect(addRole, &QPushButton::clicked, this, [this] {
        const int row = m_personRoles->rowCount();
        m_filling = true;
        m_personRoles->insertRow(row);
        auto *title = new QTableWidgetItem;
        title->setData(Qt::UserRole, -1); // no role of the entry behind it yet
        m_personRoles->setItem(row, TitleColumn, title);
        m_personRoles->setItem(row, RoleCountryColumn, new QTableWidgetItem(countryOf(m_personCountry)));
        m_filling = false;
        m_personRoles->setCurrentCell(row, TitleColumn);
        m_personRoles->editItem(title);
    });
    connect(removeRole, &QPushButton::clicked, this, [this] {
        if (m_personRoles->currentRow() < 0)
            return;
        m_personRoles->removeRow(m_personRoles->currentRow());
        commitPerson();
    });
    return page;
}

QWidget *GazetteerEditorDialog::buildPlacesTab()
{
    auto *page = new QWidget(this);
    m_placeFilter = new QLineEdit(page);
    m_placeFilter->setPlaceholderText(tr("Find a place"));
    m_placesTable =
        entryList(page, QStringLiteral("placesTable"), {tr("Name"), tr("English name"), tr("Country"), tr("Origin")});
    m_placesTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_placesTable->horizontalHeader()->setSectionResizeMode(NameEnColumn, QHeaderView::Stretch);
    auto *addPlaceButton = new QPushButton(tr("Add place"), page);
    auto *removePlaceButton = new QPushButton(tr("Remove place"), page);
    QWidget *listSide = entryListSide(page, m_placeFilter, m_placesTable, addPlaceButton, removePlaceButton);

    m_placeForm = new QWidget(page);
    m_placeId = new QLineEdit(m_placeForm);
    m_placeId->setToolTip(m_personId->toolTip());
    m_placeName = new QLineEdit(m_placeForm);
    m_placeNameEn = new QLineEdit(m_placeForm);
    m_placeCountry = countryCombo(m_placeForm);
    m_placeKind = new QComboBox(m_placeForm);
    const QStringList kindNames{tr("capital"), tr("city"),    tr("base"), tr("building"),
                                tr("region"),  tr("country"), tr("port"), tr("airport")};
    for (int i = 0; i < Gazetteer::placeKinds().size(); ++i)
        m_placeKind->addItem(i < kindNames.size() ? kindNames.at(i) : Gazetteer::placeKinds().at(i),
                             Gazetteer::placeKinds().at(i));
    m_placeWithin = new QLineEdit(m_placeForm);
    m_placeWithin->setToolTip(tr("The id of the place this one lies in (the Kremlin lies in moscow); may be empty"));
    m_placeAliases = new QListWidget(m_placeForm);
    auto *addAlias = new QPushButton(tr("Add alias"), m_placeForm);
    auto *removeAlias = new QPushButton(tr("Remove alias"), m_placeForm);
    auto *aliasBox = new QVBoxLayout;
    aliasBox->addWidget(m_placeAliases);
    aliasBox->addLayout(buttonRow(addAlias, removeAlias));
    auto *form = new QFormLayout(m_placeForm);
    form->addRow(tr("Id"), m_placeId);
    form->addRow(tr("Name"), m_placeName);
    form->addRow(tr("English name"), m_placeNameEn);
    form->addRow(tr("Country"), m_placeCountry);
    form->addRow(tr("Kind"), m_placeKind);
    form->addRow(tr("Lies in"), m_placeWithin);
    form->addRow(tr("Aliases"), aliasBox);

    auto *splitter = new QSplitter(page);
    splitter->addWidget(listSide);
    splitter->addWidget(m_placeForm);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    connect(m_placeFilter, &QLineEdit::textChanged, this, &GazetteerEditorDialog::applyPlaceFilter);
    connect(m_placesTable, &QTableWidget::currentCellChanged, this, [this](int row) { showPlace(row); });
    connect(addPlaceButton, &QPushButton::clicked, this, &GazetteerEditorDialog::addPlace);
    connect(removePlaceButton, &QPushButton::clicked, this, [this] {
        if (!removeSelectedPlace())
            QMessageBox::information(this, tr("Remove place"), m_lastError);
    });
    for (QLineEdit *edit : {m_placeId, m_placeName, m_placeNameEn, m_placeWithin})
        connect(edit, &QLineEdit::textEdited, this, &GazetteerEditorDialog::commitPlace);
    connect(m_placeCountry, &QComboBox::currentTextChanged, this, &GazetteerEditorDialog::commitPlace);
    connect(m_placeKind, &QComboBox::currentIndexChanged, this, &GazetteerEditorDialog::commitPlace);
    connect(m_placeAliases, &QListWidget::itemChanged, this, &GazetteerEditorDialog::commitPlace);
    connect(addAlias, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(m_placeAliases);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_placeAliases->setCurrentItem(item);
        m_placeAliases->editItem(item);
    });
    connect(removeAlias, &QPushButton::clicked, this, [this] {
        delete m_placeAliases->currentItem();
        commitPlace();
    });
    return page;
}

void GazetteerEditorDialog::reload()
{
    QStringList warnings;
    m_bundled = Gazetteer::load({}, nullptr);
    m_effective = Gazetteer::load(m_userDirs, &warnings);
    QString error;
    const std::optional<Gazetteer> user = readUserGazetteer(m_userFile, &error);
    if (!user)
        warnings.append(error);

    m_people.clear();
    for (const Actor &a : m_effective.people()) {
        PersonRow row;
        row.person = a;
        row.detail = *m_effective.personDetail(a.key);
        row.bundled = m_bundled.personByKey(a.key) != nullptr;
        row.inUserFile = user && user->personByKey(a.key);
        m_people.append(row);
    }
    m_places.clear();
    for (const Place &p : m_effective.places()) {
        PlaceRow row;
        row.place = p;
        row.provenance = *m_effective.placeProvenance(p.key);
        row.bundled = m_bundled.placeByKey(p.key) != nullptr;
        row.inUserFile = user && user->placeByKey(p.key);
        m_places.append(row);
    }
    m_removedPeople.clear();
    m_removedPlaces.clear();
    m_currentPerson = -1;
    m_currentPlace = -1;
    fillPeopleTable();
    fillPlacesTable();
    m_unsaved = false;
    m_saveButton->setEnabled(false);
    if (!warnings.isEmpty())
        setStatus(tr("Some gazetteer files have problems and were skipped:") + u'\n' + warnings.join(u'\n'), true);
}

QString GazetteerEditorDialog::describeOrigin(bool bundled, bool inUserFile) const
{
    if (bundled && inUserFile)
        return tr("changed by you");
    if (inUserFile)
        return tr("added by you");
    return bundled ? tr("bundled") : tr("another file");
}

void GazetteerEditorDialog::fillPeopleTable()
{
    m_filling = true;
    m_peopleTable->setRowCount(int(m_people.size()));
    for (int i = 0; i < m_people.size(); ++i)
        updatePersonListRow(i);
    m_filling = false;
    applyPersonFilter();
    showPerson(m_people.isEmpty() ? -1 : 0);
    m_peopleTable->setCurrentCell(m_people.isEmpty() ? -1 : 0, NameColumn);
}

void GazetteerEditorDialog::fillPlacesTable()
{
    m_filling = true;
    m_placesTable->setRowCount(int(m_places.size()));
    for (int i = 0; i < m_places.size(); ++i)
        updatePlaceListRow(i);
    m_filling = false;
    applyPlaceFilter();
    showPlace(m_places.isEmpty() ? -1 : 0);
    m_placesTable->setCurrentCell(m_places.isEmpty() ? -1 : 0, NameColumn);
}

void GazetteerEditorDialog::updatePersonListRow(int index)
{
    const PersonRow &row = m_people.at(index);
    QString origin = describeOrigin(row.bundled, row.inUserFile);
    if (row.edited)
        origin = tr("edited, not saved");
    const QStringList texts{row.person.name, row.person.nameEn, row.person.country, origin};
    for (int column = 0; column < ListColumns; ++column) {
        QTableWidgetItem *item = m_peopleTable->item(index, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_peopleTable->setItem(index, column, item);
        }
        item->setText(texts.at(column));
    }
}

void GazetteerEditorDialog::updatePlaceListRow(int index)
{
    const PlaceRow &row = m_places.at(index);
    QString origin = describeOrigin(row.bundled, row.inUserFile);
    if (row.edited)
        origin = tr("edited, not saved");
    const QStringList texts{row.place.name, row.place.nameEn, row.place.country, origin};
    for (int column = 0; column < ListColumns; ++column) {
        QTableWidgetItem *item = m_placesTable->item(index, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_placesTable->setItem(index, column, item);
        }
        item->setText(texts.at(column));
    }
}

void GazetteerEditorDialog::applyPersonFilter()
{
    const QString filter = m_personFilter->text();
    for (int i = 0; i < m_people.size(); ++i) {
        const Actor &a = m_people.at(i).person;
        m_peopleTable->setRowHidden(i, !matchesFilter(filter, QStringList{a.name, a.nameEn, a.key} + a.aliases));
    }
}

void GazetteerEditorDialog::applyPlaceFilter()
{
    const QString filter = m_placeFilter->text();
    for (int i = 0; i < m_places.size(); ++i) {
        const Place &p = m_places.at(i).place;
        m_placesTable->setRowHidden(i, !matchesFilter(filter, QStringList{p.name, p.nameEn, p.key} + p.aliases));
    }
}

void GazetteerEditorDialog::showPerson(int index)
{
    m_currentPerson = index >= 0 && index < m_people.size() ? index : -1;
    m_personForm->setEnabled(m_currentPerson >= 0);
    const PersonRow row = m_currentPerson >= 0 ? m_people.at(m_currentPerson) : PersonRow{};
    m_filling = true;
    m_personId->setText(row.person.key);
    // The id is what projects refer to: fixed once the entry exists in a file.
    m_personId->setReadOnly(row.bundled || row.inUserFile);
    m_personName->setText(row.person.name);
    m_personNameEn->setText(row.person.nameEn);
    m_personCountry->setCurrentText(row.person.country);
    fillList(m_personAliases, row.person.aliases);
    m_personRoles->setRowCount(int(row.person.roles.size()));
    for (int r = 0; r < row.person.roles.size(); ++r) {
        const Role &role = row.person.roles.at(r);
        const RoleDetail detail = r < row.detail.roles.size() ? row.detail.roles.at(r) : RoleDetail{};
        const QString from = detail.fromText.isEmpty() ? role.from.toString(Qt::ISODate) : detail.fromText;
        const QString to = detail.toText.isEmpty() ? role.to.toString(Qt::ISODate) : detail.toText;
        const QStringList texts{role.title, role.organisation, role.country, from, to};
        for (int column = 0; column < RoleColumns; ++column)
            m_personRoles->setItem(r, column, new QTableWidgetItem(texts.at(column)));
        m_personRoles->item(r, TitleColumn)->setData(Qt::UserRole, r);
    }
    QStringList citations;
    for (const QString &key : std::as_const(row.detail.provenance.sources))
        citations.append(m_effective.sources().value(key, key));
    m_personSources->setText(citations.isEmpty() ? tr("none given") : citations.join(u'\n'));
    m_filling = false;
}

void GazetteerEditorDialog::showPlace(int index)
{
    m_currentPlace = index >= 0 && index < m_places.size() ? index : -1;
    m_placeForm->setEnabled(m_currentPlace >= 0);
    const PlaceRow row = m_currentPlace >= 0 ? m_places.at(m_currentPlace) : PlaceRow{};
    m_filling = true;
    m_placeId->setText(row.place.key);
    m_placeId->setReadOnly(row.bundled || row.inUserFile);
    m_placeName->setText(row.place.name);
    m_placeNameEn->setText(row.place.nameEn);
    m_placeCountry->setCurrentText(row.place.country);
    const int kind = m_placeKind->findData(row.place.kind);
    m_placeKind->setCurrentIndex(kind >= 0 ? kind : 0);
    m_placeWithin->setText(row.place.within);
    fillList(m_placeAliases, row.place.aliases);
    m_filling = false;
}

void GazetteerEditorDialog::commitPerson()
{
    if (m_filling || m_currentPerson < 0)
        return;
    PersonRow &row = m_people[m_currentPerson];
    const QList<Role> oldRoles = row.person.roles;
    const QList<RoleDetail> oldDetails = row.detail.roles;
    row.person.key = m_personId->text().trimmed();
    row.person.name = m_personName->text().trimmed();
    row.person.nameEn = m_personNameEn->text().trimmed();
    row.person.country = countryOf(m_personCountry);
    row.person.aliases = itemsOf(m_personAliases);
    row.person.roles.clear();
    row.detail.roles.clear();
    m_filling = true;
    for (int r = 0; r < m_personRoles->rowCount(); ++r) {
        // Keep what the table does not show (English title, sources) from the role this row came from.
        QTableWidgetItem *titleItem = m_personRoles->item(r, TitleColumn);
        const int origin = titleItem ? titleItem->data(Qt::UserRole).toInt() : -1;
        const bool known =
            titleItem && titleItem->data(Qt::UserRole).isValid() && origin >= 0 && origin < oldRoles.size();
        Role role = known ? oldRoles.at(origin) : Role{};
        RoleDetail detail = known && origin < oldDetails.size() ? oldDetails.at(origin) : RoleDetail{};
        role.title = cellText(m_personRoles, r, TitleColumn);
        role.organisation = cellText(m_personRoles, r, OrganisationColumn);
        role.country = cellText(m_personRoles, r, RoleCountryColumn).toUpper();
        const QString from = cellText(m_personRoles, r, FromColumn);
        const QString to = cellText(m_personRoles, r, ToColumn);
        if (!Gazetteer::setRoleDates(role, detail, from, to)) {
            // Kept as typed; save() refuses it with a message saying what is wrong.
            detail.fromText = from;
            detail.toText = to;
        }
        row.person.roles.append(role);
        row.detail.roles.append(detail);
        if (titleItem)
            titleItem->setData(Qt::UserRole, r);
    }
    m_filling = false;
    row.edited = true;
    updatePersonListRow(m_currentPerson);
    markUnsaved();
}

void GazetteerEditorDialog::commitPlace()
{
    if (m_filling || m_currentPlace < 0)
        return;
    PlaceRow &row = m_places[m_currentPlace];
    row.place.key = m_placeId->text().trimmed();
    row.place.name = m_placeName->text().trimmed();
    row.place.nameEn = m_placeNameEn->text().trimmed();
    row.place.country = countryOf(m_placeCountry);
    row.place.kind = m_placeKind->currentData().toString();
    row.place.within = m_placeWithin->text().trimmed();
    row.place.aliases = itemsOf(m_placeAliases);
    row.edited = true;
    updatePlaceListRow(m_currentPlace);
    markUnsaved();
}

void GazetteerEditorDialog::markUnsaved()
{
    m_unsaved = true;
    m_saveButton->setEnabled(true);
}

void GazetteerEditorDialog::addPerson()
{
    PersonRow row;
    row.person.kind = ActorKind::Person;
    row.person.country = QStringLiteral("SY");
    row.edited = true;
    m_people.append(row);
    const int index = int(m_people.size()) - 1;
    m_filling = true;
    m_peopleTable->setRowCount(int(m_people.size()));
    updatePersonListRow(index);
    m_filling = false;
    m_personFilter->clear();
    m_tabs->setCurrentIndex(0);
    m_peopleTable->setCurrentCell(index, NameColumn);
    m_personName->setFocus();
    markUnsaved();
}

void GazetteerEditorDialog::addPlace()
{
    PlaceRow row;
    row.place.country = QStringLiteral("SY");
    row.place.kind = QStringLiteral("city");
    row.edited = true;
    m_places.append(row);
    const int index = int(m_places.size()) - 1;
    m_filling = true;
    m_placesTable->setRowCount(int(m_places.size()));
    updatePlaceListRow(index);
    m_filling = false;
    m_placeFilter->clear();
    m_tabs->setCurrentIndex(1);
    m_placesTable->setCurrentCell(index, NameColumn);
    m_placeName->setFocus();
    markUnsaved();
}

bool GazetteerEditorDialog::removeSelectedPerson()
{
    if (m_currentPerson < 0) {
        m_lastError = tr("Select a person first.");
        return false;
    }
    const PersonRow &row = m_people.at(m_currentPerson);
    if (row.bundled || (!row.inUserFile && !row.person.key.isEmpty() && m_effective.personByKey(row.person.key))) {
        // The user file can override an entry but not delete one that another file defines.
        m_lastError = tr("“%1” comes with Rasad or from another gazetteer file; you can change it but not remove it.")
                          .arg(row.person.name);
        return false;
    }
    if (row.inUserFile)
        m_removedPeople.append(row.person.key);
    const int index = m_currentPerson;
    m_people.removeAt(index);
    m_currentPerson = -1;
    m_peopleTable->removeRow(index);
    showPerson(m_peopleTable->currentRow());
    markUnsaved();
    return true;
}

bool GazetteerEditorDialog::removeSelectedPlace()
{
    if (m_currentPlace < 0) {
        m_lastError = tr("Select a place first.");
        return false;
    }
    const PlaceRow &row = m_places.at(m_currentPlace);
    if (row.bundled || (!row.inUserFile && !row.place.key.isEmpty() && m_effective.placeByKey(row.place.key))) {
        m_lastError = tr("“%1” comes with Rasad or from another gazetteer file; you can change it but not remove it.")
                          .arg(row.place.name);
        return false;
    }
    if (row.inUserFile)
        m_removedPlaces.append(row.place.key);
    const int index = m_currentPlace;
    m_places.removeAt(index);
    m_currentPlace = -1;
    m_placesTable->removeRow(index);
    showPlace(m_placesTable->currentRow());
    markUnsaved();
    return true;
}

bool GazetteerEditorDialog::selectPerson(const QString &key)
{
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).person.key != key)
            continue;
        if (m_peopleTable->isRowHidden(i))
            m_personFilter->clear();
        m_tabs->setCurrentIndex(0);
        m_peopleTable->setCurrentCell(i, NameColumn);
        m_peopleTable->scrollToItem(m_peopleTable->item(i, NameColumn), QAbstractItemView::PositionAtCenter);
        return true;
    }
    return false;
}

bool GazetteerEditorDialog::selectPlace(const QString &key)
{
    for (int i = 0; i < m_places.size(); ++i) {
        if (m_places.at(i).place.key != key)
            continue;
        if (m_placesTable->isRowHidden(i))
            m_placeFilter->clear();
        m_tabs->setCurrentIndex(1);
        m_placesTable->setCurrentCell(i, NameColumn);
        m_placesTable->scrollToItem(m_placesTable->item(i, NameColumn), QAbstractItemView::PositionAtCenter);
        return true;
    }
    return false;
}

QString GazetteerEditorDialog::firstProblem()
{
    const auto datesInOrder = [](const RoleDetail &detail) {
        Role role;
        RoleDetail scratch;
        return Gazetteer::setRoleDates(role, scratch, detail.fromText, detail.toText);
    };
    QSet<QString> personIds;
    for (int i = 0; i < m_people.size(); ++i) {
        const PersonRow &row = m_people.at(i);
        const Actor &a = row.person;
        const QString who = a.name.isEmpty() ? (a.key.isEmpty() ? tr("A new person") : a.key) : a.name;
        QString problem;
        if (a.key.isEmpty())
            problem = tr("%1: give an id (for example “ru-deputy-minister”).").arg(who);
        else if (!Gazetteer::isValidId(a.key))
            problem =
                tr("%1: the id “%2” may hold only lower-case Latin letters, digits, '-' and '_'.").arg(who, a.key);
        else if (personIds.contains(a.key))
            problem = tr("%1: the id “%2” is already used by another person.").arg(who, a.key);
        else if (a.name.isEmpty())
            problem = tr("%1: the Arabic name is empty.").arg(who);
        else if (!Gazetteer::isCountryCode(a.country))
            problem =
                tr("%1: “%2” is not a known country code (two capital letters, e.g. SY or RU).").arg(who, a.country);
        for (int r = 0; problem.isEmpty() && r < a.roles.size(); ++r) {
            const Role &role = a.roles.at(r);
            const RoleDetail detail = r < row.detail.roles.size() ? row.detail.roles.at(r) : RoleDetail{};
            const QString which = tr("%1, role %2").arg(who).arg(r + 1);
            if (role.title.isEmpty())
                problem = tr("%1: the title is empty.").arg(which);
            else if (!Gazetteer::isCountryCode(role.country))
                problem = tr("%1: “%2” is not a known country code (two capital letters, e.g. SY or RU).")
                              .arg(which, role.country);
            else if (!detail.fromText.isEmpty() && !Gazetteer::dateSpan(detail.fromText))
                problem = tr("%1: “%2” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.").arg(which, detail.fromText);
            else if (!detail.toText.isEmpty() && !Gazetteer::dateSpan(detail.toText))
                problem = tr("%1: “%2” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.").arg(which, detail.toText);
            else if (!datesInOrder(detail))
                problem =
                    tr("%1: the start date %2 is after the end date %3.").arg(which, detail.fromText, detail.toText);
        }
        personIds.insert(a.key);
        if (!problem.isEmpty()) {
            m_tabs->setCurrentIndex(0);
            m_personFilter->clear();
            m_peopleTable->setCurrentCell(i, NameColumn);
            return problem;
        }
    }
    QSet<QString> placeIds;
    for (int i = 0; i < m_places.size(); ++i) {
        const Place &p = m_places.at(i).place;
        const QString what = p.name.isEmpty() ? (p.key.isEmpty() ? tr("A new place") : p.key) : p.name;
        QString problem;
        if (p.key.isEmpty())
            problem = tr("%1: give an id (for example “latakia”).").arg(what);
        else if (!Gazetteer::isValidId(p.key))
            problem =
                tr("%1: the id “%2” may hold only lower-case Latin letters, digits, '-' and '_'.").arg(what, p.key);
        else if (placeIds.contains(p.key))
            problem = tr("%1: the id “%2” is already used by another place.").arg(what, p.key);
        else if (p.name.isEmpty())
            problem = tr("%1: the name is empty.").arg(what);
        else if (!Gazetteer::isCountryCode(p.country))
            problem =
                tr("%1: “%2” is not a known country code (two capital letters, e.g. SY or RU).").arg(what, p.country);
        else if (!p.within.isEmpty() && !Gazetteer::isValidId(p.within))
            problem = tr("%1: “lies in” must be the id of another place, not “%2”.").arg(what, p.within);
        placeIds.insert(p.key);
        if (!problem.isEmpty()) {
            m_tabs->setCurrentIndex(1);
            m_placeFilter->clear();
            m_placesTable->setCurrentCell(i, NameColumn);
            return problem;
        }
    }
    return {};
}

bool GazetteerEditorDialog::save()
{
    m_lastError.clear();
    if (!m_unsaved)
        return true;
    const QString problem = firstProblem();
    if (!problem.isEmpty()) {
        m_lastError = problem;
        setStatus(problem, true);
        return false;
    }
    QString error;
    std::optional<Gazetteer> user = readUserGazetteer(m_userFile, &error);
    if (!user) {
        m_lastError = tr("Your gazetteer file cannot be read, so nothing was saved:") + u'\n' + error;
        setStatus(m_lastError, true);
        return false;
    }
    // An entry edited back to what Rasad ships leaves the user file, so later bundled updates reach it.
    int written = 0;
    const auto citeInto = [this, &user](const Provenance &provenance) {
        for (const QString &key : provenance.sources)
            user->setSource(key, m_effective.sources().value(key));
    };
    for (const PersonRow &row : std::as_const(m_people)) {
        if (!row.edited)
            continue;
        Gazetteer single;
        single.setPerson(row.person, row.detail);
        if (row.bundled && single.changesFrom(m_bundled).people().isEmpty()) {
            user->removePerson(row.person.key);
        } else {
            user->setPerson(row.person, row.detail);
            citeInto(row.detail.provenance);
            for (const RoleDetail &role : row.detail.roles)
                citeInto(role.provenance);
        }
        ++written;
    }
    for (const PlaceRow &row : std::as_const(m_places)) {
        if (!row.edited)
            continue;
        Gazetteer single;
        single.setPlace(row.place, row.provenance);
        if (row.bundled && single.changesFrom(m_bundled).places().isEmpty()) {
            user->removePlace(row.place.key);
        } else {
            user->setPlace(row.place, row.provenance);
            citeInto(row.provenance);
        }
        ++written;
    }
    for (const QString &key : std::as_const(m_removedPeople))
        written += user->removePerson(key) ? 1 : 0;
    for (const QString &key : std::as_const(m_removedPlaces))
        written += user->removePlace(key) ? 1 : 0;

    // Read back what would be written with the same rules every load uses: never save a file Rasad would skip.
    if (!Gazetteer::fromJson(user->toJson(), m_userFile, &error) || !writeGazetteerFile(*user, m_userFile, &error)) {
        m_lastError = tr("Nothing was saved:") + u'\n' + error;
        setStatus(m_lastError, true);
        return false;
    }
    const QString keepPerson = m_currentPerson >= 0 ? m_people.at(m_currentPerson).person.key : QString();
    const QString keepPlace = m_currentPlace >= 0 ? m_places.at(m_currentPlace).place.key : QString();
    const QString personFilter = m_personFilter->text();
    const QString placeFilter = m_placeFilter->text();
    const int tab = m_tabs->currentIndex();
    reload();
    m_personFilter->setText(personFilter);
    m_placeFilter->setText(placeFilter);
    selectPerson(keepPerson);
    selectPlace(keepPlace);
    m_tabs->setCurrentIndex(tab);
    m_lastMessage = tr("Saved to %1; entries changed: %2.").arg(isolatedPath(m_userFile)).arg(written);
    setStatus(m_lastMessage, false);
    Q_EMIT gazetteerChanged();
    return true;
}

bool GazetteerEditorDialog::importFile(const QString &path)
{
    m_lastError.clear();
    if (!save())
        return false;
    QString error;
    const std::optional<GazetteerImportSummary> summary = importGazetteerFile(path, m_userDirs, &error);
    if (!summary) {
        m_lastError = tr("%1 was not imported:").arg(isolatedPath(QFileInfo(path).fileName())) + u'\n' + error;
        setStatus(m_lastError, true);
        return false;
    }
    reload();
    m_lastMessage = tr("Imported %1: people %2 added, %3 changed; places %4 added, %5 changed; "
                       "organisations %6 added, %7 changed.")
                        .arg(isolatedPath(QFileInfo(path).fileName()))
                        .arg(summary->peopleAdded)
                        .arg(summary->peopleChanged)
                        .arg(summary->placesAdded)
                        .arg(summary->placesChanged)
                        .arg(summary->organisationsAdded)
                        .arg(summary->organisationsChanged);
    if (!summary->problems.isEmpty())
        m_lastMessage += u'\n' + tr("Problems to check:") + u'\n' + summary->problems.join(u'\n');
    setStatus(m_lastMessage, !summary->problems.isEmpty());
    Q_EMIT gazetteerChanged();
    return true;
}

bool GazetteerEditorDialog::exportFile(const QString &path, ExportScope scope)
{
    m_lastError.clear();
    if (!save())
        return false;
    const Gazetteer gazetteer =
        scope == ExportScope::Everything ? Gazetteer::load(m_userDirs, nullptr) : userEntries(m_userDirs);
    QString error;
    if (!writeGazetteerFile(gazetteer, path, &error)) {
        m_lastError = error;
        setStatus(error, true);
        return false;
    }
    m_lastMessage = tr("Exported %1 people and %2 places to %3.")
                        .arg(gazetteer.people().size())
                        .arg(gazetteer.places().size())
                        .arg(isolatedPath(path));
    setStatus(m_lastMessage, false);
    return true;
}

void GazetteerEditorDialog::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #b3261e;") : QString());
}

void GazetteerEditorDialog::saveFromButton()
{
    if (!save())
        QMessageBox::warning(this, tr("Gazetteer not saved"), m_lastError);
}

void GazetteerEditorDialog::chooseImportFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a gazetteer"), QString(), tr("Gazetteer files (*.json)"));
    if (path.isEmpty())
        return;
    if (importFile(path))
        QMessageBox::information(this, tr("Gazetteer imported"), m_lastMessage);
    else
        QMessageBox::warning(this, tr("Gazetteer not imported"), m_lastError);
}

void GazetteerEditorDialog::chooseExportFile(ExportScope scope)
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        (scope == ExportScope::Everything ? QStringLiteral("/gazetteer.json") : QStringLiteral("/my-gazetteer.json"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the gazetteer"), suggested, tr("Gazetteer files (*.json)"));
    if (path.isEmpty())
        return;
    if (!exportFile(path, scope))
        QMessageBox::warning(this, tr("Gazetteer not exported"), m_lastError);
}

void GazetteerEditorDialog::requestReextract()
{
    if (!save()) {
        QMessageBox::warning(this, tr("Gazetteer not saved"), m_lastError);
        return;
    }
    Q_EMIT reextractRequested();
}

void GazetteerEditorDialog::reject()
{
    if (m_unsaved) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved changes"), tr("Save your changes to the gazetteer before closing?"),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save()) {
            QMessageBox::warning(this, tr("Gazetteer not saved"), m_lastError);
            return;
        }
    }
    QDialog::reject();
}

} // namespace rasad
