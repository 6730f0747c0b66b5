#pragma once

#include "pipeline/Ingestor.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>

class QProgressDialog;
class QThread;
class QWidget;

namespace rasad {

class ProjectBackend;

/**
 * Runs an import off the GUI thread: the backend opens its own store connection in the worker,
 * a progress dialog shows the file being read and offers Cancel, and the report comes back on
 * the GUI thread when the worker is done.
 */
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(ProjectBackend *backend, QWidget *window);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    /** Starts importing; false when an import is already running. */
    bool start(const QStringList &paths);
    void cancel() { m_cancel = true; }
    /** Blocks until the running import ends (for tests and shutdown). */
    void wait();

Q_SIGNALS:
    void progressed(int done, int total, const QString &path);
    void finished(const rasad::ImportReport &report);

private:
    void onWorkerDone();
    ProjectBackend *m_backend;
    QPointer<QWidget> m_window;
    QThread *m_thread = nullptr;
    QProgressDialog *m_progress = nullptr;
    std::atomic_bool m_cancel{false};
    ImportReport m_report;
};

} // namespace rasad
