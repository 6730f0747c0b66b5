#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace rasad {

class CurationSession;

/**
 * Edits one actor: names, English name, country, aliases, roles with dates, verification and a note;
 * and the structural edits: merge another actor into this one, split an alias off into a new actor,
 * delete a false actor. Each is recorded as a correction; the dialog's field edits form one undo step.
 */
class ActorEditorDialog : public QDialog
{
    Q_OBJECT
public:
    ActorEditorDialog(CurationSession &session, qint64 actorId, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *mergeCombo() const { return m_mergeWith; }
    /** Title, organisation, country, from, to; the dates typed as anywhere else (see parseTypedDate()). */
    QTableWidget *rolesTable() const { return m_roles; }
    /** Merges the actor chosen in mergeCombo() into this one (one undo step); false if nothing chosen. */
    bool mergeChosen();
    /** Splits the selected alias off into an actor of its own. */
    bool splitSelectedAlias();
    int applyChanges();
    void accept() override;

private:
    void fill();
    CurationSession &m_session;
    qint64 m_actorId;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QComboBox *m_country = nullptr;
    QListWidget *m_aliases = nullptr;
    QTableWidget *m_roles = nullptr;
    QComboBox *m_mergeWith = nullptr;
    QCheckBox *m_verified = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace rasad
