// zipParts: the parts of a zip file (an ODT document, an Excel workbook) opened with libzip, in the order
// the file holds them, each with how it is packed.
#pragma once

#include "catchqt.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <zip.h>

namespace lk::test {

struct ZipPart {
    QString name;
    QByteArray bytes;
    bool stored = false; // not compressed
};

inline QList<ZipPart> zipParts(const QString& path) {
    QList<ZipPart> parts;
    int error = 0;
    zip_t* zip = zip_open(path.toLocal8Bit().constData(), ZIP_RDONLY, &error);
    REQUIRE(zip != nullptr);
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t index = 0; index < count; ++index) {
        zip_stat_t stat;
        REQUIRE(zip_stat_index(zip, zip_uint64_t(index), 0, &stat) == 0);
        ZipPart part{QString::fromUtf8(stat.name), QByteArray(qsizetype(stat.size), Qt::Uninitialized),
                     stat.comp_method == ZIP_CM_STORE};
        zip_file_t* file = zip_fopen_index(zip, zip_uint64_t(index), 0);
        REQUIRE(file != nullptr);
        REQUIRE(zip_fread(file, part.bytes.data(), stat.size) == zip_int64_t(stat.size));
        zip_fclose(file);
        parts.append(part);
    }
    zip_close(zip);
    return parts;
}

} // namespace lk::test
