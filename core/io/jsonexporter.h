// JsonExporter: the whole content of a file as one JSON object, in a stable order (see core/io/README.md).
#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "register/repository.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>

namespace lk {

class JsonExporter {
public:
    // Each counts the records in `progress`, and stops when asked.
    static Result<QJsonObject> toJson(const Repository& repository, Progress& progress = Progress::none());
    // Indented UTF-8; two exports of the same content are byte-identical, the same bytes as QJsonDocument
    // writes for toJson(). Written to `device` a record at a time: an export of any size takes little memory.
    static Status write(const Repository& repository, QIODevice& device,
                        Progress& progress = Progress::none());
    static Result<QByteArray> exportAll(const Repository& repository, Progress& progress = Progress::none());
};

} // namespace lk
