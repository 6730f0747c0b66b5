#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace rasad {

class MainWindow;

/**
 * `rasad --screenshots DIR`: walks the window through its views (timeline, a selected contact,
 * its source in the reader, the graph, an exported picture) and saves each as DIR/<view>-<lang>.png,
 * then quits. scripts/screenshots.sh runs it under xvfb-run for the README pictures.
 */
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString folder, QObject *parent = nullptr);
    void run();

private:
    void save(QWidget *widget, const QString &name);
    QPointer<MainWindow> m_window;
    QString m_folder;
};

} // namespace rasad
