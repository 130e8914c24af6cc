#include "io/templates.h"

#include <QCoreApplication>
#include <QFile>

namespace lk {

QStringList Templates::names() {
    return {QStringLiteral("salem-2021-2022"), QStringLiteral("empty")};
}

Result<ImportSummary> Templates::apply(const Repository& repository, const QString& name) {
    if (name == QStringLiteral("empty"))
        return ImportSummary{};
    QFile file(QStringLiteral(":/templates/") + name + QStringLiteral(".json"));
    if (!names().contains(name) || !file.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("lk::Templates", "There is no template “%1”. Choose one of: %2.")
                .arg(name, names().join(QStringLiteral(", ")))};
    return JsonImporter::import(repository, file);
}

Result<std::unique_ptr<Database>> Templates::createFile(const QString& path, const QString& name) {
    return Database::createNew(path, [&name](const Database& created) -> Status {
        auto loaded = apply(Repository(created.connection()), name);
        return loaded ? Status() : loaded.error();
    });
}

} // namespace lk
