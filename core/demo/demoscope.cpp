#include "demo/demoscope.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace lk {

QString DemoScope::local(const char* utf8) const {
    return local(QString::fromUtf8(utf8));
}

QString DemoScope::local(const QString& text) const {
    if (isSample())
        return text;
    QString told = text;
    told.replace(QStringLiteral("Salem"), town).replace(QStringLiteral("Rönninge"), village);
    if (yearShift() == 0)
        return told;
    // "Elva möten 2022", "plan för 2023–2024": the years the sample's texts name, moved with the period.
    static const QRegularExpression year(QStringLiteral("\\b20[12]\\d\\b"));
    QString moved;
    qsizetype from = 0;
    for (auto it = year.globalMatch(told); it.hasNext();) {
        const auto match = it.next();
        moved += told.mid(from, match.capturedStart() - from) +
                 QString::number(match.captured().toInt() + yearShift());
        from = match.capturedEnd();
    }
    return moved + told.mid(from);
}

int DemoScope::scaled(double count, int least) const {
    return std::max(least, int(std::lround(count * size)));
}

} // namespace lk
