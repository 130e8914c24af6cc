// OdtPackage: the zip an OpenDocument file is, put together in memory with libzip: its parts in the order
// added, the first of them (the "mimetype") stored uncompressed and without extra fields, as ODF requires of
// it, so that a program can tell the file's kind from its first bytes.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lk {

class OdtPackage {
public:
    enum class Packing { Stored, Deflated };

    // Parts are kept until finish(), since libzip reads them only when it writes the archive.
    void add(const QString& name, const QByteArray& bytes, Packing packing);
    // The whole archive; an error names the part that could not be added.
    Result<QByteArray> finish() const;

private:
    struct Part {
        QString name;
        QByteArray bytes;
        Packing packing;
    };
    QList<Part> m_parts;
};

} // namespace lk
