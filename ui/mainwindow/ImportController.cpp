#include "mainwindow/ImportController.h"

#include "common/ProjectBackend.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

namespace rasad {

ImportController::ImportController(ProjectBackend *backend, QWidget *window)
    : QObject(window)
    , m_backend(backend)
    , m_window(window)
{
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportController::start(const QStringList &paths)
{
    if (m_thread || !m_backend || paths.isEmpty())
        return false;
    m_cancel = false;
    m_report = ImportReport();
    m_progress = new QProgressDialog(m_window);
    m_progress->setWindowTitle(tr("Importing"));
    m_progress->setLabelText(tr("Reading files…"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setRange(0, 0);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        m_progress->setLabelText(tr("Stopping after the current file…"));
    });
    connect(this, &ImportController::progressed, m_progress, [this](int done, int total, const QString &path) {
        if (!m_progress)
            return;
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        if (!m_cancel)
            m_progress->setLabelText(tr("Importing %1 (%2 of %3)").arg(QFileInfo(path).fileName()).arg(done + 1).arg(total));
    });
    m_progress->show();

    ProjectBackend *backend = m_backend;
    m_thread = QThread::create([this, backend, paths] {
        // The progress callback runs on the worker thread; the signal is queued to the GUI.
        m_report = backend->importPaths(
            paths, [this](int done, int total, const QString &path) { Q_EMIT progressed(done, total, path); }, &m_cancel);
        if (m_cancel)
            m_report.cancelled = true;
    });
    connect(m_thread, &QThread::finished, this, &ImportController::onWorkerDone);
    m_thread->start();
    return true;
}

void ImportController::wait()
{
    if (m_thread)
        m_thread->wait();
    QCoreApplication::sendPostedEvents(this);
}

void ImportController::onWorkerDone()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    Q_EMIT finished(m_report);
}

} // namespace rasad
