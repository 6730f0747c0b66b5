#pragma once

#include "pipeline/Ingestor.h"

#include <QDialog>

class QTreeWidget;

namespace rasad {

/** What an import did: every file imported, skipped (duplicate) or failed, with the reason. */
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    static QString summary(const ImportReport &report);

private:
    QTreeWidget *m_list;
};

} // namespace rasad
