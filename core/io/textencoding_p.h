#pragma once

// Decoding helpers of CsvReader. Private to core/io.

#include "csvreader.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace cd::textencoding {

// Index of the first unpaired surrogate, or -1.
qsizetype firstInvalidUtf16(QStringView text);
// Decodes a single-byte encoding (Windows-1252, ISO-8859-1, ISO-8859-15); every byte is a
// character, so nothing can be invalid.
QString decodeSingleByte(QByteArrayView bytes, TextEncoding encoding);
bool hasNonAscii(QByteArrayView bytes);

} // namespace cd::textencoding
