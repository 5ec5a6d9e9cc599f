#include "startup/FirstPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace FirstPaint {

namespace {

void reportToBenchmark()
{
    const char *launch = std::getenv("TCC_BENCH_LAUNCH_NS");
    if (!launch)
        return;
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const long long nowNs = static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
    std::printf("first-paint-ns %lld\n", nowNs - std::atoll(launch));
    std::fflush(stdout);
}

class Watcher : public QObject
{
public:
    Watcher(QObject *window, std::function<void()> onFirstPaint)
        : QObject(window)
        , m_onFirstPaint(std::move(onFirstPaint))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            reportToBenchmark();
            // After this paint has finished, not in the middle of it.
            QTimer::singleShot(0, watched, std::move(m_onFirstPaint));
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_onFirstPaint;
};

} // namespace

void watch(QObject *window, std::function<void()> onFirstPaint)
{
    new Watcher(window, std::move(onFirstPaint));
}

void quitAfterFirstPaint(QObject *window)
{
    watch(window, [] { QCoreApplication::exit(0); });
}

} // namespace FirstPaint
