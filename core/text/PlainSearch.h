#pragma once

#include <QStringView>

#include <string_view>

namespace rasad {

/**
 * Where `needle` starts in `haystack` at or after `from`, or -1. A plain scan: QString::indexOf() and
 * contains() set up a Boyer-Moore table per call, which costs more than scanning a sentence or a line
 * for a short phrase, the way extraction and furniture detection search thousands of times per article.
 */
inline qsizetype plainIndexOf(QStringView haystack, QStringView needle, qsizetype from = 0)
{
    const auto view = [](QStringView s) {
        return std::u16string_view(reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size()));
    };
    const size_t at = view(haystack).find(view(needle), size_t(from));
    return at == std::u16string_view::npos ? -1 : qsizetype(at);
}

} // namespace rasad
