// CountingDevice: a buffer that remembers the largest single read or write asked of it, so that a test can
// tell an import or export that streams from one that takes or makes the whole file at once.
#pragma once

#include <QBuffer>

#include <algorithm>

namespace lk::test {

class CountingDevice : public QBuffer {
public:
    qint64 largestRead = 0;
    qint64 largestWrite = 0;

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 read = QBuffer::readData(data, maxSize);
        largestRead = std::max(largestRead, read);
        return read;
    }
    qint64 writeData(const char* data, qint64 size) override {
        largestWrite = std::max(largestWrite, size);
        return QBuffer::writeData(data, size);
    }
};

} // namespace lk::test
