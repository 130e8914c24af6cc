#include "testfile.h"

#include "db/sql.h"
#include "io/jsonexporter.h"
#include "io/templates.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace lk::test {

TestFile::TestFile(const QString& templateName)
    : TestFile(suiteEngine(), templateName) {}

void TestFile::createFile(const QString& templateName) {
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    auto created = Templates::createFile(m_path, templateName);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
}

TestFile::TestFile(Engine engine, const QString& templateName) {
    if (engine == Engine::Sqlite) {
        createFile(templateName);
        return;
    }
    REQUIRE(m_dir.isValid());
    m_server = std::make_unique<ServerDatabase>();
    m_path = m_server->url();
    auto database = Database::open(m_path);
    INFO(database.message().toStdString());
    REQUIRE(database.ok());
    auto applied = Templates::apply(Repository((*database)->connection()), templateName);
    INFO(applied.message().toStdString());
    REQUIRE(applied.ok());
}

std::unique_ptr<Document> TestFile::open() const {
    auto document = Document::open(m_path);
    INFO(document.message().toStdString());
    REQUIRE(document.ok());
    return std::move(*document);
}

QByteArray TestFile::exportOf(const Document& document) {
    auto json = JsonExporter::exportAll(document.repository());
    REQUIRE(json.ok());
    return *json;
}

QByteArray TestFile::bytes() const {
    // A server database has no file: its whole content stands for the bytes in a test that something left
    // it as it was.
    if (m_server)
        return exportOf(*open());
    return bytesOf(m_path);
}

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QVariant scalar(const Document& document, const QString& statement, const QVariantList& values) {
    auto value = sql::scalar(document.database().connection(), statement, values);
    INFO(value.message().toStdString());
    REQUIRE(value.ok());
    return *value;
}

} // namespace lk::test
