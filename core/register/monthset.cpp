#include "register/monthset.h"

#include <QStringList>

namespace lk {

MonthSet::MonthSet(const QList<int>& months) {
    for (int month : months) {
        if (month >= 1 && month <= 12)
            m_bits |= quint16(1u << month);
    }
}

std::optional<MonthSet> MonthSet::read(const QVariant& value) {
    QStringList parts;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        if (value.toString().trimmed().isEmpty())
            return MonthSet();
        parts = value.toString().split(u',');
        break;
    case QMetaType::QStringList:
        parts = value.toStringList();
        break;
    case QMetaType::QVariantList:
        for (const QVariant& part : value.toList()) {
            // A JSON array gives doubles: 3.0 is March, 3.5 is no month.
            if (part.metaType().id() == QMetaType::Double) {
                const double number = part.toDouble();
                if (number != double(qint64(number)))
                    return std::nullopt;
                parts << QString::number(qint64(number));
            } else if (part.metaType().id() == QMetaType::QString || part.canConvert<qint64>()) {
                parts << part.toString();
            } else {
                return std::nullopt;
            }
        }
        break;
    default:
        if (!value.canConvert<qint64>())
            return std::nullopt;
        parts << value.toString();
    }
    QList<int> months;
    for (const QString& part : std::as_const(parts)) {
        bool ok = false;
        const int month = part.trimmed().toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return std::nullopt;
        months << month;
    }
    return MonthSet(months);
}

QList<int> MonthSet::months() const {
    QList<int> months;
    for (int month = 1; month <= 12; ++month) {
        if (contains(month))
            months << month;
    }
    return months;
}

QString MonthSet::toText() const {
    QStringList parts;
    for (int month : months())
        parts << QString::number(month);
    return parts.join(u',');
}

QString MonthSet::shortName(int month, const QLocale& locale) {
    // Swedish abbreviates with a full stop ("jan.", but "mars", "maj"): without it a range reads "jan–mars".
    QString name = locale.standaloneMonthName(month, QLocale::ShortFormat);
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

QString MonthSet::displayText(const QLocale& locale) const {
    QStringList runs;
    for (int month = 1; month <= 12; ++month) {
        if (!contains(month))
            continue;
        int last = month;
        while (last < 12 && contains(last + 1))
            ++last;
        // Two months side by side read as a range too: "apr–maj" says they belong together.
        runs << (last == month ? shortName(month, locale)
                               : shortName(month, locale) + u'–' + shortName(last, locale));
        month = last;
    }
    return runs.join(QStringLiteral(", "));
}

int MonthSet::workDays(const QDate& from, const QDate& to) const {
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int days = 0;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        if (!isWorkMonth(month.month()))
            continue;
        const QDate first = std::max(month, from);
        const QDate last = std::min(month.addMonths(1).addDays(-1), to);
        days += int(first.daysTo(last)) + 1;
    }
    return days;
}

} // namespace lk
