// JsonScanner: reads a JSON export from a file piece by piece instead of whole: where each of the top
// object's members lies, and then one record of a table's list at a time, so that an import of any size holds
// one record in memory (a region's export is 120 MB, which Qt's parser would hold four times over).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonParseError>
#include <QList>
#include <QString>

#include <functional>

namespace lk {

class JsonScanner {
public:
    // One member of the top object: its name, and where its value starts and ends in the file.
    struct Member {
        QString name;
        qint64 start = 0;
        qint64 end = 0;
        char first = 0; // the value's first character: '[' for a list
    };
    // `device` must be open and seekable (a file or a buffer).
    explicit JsonScanner(QIODevice& device);

    // The top object's members in the order they stand, checked for JSON's punctuation between them; the
    // values themselves are read later. On false, notAnObject() or where and why the JSON is broken.
    bool scanMembers(QList<Member>& members);
    // Each element of the list `member` holds, as its own bytes inside [ ] (a list of one) and the offset
    // where it starts; stops at the first element `each` refuses (returns false), or where the list is
    // broken.
    bool forEachElement(const Member& member, const std::function<bool(const QByteArray&, qint64)>& each);
    // The bytes of a member's value whole (for the small ones that are no list of records).
    QByteArray valueOf(const Member& member);

    // The top value is a list or a number: JSON, but no export.
    bool notAnObject() const { return m_notAnObject; }
    // Why and where the JSON is broken, in the words Qt's own parser uses.
    QString errorString() const;
    qint64 errorOffset() const { return m_errorOffset; }

    // "line 3, column 14" of an offset in the device.
    static QString position(QIODevice& device, qint64 offset);

private:
    int peek();
    int get();
    void skipSpace();
    bool seek(qint64 offset);
    qint64 offset() const { return m_bufferStart + m_at; }
    // Moves past one value; false where it cannot be a value.
    bool skipValue();
    bool skipString();
    // Moves past one value and appends its bytes to `into`.
    bool capture(QByteArray& into);
    bool fail(QJsonParseError::ParseError error);

    QIODevice& m_device;
    QByteArray m_buffer;
    qint64 m_bufferStart = 0;
    qsizetype m_at = 0;
    QByteArray* m_capture = nullptr; // where the bytes taken go, while a value is captured
    qsizetype m_captureFrom = 0;     // from where in the buffer they have not gone yet
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
    qint64 m_errorOffset = 0;
    bool m_notAnObject = false;
};

} // namespace lk
