#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace rasad {

class CurationSession;
class DisplayFormat;
class FuzzyDateEditor;

/**
 * Edits one event: date (fuzzy), place, type, topics, participants, verification and a note.
 * Accepting records one correction per changed field, grouped as one undo step. The structural
 * edits act at once, each its own undo step: merge another event into this one, split a source off
 * into an event of its own, delete the event.
 */
class EventEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /** `format` names topics and countries in the interface language; null: guessed from the layout direction. */
    EventEditorDialog(CurationSession &session, qint64 eventId, QWidget *parent = nullptr,
                      const DisplayFormat *format = nullptr);

    FuzzyDateEditor *dateEditor() const { return m_date; }
    QLineEdit *locationEdit() const { return m_location; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *mergeCombo() const { return m_mergeWith; }
    QListWidget *sourceList() const { return m_sources; }
    /** Merges the event chosen in mergeCombo() into this one; false if nothing was chosen or it failed. */
    bool mergeChosen();
    /** Splits the source selected in sourceList() off into an event of its own. */
    bool splitSelectedSource();
    /** Deletes the event (after asking when `confirm`); closes the dialog on success. */
    bool deleteEvent(bool confirm = true);
    /** Records the changes; returns how many corrections were made. Called by accept(). */
    int applyChanges();

    void accept() override;

private:
    void addParticipant();
    void fillStructure();
    CurationSession &m_session;
    qint64 m_eventId;
    FuzzyDateEditor *m_date = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_type = nullptr;
    QListWidget *m_topics = nullptr;
    QListWidget *m_participants = nullptr;
    QComboBox *m_addActor = nullptr;
    QCheckBox *m_verified = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QListWidget *m_sources = nullptr;
    QComboBox *m_mergeWith = nullptr;
};

} // namespace rasad
