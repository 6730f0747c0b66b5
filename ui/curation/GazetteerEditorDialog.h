#pragma once

#include "gazetteer/Gazetteer.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace rasad {

/**
 * The research team's shared knowledge, editable: people (names, aliases, roles with dates) and places, as
 * the bundled files and the user's files define them. Edits and imports go into one user file
 * (userGazetteerPath(userDirs)), which overrides bundled entries by id; the bundled files are never written.
 * The dialog knows no project: re-extraction is asked for with reextractRequested().
 */
class GazetteerEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class ExportScope { Everything, UserEntriesOnly };

    explicit GazetteerEditorDialog(QWidget *parent = nullptr,
                                   const QStringList &userDirs = Gazetteer::userDirectories());
    ~GazetteerEditorDialog() override;

    /** Checks the edited entries and writes them to the user file; false with lastError() when one is invalid. */
    bool save();
    /** Merges a colleague's gazetteer file into the user file (saving pending edits first); message in lastMessage().
     */
    bool importFile(const QString &path);
    /** Writes the whole effective gazetteer or only the user's entries to `path` (saving pending edits first). */
    bool exportFile(const QString &path, ExportScope scope);

    bool hasUnsavedChanges() const { return m_unsaved; }
    QString lastError() const { return m_lastError; }
    QString lastMessage() const { return m_lastMessage; }
    QString userFile() const { return m_userFile; }

    /** Shows the person (or place) with this id in its tab, clearing the filter if it hides it; false if unknown. */
    bool selectPerson(const QString &key);
    bool selectPlace(const QString &key);

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *personFilter() const { return m_personFilter; }
    QTableWidget *peopleTable() const { return m_peopleTable; }
    QListWidget *personAliases() const { return m_personAliases; }
    QTableWidget *personRoles() const { return m_personRoles; }
    QLineEdit *personId() const { return m_personId; }
    QLineEdit *personName() const { return m_personName; }
    QLineEdit *personNameEn() const { return m_personNameEn; }
    QComboBox *personCountry() const { return m_personCountry; }
    QTableWidget *placesTable() const { return m_placesTable; }
    QListWidget *placeAliases() const { return m_placeAliases; }

    /** Adds an empty person or place row, selected, for the user to fill in. */
    void addPerson();
    void addPlace();
    /** Removes the selected entry when it lives only in the user file; false with lastError() otherwise. */
    bool removeSelectedPerson();
    bool removeSelectedPlace();

    void reject() override;

Q_SIGNALS:
    /** The user asked to re-run extraction over the open project with the gazetteer as now saved. */
    void reextractRequested();
    /** The gazetteer files changed on disk (a save or an import). */
    void gazetteerChanged();

private:
    struct PersonRow
    {
        Actor person;
        PersonDetail detail;
        bool bundled = false;    // the bundled files define this id
        bool inUserFile = false; // the user file defines this id (as saved)
        bool edited = false;
    };
    struct PlaceRow
    {
        Place place;
        Provenance provenance;
        bool bundled = false;
        bool inUserFile = false;
        bool edited = false;
    };

    QWidget *buildPeopleTab();
    QWidget *buildPlacesTab();
    void reload();
    void fillPeopleTable();
    void fillPlacesTable();
    void showPerson(int index);
    void showPlace(int index);
    void commitPerson();
    void commitPlace();
    void updatePersonListRow(int index);
    void updatePlaceListRow(int index);
    void applyPersonFilter();
    void applyPlaceFilter();
    /** A clear message for the first invalid edited entry, selecting it; empty when all are valid. */
    QString firstProblem();
    QString describeOrigin(bool bundled, bool inUserFile) const;
    void markUnsaved();
    void setStatus(const QString &text, bool isError);
    void chooseImportFile();
    void chooseExportFile(ExportScope scope);
    void requestReextract();
    void saveFromButton();

    QStringList m_userDirs;
    QString m_userFile;
    Gazetteer m_bundled;
    Gazetteer m_effective;
    QList<PersonRow> m_people;
    QList<PlaceRow> m_places;
    QStringList m_removedPeople;
    QStringList m_removedPlaces;
    int m_currentPerson = -1;
    int m_currentPlace = -1;
    bool m_filling = false; // widgets are being filled from data: their change signals are not edits
    bool m_unsaved = false;
    QString m_lastError;
    QString m_lastMessage;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_personFilter = nullptr;
    QTableWidget *m_peopleTable = nullptr;
    QLineEdit *m_personId = nullptr;
    QLineEdit *m_personName = nullptr;
    QLineEdit *m_personNameEn = nullptr;
    QComboBox *m_personCountry = nullptr;
    QListWidget *m_personAliases = nullptr;
    QTableWidget *m_personRoles = nullptr;
    QLabel *m_personSources = nullptr;
    QWidget *m_personForm = nullptr;

    QLineEdit *m_placeFilter = nullptr;
    QTableWidget *m_placesTable = nullptr;
    QLineEdit *m_placeId = nullptr;
    QLineEdit *m_placeName = nullptr;
    QLineEdit *m_placeNameEn = nullptr;
    QComboBox *m_placeCountry = nullptr;
    QComboBox *m_placeKind = nullptr;
    QLineEdit *m_placeWithin = nullptr;
    QListWidget *m_placeAliases = nullptr;
    QWidget *m_placeForm = nullptr;

    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace rasad
