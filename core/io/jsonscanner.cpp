#include "io/jsonscanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace lk {

namespace {

constexpr qint64 chunk = 64 * 1024;

bool isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonScanner::JsonScanner(QIODevice& device)
    : m_device(device) {}

int JsonScanner::peek() {
    if (m_at >= m_buffer.size()) {
        // What was taken of the old buffer goes to the capture before the buffer is read anew.
        if (m_capture) {
            m_capture->append(m_buffer.constData() + m_captureFrom, m_buffer.size() - m_captureFrom);
            m_captureFrom = 0;
        }
        m_bufferStart += m_buffer.size();
        m_buffer = m_device.read(chunk);
        m_at = 0;
        if (m_buffer.isEmpty())
            return -1;
    }
    return static_cast<unsigned char>(m_buffer.at(m_at));
}

int JsonScanner::get() {
    const int c = peek();
    if (c >= 0)
        ++m_at;
    return c;
}

void JsonScanner::skipSpace() {
    while (isSpace(peek()))
        ++m_at;
}

bool JsonScanner::seek(qint64 offset) {
    m_buffer.clear();
    m_at = 0;
    m_bufferStart = offset;
    return m_device.seek(offset);
}

bool JsonScanner::fail(QJsonParseError::ParseError error) {
    m_error = error;
    m_errorOffset = offset();
    return false;
}

QString JsonScanner::errorString() const {
    QJsonParseError error;
    error.error = m_error;
    return error.errorString();
}

bool JsonScanner::skipString() {
    get(); // the opening quote
    for (;;) {
        // Only quotes and backslashes need looking at.
        while (m_at < m_buffer.size() && m_buffer.at(m_at) != '"' && m_buffer.at(m_at) != '\\')
            ++m_at;
        const int c = get();
        if (c < 0)
            return fail(QJsonParseError::UnterminatedString);
        if (c == '"')
            return true;
        if (c == '\\' && get() < 0)
            return fail(QJsonParseError::UnterminatedString);
    }
}

bool JsonScanner::skipValue() {
    const int first = peek();
    if (first == '"')
        return skipString();
    if (first == '{' || first == '[') {
        // Nesting is counted only to find the value's end; what is inside is checked when it is parsed.
        int depth = 0;
        do {
            const int c = peek();
            if (c < 0)
                return fail(first == '{' ? QJsonParseError::UnterminatedObject
                                         : QJsonParseError::UnterminatedArray);
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
        } while (depth > 0);
        return true;
    }
    // A number, true, false or null: up to the next punctuation.
    qsizetype length = 0;
    for (int c = peek(); c >= 0 && !isSpace(c) && c != ',' && c != ']' && c != '}'; c = peek()) {
        ++m_at;
        ++length;
    }
    return length > 0 || fail(QJsonParseError::IllegalValue);
}

bool JsonScanner::capture(QByteArray& into) {
    // The bytes are copied in runs, as the buffer is left and when the value ends, not one by one.
    peek();
    m_capture = &into;
    m_captureFrom = m_at;
    const bool whole = skipValue();
    if (m_captureFrom <= m_at)
        into.append(m_buffer.constData() + m_captureFrom, m_at - m_captureFrom);
    m_capture = nullptr;
    return whole;
}

bool JsonScanner::scanMembers(QList<Member>& members) {
    seek(0);
    // A byte order mark that starts the file only says it is UTF-8.
    if (peek() == 0xEF && m_buffer.startsWith("\xEF\xBB\xBF"))
        m_at = 3;
    skipSpace();
    const int first = peek();
    if (first == '[') {
        m_notAnObject = true;
        return false;
    }
    if (first != '{') {
        get();
        return fail(QJsonParseError::IllegalValue);
    }
    get();
    skipSpace();
    if (peek() == '}') {
        get();
    } else {
        for (;;) {
            skipSpace();
            if (peek() != '"') {
                get();
                return fail(QJsonParseError::UnterminatedObject);
            }
            const qint64 nameAt = offset();
            QByteArray quoted;
            if (!capture(quoted))
                return false;
            QJsonParseError nameError;
            const QJsonArray name = QJsonDocument::fromJson('[' + quoted + ']', &nameError).array();
            if (nameError.error != QJsonParseError::NoError) {
                m_error = nameError.error;
                m_errorOffset = nameAt + nameError.offset - 1;
                return false;
            }
            skipSpace();
            if (get() != ':')
                return fail(QJsonParseError::MissingNameSeparator);
            skipSpace();
            Member member;
            member.name = name.at(0).toString();
            member.start = offset();
            member.first = char(peek());
            if (!skipValue())
                return false;
            member.end = offset();
            members.append(member);
            skipSpace();
            const int next = get();
            if (next == '}')
                break;
            if (next != ',')
                return fail(QJsonParseError::UnterminatedObject);
        }
    }
    skipSpace();
    if (peek() >= 0)
        return fail(QJsonParseError::GarbageAtEnd);
    return true;
}

bool JsonScanner::forEachElement(const Member& member,
                                 const std::function<bool(const QByteArray&, qint64)>& each) {
    if (!seek(member.start) || get() != '[')
        return fail(QJsonParseError::IllegalValue);
    skipSpace();
    if (peek() == ']')
        return true;
    QByteArray element;
    for (;;) {
        skipSpace();
        const qint64 at = offset();
        // Captured inside brackets: a record is parsed as the one element of a list, so that one that is no
        // object is still read, and named as such.
        // Emptied, not assigned: the buffer keeps its room, so that a record is not grown anew each time.
        element.resize(0);
        element += '[';
        if (!capture(element))
            return false;
        element += ']';
        if (!each(element, at))
            return false;
        skipSpace();
        const int next = get();
        if (next == ']')
            return true;
        if (next != ',')
            return fail(next < 0 ? QJsonParseError::UnterminatedArray
                                 : QJsonParseError::MissingValueSeparator);
    }
}

QByteArray JsonScanner::valueOf(const Member& member) {
    seek(member.start);
    const QByteArray value = m_device.read(member.end - member.start);
    seek(member.end);
    return value;
}

QString JsonScanner::position(QIODevice& device, qint64 offset) {
    device.seek(0);
    qint64 line = 1;
    qint64 lastNewline = -1;
    for (qint64 at = 0; at < offset;) {
        const QByteArray piece = device.read(std::min(chunk, offset - at));
        if (piece.isEmpty())
            break;
        for (qsizetype i = 0; i < piece.size(); ++i) {
            if (piece.at(i) == '\n') {
                ++line;
                lastNewline = at + i;
            }
        }
        at += piece.size();
    }
    return QCoreApplication::translate("lk::JsonImporter", "line %1, column %2")
        .arg(line)
        .arg(offset - lastNewline);
}

} // namespace lk
