#include "report/odtpackage.h"

#include <QCoreApplication>

#include <zip.h>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::OdtPackage)
};

// XML deflates to a fifth at the fastest level already; a higher one saves little and costs time.
constexpr zip_uint32_t xmlLevel = 1;

// An archive on a growing memory buffer that is kept after the archive is closed, to be read back.
struct Archive {
    zip_source_t* buffer = nullptr;
    zip_t* zip = nullptr;
    ~Archive() {
        if (zip)
            zip_discard(zip);
        if (buffer)
            zip_source_free(buffer);
    }
};

Error failed(const QString& what, const char* reason) {
    return Error{Text::tr("The OpenDocument file could not be put together (%1: %2). Nothing was written.")
                     .arg(what, QString::fromUtf8(reason))};
}

} // namespace

void OdtPackage::add(const QString& name, const QByteArray& bytes, Packing packing) {
    m_parts.append({name, bytes, packing});
}

Result<QByteArray> OdtPackage::finish() const {
    Archive archive;
    zip_error_t error;
    zip_error_init(&error);
    archive.buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (archive.buffer)
        archive.zip = zip_open_from_source(archive.buffer, ZIP_TRUNCATE, &error);
    if (!archive.zip) {
        const Error result = failed(QStringLiteral("zip"), zip_error_strerror(&error));
        zip_error_fini(&error);
        return result;
    }
    zip_error_fini(&error);
    // Closing the archive would free its source; it is kept to read the archive's bytes from.
    zip_source_keep(archive.buffer);
    for (const Part& part : m_parts) {
        zip_source_t* source =
            zip_source_buffer(archive.zip, part.bytes.constData(), zip_uint64_t(part.bytes.size()), 0);
        const zip_int64_t index =
            source ? zip_file_add(archive.zip, part.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            return failed(part.name, zip_strerror(archive.zip));
        }
        const bool packed =
            part.packing == Packing::Stored
                ? zip_set_file_compression(archive.zip, zip_uint64_t(index), ZIP_CM_STORE, 0) == 0
                : zip_set_file_compression(archive.zip, zip_uint64_t(index), ZIP_CM_DEFLATE, xmlLevel) == 0;
        if (!packed)
            return failed(part.name, zip_strerror(archive.zip));
    }
    if (zip_close(archive.zip) != 0)
        return failed(QStringLiteral("zip"), zip_strerror(archive.zip));
    archive.zip = nullptr;
    if (zip_source_open(archive.buffer) != 0)
        return failed(QStringLiteral("zip"), zip_error_strerror(zip_source_error(archive.buffer)));
    QByteArray bytes;
    char chunk[65536];
    zip_int64_t read = 0;
    while ((read = zip_source_read(archive.buffer, chunk, sizeof chunk)) > 0)
        bytes.append(chunk, qsizetype(read));
    zip_source_close(archive.buffer);
    if (read < 0)
        return failed(QStringLiteral("zip"), zip_error_strerror(zip_source_error(archive.buffer)));
    return bytes;
}

} // namespace lk
