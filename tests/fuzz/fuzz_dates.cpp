// libFuzzer entry point over DateEngine::find. The first two bytes choose a publication date (or
// none), the rest is the text. Besides crashes, hangs and bad reads (the sanitizers' job) it checks
// the engine's promises: spans inside the text, in order, text equal to the span, sane intervals.
#include "dates/DateEngine.h"

#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool ok)
{
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const rasad::DateEngine engine;
    if (size > 64 * 1024)
        return 0;
    QDate published;
    if (size >= 2 && data[0] != 0xFF) {
        published = QDate(2000, 1, 1).addDays((int(data[0]) << 8 | data[1]) % 15000);
        data += 2;
        size -= 2;
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<rasad::TemporalExpression> found = engine.find(text, published);
    int previousEnd = 0;
    for (const rasad::TemporalExpression &e : found) {
        require(e.start >= previousEnd && e.start < e.end && e.end <= text.size());
        require(e.text == QStringView(text).mid(e.start, e.end - e.start));
        require(!e.value.start.isValid() || e.value.start <= e.value.end);
        require(e.confidence > 0.0 && e.confidence <= 1.0);
        require(published.isValid() || !e.anchored);
        previousEnd = e.end;
    }
    return 0;
}
