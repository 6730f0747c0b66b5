#pragma once

#include "common/DisplayFormat.h"
#include "pipeline/Ingestor.h"

#include <QDialog>

class QTreeWidget;

namespace rasad {

/** What an import did: every file imported, skipped (duplicate) or failed, with the reason. */
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr,
                       const DisplayFormat &format = DisplayFormat());
    QTreeWidget *list() const { return m_list; }
    /** The counts line (in the display's digits) and what became of the extraction. */
    static QString summary(const ImportReport &report, const DisplayFormat &format = DisplayFormat());

private:
    QTreeWidget *m_list;
};

} // namespace rasad
