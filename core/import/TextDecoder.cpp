#include "import/TextDecoder.h"

#include "import/ImportMessages.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace rasad {

namespace {

constexpr char kLegacyArabic[] = "windows-1256";

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix)
        if (static_cast<unsigned char>(bytes.at(i++)) != c)
            return false;
    return true;
}

/**
 * Text has no NULs and almost no C0 controls other than tab, line feed, form feed and carriage return.
 * `replaced` U+FFFD were put there by the decoder on purpose (bad UTF-8 bytes) and are not held against it.
 */
bool looksBinary(QStringView text, qsizetype replaced = 0)
{
    qsizetype controls = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            ++controls;
        else if (u == 0xFFFD)
            ++controls;
    }
    controls -= std::min(controls, replaced);
    return controls > 0 && controls * 100 > text.size(); // more than 1%
}

/** True when at least four in five non-ASCII characters are Arabic script or common punctuation. */
bool readsAsArabic(QStringView text)
{
    qsizetype arabic = 0;
    qsizetype other = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        if ((u >= 0x0600 && u <= 0x06FF) || (u >= 0x200C && u <= 0x200F) || u == 0x00A0 || u == 0x00AB || u == 0x00BB ||
            (u >= 0x2013 && u <= 0x2026))
            ++arabic;
        else
            ++other;
    }
    return arabic > 0 && arabic >= 4 * other;
}

/** UTF-16 without a byte-order mark: the high bytes of Arabic and ASCII text are nearly all 0x00 or 0x06. */
const char *guessBomlessUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 16 || bytes.size() % 2 != 0)
        return nullptr;
    qsizetype evenHigh = 0; // high byte at even offsets: big-endian
    qsizetype oddHigh = 0;  // high byte at odd offsets: little-endian
    const qsizetype pairs = bytes.size() / 2;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const auto a = static_cast<unsigned char>(bytes.at(i));
        const auto b = static_cast<unsigned char>(bytes.at(i + 1));
        evenHigh += (a == 0x00 || a == 0x06) ? 1 : 0;
        oddHigh += (b == 0x00 || b == 0x06) ? 1 : 0;
    }
    if (oddHigh * 10 >= pairs * 9 && evenHigh * 10 < pairs * 5)
        return "UTF-16LE";
    if (evenHigh * 10 >= pairs * 9 && oddHigh * 10 < pairs * 5)
        return "UTF-16BE";
    return nullptr;
}

struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

struct DetectorCloser
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

/**
 * How many bytes are not part of a well-formed UTF-8 sequence (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), each counted once; a decoder replaces each with U+FFFD.
 */
qsizetype invalidUtf8Bytes(const QByteArray &bytes, qsizetype *validMultibyte, qsizetype *firstInvalid = nullptr)
{
    qsizetype invalid = 0;
    *validMultibyte = 0;
    if (firstInvalid)
        *firstInvalid = -1;
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // the range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        }
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k) {
            const auto c = static_cast<unsigned char>(bytes.at(i + k));
            ok = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
        }
        if (ok) {
            i += length;
            ++*validMultibyte;
        } else {
            if (invalid++ == 0 && firstInvalid)
                *firstInvalid = i;
            ++i;
        }
    }
    return invalid;
}

struct MixedReading
{
    QString text;
    QString note;
    qsizetype replaced = 0; // bytes neither encoding could read, each now U+FFFD
};

/**
 * A file of UTF-8 lines and windows-1256 lines (two files joined, a paragraph pasted from an older
 * page): neither reading is right for the whole of it, and either would turn half the text into
 * mojibake. Each line is read in the encoding it is written in: UTF-8 when it is valid UTF-8 and reads
 * as Arabic (or windows-1256 does not), windows-1256 when that reads as Arabic, otherwise UTF-8 with
 * U+FFFD for its bad bytes. Null unless there is at least one line of each encoding.
 */
std::optional<MixedReading> decodeMixedLines(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    // One converter for every line: opening one per line would cost more than reading the file.
    std::unique_ptr<UConverter, ConverterCloser> legacy(ucnv_open(kLegacyArabic, &status));
    ucnv_setToUCallBack(legacy.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    const auto readLegacy = [&legacy](const QByteArray &line, QString *out) {
        ucnv_resetToUnicode(legacy.get());
        UErrorCode error = U_ZERO_ERROR;
        const auto capacity = static_cast<int32_t>(line.size() + 1); // one unit per byte at most
        QString text(capacity, Qt::Uninitialized);
        const int32_t length = ucnv_toUChars(legacy.get(), reinterpret_cast<UChar *>(text.data()), capacity,
                                             line.constData(), static_cast<int32_t>(line.size()), &error);
        if (U_FAILURE(error) || length >= capacity)
            return false;
        text.resize(length);
        *out = std::move(text);
        return readsAsArabic(*out);
    };
    QString text;
    text.reserve(bytes.size());
    qsizetype utf8Lines = 0;
    qsizetype legacyLines = 0;
    qsizetype firstLegacyLine = 0;
    qsizetype replaced = 0;
    qsizetype lineNumber = 0;
    for (qsizetype pos = 0; pos < bytes.size();) {
        const qsizetype newline = bytes.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        const QByteArray line = bytes.mid(pos, end - pos);
        pos = end;
        ++lineNumber;
        qsizetype multibyte = 0;
        const qsizetype invalid = invalidUtf8Bytes(line, &multibyte);
        if (invalid == 0 && multibyte == 0) { // ASCII reads the same in both
            text += QLatin1String(line);
            continue;
        }
        const QString asUtf8 = QString::fromUtf8(line);
        QString asLegacy;
        std::optional<bool> legacyArabic; // windows-1256 is tried only when UTF-8 does not settle it
        const auto readsAsLegacy = [&] {
            if (!legacyArabic)
                legacyArabic = readLegacy(line, &asLegacy);
            return *legacyArabic;
        };
        if (invalid == 0 && (readsAsArabic(asUtf8) || !readsAsLegacy())) {
            text += asUtf8;
            ++utf8Lines;
        } else if (readsAsLegacy()) {
            text += asLegacy;
            if (legacyLines++ == 0)
                firstLegacyLine = lineNumber;
        } else {
            text += asUtf8;
            replaced += invalid;
        }
    }
    if (utf8Lines == 0 || legacyLines == 0)
        return std::nullopt;
    MixedReading d;
    d.text = std::move(text);
    d.replaced = replaced;
    d.note = ImportMessages::tr("mixed encodings: %1 of %2 lines are windows-1256 (the first is line %3), the others "
                            "UTF-8; each line was read in its own encoding")
                 .arg(legacyLines)
                 .arg(lineNumber)
                 .arg(firstLegacyLine);
    if (replaced > 0)
        d.note += replaced == 1 ? ImportMessages::tr("; 1 byte is neither and was replaced with U+FFFD (\uFFFD)")
                                : ImportMessages::tr("; %1 bytes are neither and were replaced with U+FFFD (\uFFFD)")
                                      .arg(replaced);
    return d;
}

/** The charset's preferred MIME (or IANA) name, e.g. "utf-8" → "UTF-8"; the name as given when ICU has none. */
QString canonicalName(const QByteArray &name)
{
    UErrorCode status = U_ZERO_ERROR;
    for (const char *standard : {"MIME", "IANA"}) {
        const char *found = ucnv_getStandardName(name.constData(), standard, &status);
        if (U_SUCCESS(status) && found)
            return QString::fromLatin1(found);
        status = U_ZERO_ERROR;
    }
    return QString::fromLatin1(name);
}

DecodedText failure(QString error)
{
    DecodedText d;
    d.error = std::move(error);
    return d;
}

/** Finishes a successful conversion: binary content is refused whatever the encoding said. */
DecodedText accept(QString text, QString encoding, QString note, qsizetype replaced = 0)
{
    if (looksBinary(text, replaced))
        return failure(ImportMessages::tr("binary file, not text (contains NUL or control bytes)"));
    // U+FEFF at the start is a byte-order mark, never text; a file saved twice may carry several.
    qsizetype marks = 0;
    while (marks < text.size() && text.at(marks) == QChar(0xFEFF))
        ++marks;
    text.remove(0, marks);
    DecodedText d;
    d.text = std::move(text);
    d.encoding = std::move(encoding);
    d.note = std::move(note);
    return d;
}

} // namespace

bool TextDecoder::convertStrict(const QByteArray &bytes, const char *charset, QString *out)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    if (U_FAILURE(status) || !converter)
        return false;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return false;
    // No supported charset yields more UTF-16 units than bytes, so one pass into a sized buffer suffices.
    const auto capacity = static_cast<int32_t>(bytes.size() + 1);
    QString text(capacity, Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()), capacity,
                                         bytes.constData(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || length >= capacity)
        return false;
    text.resize(length);
    *out = std::move(text);
    return true;
}

QString TextDecoder::detectCharset(const QByteArray &bytes, int *confidence)
{
    if (confidence)
        *confidence = 0;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {};
    // The detector reads a sample; a long prefix is as good as the whole file and much cheaper.
    const auto sample = static_cast<int32_t>(std::min<qsizetype>(bytes.size(), 64 * 1024));
    ucsdet_setText(detector.get(), bytes.constData(), sample, &status);
    const UCharsetMatch *match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || !match)
        return {};
    const char *name = ucsdet_getName(match, &status);
    if (confidence)
        *confidence = ucsdet_getConfidence(match, &status);
    return U_SUCCESS(status) && name ? QString::fromLatin1(name) : QString();
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    if (bytes.isEmpty())
        return failure(ImportMessages::tr("empty file"));

    QString text;
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        if (!convertStrict(bytes.mid(3), "UTF-8", &text))
            return failure(ImportMessages::tr("starts with a UTF-8 byte-order mark but is not valid UTF-8"));
        return accept(std::move(text), QStringLiteral("UTF-8 (BOM)"), {});
    }
    if (startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF})) {
        const bool little = static_cast<unsigned char>(bytes.at(0)) == 0xFF;
        const char *name = little ? "UTF-16LE" : "UTF-16BE";
        if (!convertStrict(bytes.mid(2), name, &text))
            return failure(
                ImportMessages::tr("starts with a %1 byte-order mark but is not valid %1").arg(QLatin1String(name)));
        return accept(std::move(text), QLatin1String(name) + QStringLiteral(" (BOM)"), {});
    }

    if (!declaredCharset.isEmpty()) {
        const QByteArray declared = declaredCharset.trimmed();
        if (convertStrict(bytes, declared.constData(), &text))
            return accept(std::move(text), canonicalName(declared), {});
        // A page may declare one charset and be saved in another; fall through to detection and say so.
        DecodedText detected = decode(bytes);
        if (detected.ok()) {
            const QString note = ImportMessages::tr("declares charset %1 but is not; read as %2")
                                     .arg(QString::fromLatin1(declared), detected.encoding);
            detected.note = detected.note.isEmpty() ? note : note + QStringLiteral("; ") + detected.note;
        }
        return detected;
    }

    // Before UTF-8: Arabic UTF-16 bytes are all below 0x80, so they would pass as (nonsense) UTF-8.
    if (const char *utf16 = guessBomlessUtf16(bytes)) {
        if (convertStrict(bytes, utf16, &text))
            return accept(std::move(text), QLatin1String(utf16),
                          ImportMessages::tr("no byte-order mark; read as %1").arg(QLatin1String(utf16)));
    }

    if (convertStrict(bytes, "UTF-8", &text))
        return accept(std::move(text), QStringLiteral("UTF-8"), {});
    if (!bytes.contains('\0')) {
        if (std::optional<MixedReading> mixed = decodeMixedLines(bytes))
            return accept(std::move(mixed->text), QStringLiteral("UTF-8 and windows-1256 (mixed)"),
                          std::move(mixed->note), mixed->replaced);
    }
    // UTF-8 with a few bad bytes (a copy cut short, one byte flipped) is still UTF-8: refusing the whole
    // article for one byte loses it. Arabic in a legacy code page is nearly all invalid as UTF-8 and
    // makes few well-formed sequences by chance, so twenty good sequences per bad byte tells them apart.
    qsizetype validMultibyte = 0;
    qsizetype firstInvalid = -1;
    const qsizetype invalid = invalidUtf8Bytes(bytes, &validMultibyte, &firstInvalid);
    if (invalid > 0 && validMultibyte >= 20 * invalid && !bytes.contains('\0'))
        return accept(QString::fromUtf8(bytes), QStringLiteral("UTF-8"),
                      invalid == 1 ? ImportMessages::tr("1 byte is not valid UTF-8 and was replaced with U+FFFD (\uFFFD)")
                                   : ImportMessages::tr("%1 bytes are not valid UTF-8 and were replaced with U+FFFD (\uFFFD)")
                                         .arg(invalid),
                      invalid);

    if (bytes.contains('\0'))
        return failure(ImportMessages::tr("binary file, not text (contains NUL bytes)"));

    // Much of it is well-formed UTF-8, but too much is not, and not line by line either: UTF-8 and a
    // legacy code page within one line, or UTF-8 badly damaged. Read as windows-1256, its UTF-8 Arabic
    // would pass for Arabic (every lead byte is an Arabic letter there) and be stored as mojibake.
    // Chance well-formed sequences in real windows-1256 text are a few in a hundred bad bytes.
    if (validMultibyte * 4 >= invalid)
        return failure(ImportMessages::tr("mixed or damaged encoding: %1 characters are UTF-8 but %2 bytes are not, "
                                      "the first at line %3 (byte %4), within lines; not imported")
                           .arg(validMultibyte)
                           .arg(invalid)
                           .arg(bytes.left(firstInvalid).count('\n') + 1)
                           .arg(firstInvalid + 1));

    int confidence = 0;
    const QString guess = detectCharset(bytes, &confidence);
    // ISO-8859-6 is the other Arabic single-byte code page; ucsdet tells it from windows-1256 by byte use.
    if (guess == QLatin1String("ISO-8859-6") && confidence >= 50 && convertStrict(bytes, "ISO-8859-6", &text) &&
        readsAsArabic(text))
        return accept(std::move(text), QStringLiteral("ISO-8859-6 (detected)"),
                      ImportMessages::tr("not UTF-8; read as ISO-8859-6"));
    if (convertStrict(bytes, kLegacyArabic, &text) && readsAsArabic(text))
        return accept(std::move(text), QStringLiteral("windows-1256 (assumed)"),
                      ImportMessages::tr("not UTF-8; read as windows-1256"));
    return failure(ImportMessages::tr("not UTF-8, UTF-16 or Arabic windows-1256 text%1; not imported")
                       .arg(guess.isEmpty()
                                ? QString()
                                : ImportMessages::tr(" (ICU guesses %1, %2% sure)").arg(guess).arg(confidence)));
}

} // namespace rasad
