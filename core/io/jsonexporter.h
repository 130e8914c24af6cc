// JsonExporter: the whole content of a file as one JSON object, in a stable order (see core/io/README.md).
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QByteArray>
#include <QJsonObject>

namespace lk {

class JsonExporter {
public:
    static Result<QJsonObject> toJson(const Repository& repository);
    // Indented UTF-8; two exports of the same content are byte-identical.
    static Result<QByteArray> exportAll(const Repository& repository);
};

} // namespace lk
