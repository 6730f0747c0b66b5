#pragma once

#include <QByteArray>
#include <QString>

namespace rasad {

/** The outcome of turning a file's bytes into text. */
struct DecodedText
{
    QString text;
    QString encoding; // what the bytes were decoded from: "UTF-8", "UTF-16LE", "windows-1256 (assumed)", ...
    QString note;     // an assumption worth telling the user, empty when the bytes said what they are
    QString error;    // why the bytes are not text Rasad can read; empty on success

    bool ok() const { return error.isEmpty(); }
};

/**
 * Decodes article bytes with ICU (ucnv), deciding the encoding in this order: a byte-order mark
 * (UTF-8, UTF-16LE/BE); a charset the page declares (HTML meta); strict UTF-8 validation; UTF-16
 * without a mark when the byte pattern shows it; ISO-8859-6 when ICU's ucsdet is sure of it; otherwise
 * windows-1256, the Arabic legacy code page, accepted only when the result reads as Arabic.
 * Bytes that are none of these, or that hold NULs or control characters (binary files), are refused
 * rather than turned into mojibake: a wrong guess would be stored as an article nobody can read.
 * A file of UTF-8 lines and windows-1256 lines (two files joined) is read line by line, each in its
 * own encoding, and the note says so. UTF-8 with a few bad bytes (one in twenty multibyte
 * characters at most) is read with each replaced by U+FFFD, and the note says how many.
 */
class TextDecoder
{
public:
    /** `declaredCharset` is what the document says it is (e.g. from <meta charset>); may be empty. */
    static DecodedText decode(const QByteArray &bytes, const QByteArray &declaredCharset = {});

    /** Strictly converts `bytes` from `charset`; false (and `out` untouched) on any invalid sequence. */
    static bool convertStrict(const QByteArray &bytes, const char *charset, QString *out);

    /** ICU ucsdet's best guess and its confidence (0–100); empty when it has none. */
    static QString detectCharset(const QByteArray &bytes, int *confidence = nullptr);
};

} // namespace rasad
