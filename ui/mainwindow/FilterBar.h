#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace rasad {

class DateField;
class ExplorerState;
class ProjectBackend;

/**
 * The filter bar: text (actor names and, through the full-text index, article text), country,
 * actor, type, topic and date range. Every active filter shows as a chip with a × that clears it.
 */
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    FilterBar(ExplorerState *state, ProjectBackend *backend, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    /** Applies the search text now instead of after the typing pause. */
    void applyText();
    /** Chip captions as shown, in order (tests read them). */
    QStringList chipTexts() const;
    void clearAll();

    QComboBox *countryBox() const { return m_country; }
    QComboBox *actorBox() const { return m_actor; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *topicBox() const { return m_topic; }
    /** The date range: typed whole (see DateField); a month typed in "from" starts on its first day, in "to" ends on
     * its last. */
    DateField *fromField() const { return m_from; }
    DateField *toField() const { return m_to; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void populate();
    void rebuildChips();
    void addChip(const QString &text, const std::function<void()> &clear);
    void onPicked(QComboBox *box);
    void onDates();
    void showFilterDates();

    ExplorerState *m_state;
    ProjectBackend *m_backend;
    QLineEdit *m_search;
    QComboBox *m_country;
    QComboBox *m_actor;
    QComboBox *m_type;
    QComboBox *m_topic;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    DateField *m_from;
    DateField *m_to;
    QToolButton *m_clear;
    QWidget *m_chipArea;
    QHBoxLayout *m_chipLayout;
    QLabel *m_count;
    QTimer *m_typingPause;
    QList<QToolButton *> m_chips;
};

} // namespace rasad
