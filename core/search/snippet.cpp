#include "search/snippet.h"

#include "search/searchresult.h"

#include <QList>
#include <QRegularExpression>

namespace lk {

namespace {

struct Span {
    qsizetype start;
    qsizetype end;
};

// The index's words: runs of letters and digits (unicode61 splits at everything else).
QList<Span> wordsOf(const QString& text) {
    QList<Span> spans;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            spans.append({start, i});
            start = -1;
        }
    }
    return spans;
}

// One line: the fields (and a long text's paragraphs) apart, as they are on the record's page.
QString tidied(const QString& text) {
    static const QRegularExpression lineBreaks(QStringLiteral("\\s*\\n\\s*"));
    return text.trimmed().replace(lineBreaks, QStringLiteral(" · ")).simplified();
}

} // namespace

QStringList Snippet::tokens(const QStringList& words) {
    QStringList tokens;
    for (const QString& word : words) {
        for (const Span& span : wordsOf(word))
            tokens << word.mid(span.start, span.end - span.start).toCaseFolded();
    }
    return tokens;
}

QString Snippet::around(const QString& text, const QStringList& tokens, int length) {
    const QList<Span> words = wordsOf(text);
    QList<bool> found(words.size(), false);
    qsizetype first = -1;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString word = text.mid(words.at(i).start, words.at(i).end - words.at(i).start).toCaseFolded();
        for (const QString& token : tokens) {
            if (word.startsWith(token)) {
                found[i] = true;
                break;
            }
        }
        if (found.at(i) && first < 0)
            first = i;
    }
    if (first < 0)
        return {};
    // A few words before the first one found, the rest after it.
    const qsizetype from = std::max<qsizetype>(0, std::min(first - length / 4, words.size() - length));
    const qsizetype to = std::min<qsizetype>(words.size(), from + length);
    const qsizetype textStart = from == 0 ? 0 : words.at(from).start;
    const qsizetype textEnd = to == words.size() ? text.size() : words.at(to - 1).end;
    QString snippet = from == 0 ? QString() : QStringLiteral("…");
    qsizetype at = textStart;
    for (qsizetype i = from; i < to; ++i) {
        if (!found.at(i))
            continue;
        snippet += text.mid(at, words.at(i).start - at) + SearchHit::matchStart +
                   text.mid(words.at(i).start, words.at(i).end - words.at(i).start) + SearchHit::matchEnd;
        at = words.at(i).end;
    }
    snippet += text.mid(at, textEnd - at);
    if (to < words.size())
        snippet += QStringLiteral("…");
    return tidied(snippet);
}

QString Snippet::start(const QString& text, int length) {
    const QList<Span> words = wordsOf(text);
    if (words.size() <= length)
        return tidied(text);
    return tidied(text.left(words.at(length - 1).end) + QStringLiteral("…"));
}

} // namespace lk
