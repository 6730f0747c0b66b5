// libFuzzer entry point over what `rasad-cli import FILE` does with one file's bytes:
// ArticleReader::readBytes, i.e. TextDecoder (BOM, declared charset, UTF-8 with replacement,
// UTF-16, windows-1256), HtmlExtractor for a web page, FurnitureDetector and DatelineFinder. The
// first byte's low bit chooses the file name's ending (.html or .txt), as the importer does; its
// second bit gives a manifest entry, so the manifest-date path runs too (the seeds in corpus-reader/
// start with '0' .txt, '1' .html, '2' .txt with an entry, '3' .html with one). Besides crashes, hangs
// and bad reads (the sanitizers' job) it checks the reader's promises: an article or one error line
// naming the file, never both; spans inside the text and in order; a whole hash; a short title.
#include "import/ArticleReader.h"
#include "import/HtmlExtractor.h"
#include "import/Manifest.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

void requireAt(bool ok, int line)
{
    if (!ok) {
        fprintf(stderr, "fuzz_reader: promise broken at fuzz_reader.cpp:%d\n", line);
        __builtin_trap();
    }
}
#define require(ok) requireAt((ok), __LINE__)

bool startsWithPath(const QString &line, const QString &path)
{
    return line.startsWith(path + QStringLiteral(": "));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const rasad::ArticleReader reader;
    // Large inputs are the hostile-input test's job (tests/import); here many small ones run fast.
    if (size < 1 || size > 256 * 1024)
        return 0;
    const uint8_t mode = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString path = (mode & 1) ? QStringLiteral("/fuzz/page.html") : QStringLiteral("/fuzz/article.txt");
    rasad::ManifestEntry entry;
    entry.file = path.section(u'/', -1);
    entry.published = QDate(2025, 7, 1);
    entry.source = QStringLiteral("outlet");
    const rasad::ReadResult read = reader.readBytes(bytes, path, (mode & 2) ? &entry : nullptr);

    require(read.article.has_value() == read.error.isEmpty());
    for (const QString &note : read.notes)
        require(startsWithPath(note, path));
    if (!read.article) {
        require(startsWithPath(read.error, path));
        return 0;
    }
    const rasad::Article &a = *read.article;
    const qsizetype length = a.originalText.size();
    require(length > 0 && !a.originalText.trimmed().isEmpty());
    require(!a.originalText.contains(u'\r'));           // one line ending, so the hash does not depend on it
    require(!a.originalText.startsWith(QChar(0xFEFF))); // the mark is not text
    require(a.contentHash.size() == 64);
    require(!a.encoding.isEmpty());
    require(a.title.size() <= 161);
    require(a.published.isValid() == (a.publishedOrigin != rasad::DateOrigin::Unknown));
    require(!(mode & 2) || a.published == entry.published);
    int previousEnd = 0;
    for (const rasad::TextSpan &s : a.furniture) {
        require(s.start >= previousEnd && s.start < s.end && s.end <= length);
        require(!s.kind.isEmpty());
        previousEnd = s.end;
    }
    // Entity decoding on its own, over the text read: never longer than its input (a reference is at
    // least three units, "&lt", and the character it stands for at most two).
    require(rasad::HtmlExtractor::decodeEntities(a.originalText).size() <= length);
    return 0;
}
