#include "Interrupt.h"

#include <chrono>
#include <csignal>

#include <unistd.h>

namespace rasad::cli {

namespace {

std::atomic_bool g_raised{false};
std::atomic_int g_signal{0};

extern "C" void onSignal(int sig)
{
    g_signal.store(sig);
    g_raised.store(true);
}

// The pipeline usually stops well within this; past it the step in progress is abandoned.
constexpr auto kGrace = std::chrono::milliseconds(700);
constexpr auto kPoll = std::chrono::milliseconds(20);

} // namespace

Interrupt::Interrupt(QByteArray stoppedLine) : m_stoppedLine(std::move(stoppedLine))
{
    g_raised.store(false);
    g_signal.store(0);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    m_watchdog = std::thread([this] {
        while (!m_finished.load() && !g_raised.load())
            std::this_thread::sleep_for(kPoll);
        const auto deadline = std::chrono::steady_clock::now() + kGrace;
        while (!m_finished.load() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(kPoll);
        if (m_finished.load())
            return;
        // write(2) and _exit: the main thread may hold any lock (stdio, the heap, SQLite's).
        const ssize_t written = ::write(STDERR_FILENO, m_stoppedLine.constData(), size_t(m_stoppedLine.size()));
        (void)written;
        ::_exit(exitCode());
    });
}

Interrupt::~Interrupt()
{
    finish();
    m_watchdog.join();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

const std::atomic_bool *Interrupt::flag() const
{
    return &g_raised;
}

int Interrupt::signal() const
{
    return g_signal.load();
}

void Interrupt::finish()
{
    m_finished.store(true);
}

} // namespace rasad::cli
