#include "mainwindow/ImportReportDialog.h"

#include "common/Counts.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rasad {

QString ImportReportDialog::summary(const ImportReport &report, const DisplayFormat &format)
{
    using S = ImportItem::Status;
    // Only the counts take the display's digits: a path or a message below keeps its own.
    QString text = Counts::inDigits(tr("Imported: %1 · New versions: %2 · Skipped (already there): %3 · Failed: %4")
                                        .arg(report.count(S::Imported))
                                        .arg(report.count(S::NewVersion))
                                        .arg(report.count(S::Duplicate))
                                        .arg(report.count(S::Failed)),
                                    format);
    if (report.cancelled)
        text += QStringLiteral("\n") + tr("The import was cancelled; the files listed were handled before it stopped.");
    if (report.extractionPending)
        text += QStringLiteral("\n") + tr("The new articles are stored but not yet read for contacts: choose "
                                          "Edit → Re-extract all articles to add them to the record.");
    if (!report.extractionError.isEmpty())
        text += QStringLiteral("\n") + tr("The articles are stored, but reading them for contacts failed; the record "
                                          "is as it was: %1")
                                           .arg(report.extractionError);
    return text;
}

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent, const DisplayFormat &format)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(tr("Import report"));
    auto *layout = new QVBoxLayout(this);
    auto *head = new QLabel(summary(report, format), this);
    head->setWordWrap(true);
    layout->addWidget(head);
    m_list->setHeaderLabels({tr("Result"), tr("File"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    for (const ImportItem &item : report.items) {
        QString status;
        switch (item.status) {
        case ImportItem::Status::Imported:
            status = tr("imported");
            break;
        case ImportItem::Status::NewVersion:
            status = tr("new version");
            break;
        case ImportItem::Status::Duplicate:
            status = tr("skipped");
            break;
        case ImportItem::Status::Failed:
            status = tr("failed");
            break;
        }
        auto *row = new QTreeWidgetItem(m_list, {status, QFileInfo(item.path).fileName(), item.message});
        row->setToolTip(1, item.path);
        row->setToolTip(2, item.message);
        if (item.status == ImportItem::Status::Failed)
            row->setForeground(0, QColor(0xB3, 0x1B, 0x1B));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    if (!report.notes.isEmpty()) {
        auto *notes = new QLabel(tr("Notes:") + QStringLiteral("\n• ") + report.notes.join(QStringLiteral("\n• ")), this);
        notes->setWordWrap(true);
        layout->addWidget(notes);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace rasad
