// TestFile: a Löfteskollen file in its own temporary folder, removed with the test.
#pragma once

#include "db/database.h"
#include "db/engine.h"
#include "document/document.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "testserver.h"

namespace lk::test {

class TestFile {
public:
    // "empty" or a template name; the file is created and left closed.
    explicit TestFile(const QString& templateName = QStringLiteral("empty"));
    // The same on `engine`: on PostgreSQL a database of its own on the test server (path() is its URL),
    // filled from the template the same way.
    explicit TestFile(Engine engine, const QString& templateName = QStringLiteral("empty"));

    // The file's path, or the server database's URL.
    QString path() const { return m_path; }
    QString pathFor(const QString& name) const { return m_dir.filePath(name); }

    // Opens the file as the window does; REQUIREs success.
    std::unique_ptr<Document> open() const;
    // The whole file's content as a JSON export, for comparing states.
    static QByteArray exportOf(const Document& document);
    QByteArray bytes() const;

private:
    void createFile(const QString& templateName);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    QString m_path;
};

// The whole content of a file the test wrote or had written (an export); REQUIREs that it opens.
QByteArray bytesOf(const QString& path);

// Runs one query and returns the first column of the first row.
QVariant scalar(const Document& document, const QString& statement, const QVariantList& values = {});

} // namespace lk::test
