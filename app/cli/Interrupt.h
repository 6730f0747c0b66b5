#pragma once

#include <QByteArray>

#include <atomic>
#include <thread>

namespace rasad::cli {

/**
 * Ctrl-C and SIGTERM for a command that writes the store. The signal raises flag(), which the pipeline
 * checks between files, between articles and inside merging; a step that cannot look (one huge
 * article's extraction, a long SQLite write) is cut short after a grace period: the process then says
 * `stoppedLine` and exits at once. That is safe because every write is an SQLite transaction: what was
 * committed stays, what was not is rolled back when the store is next opened.
 */
class Interrupt
{
public:
    explicit Interrupt(QByteArray stoppedLine);
    ~Interrupt();
    Interrupt(const Interrupt &) = delete;
    Interrupt &operator=(const Interrupt &) = delete;

    const std::atomic_bool *flag() const;
    /** The signal that arrived (SIGINT, SIGTERM), or 0. */
    int signal() const;
    /** 130 after SIGINT, 143 after SIGTERM: the shell's 128 + signal. */
    int exitCode() const { return 128 + signal(); }
    /** The long work is over (only reporting is left): no more cutting short. */
    void finish();

private:
    QByteArray m_stoppedLine;
    std::atomic_bool m_finished{false};
    std::thread m_watchdog;
};

} // namespace rasad::cli
