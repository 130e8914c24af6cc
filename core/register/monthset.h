// MonthSet: the months of the year some work is done in ("3,4,5,9,10" in the file, "mars–maj, sep–okt" to a
// reader); an empty set means every month alike.
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

namespace lk {

class MonthSet {
public:
    MonthSet() = default;
    explicit MonthSet(const QList<int>& months); // months outside 1–12 are left out

    // Months as the file, a form or an import gives them: "3,4,5" (spaces allowed), a list of numbers or of
    // number texts, in any order, repeats allowed. Nothing when a part is not a whole number 1–12.
    static std::optional<MonthSet> read(const QVariant& value);

    bool isEmpty() const { return m_bits == 0; }
    bool contains(int month) const { return month >= 1 && month <= 12 && (m_bits & (1u << month)) != 0; }
    // Whether work is done in the month: one of the set, or any month when the set is empty.
    bool isWorkMonth(int month) const { return isEmpty() || contains(month); }
    QList<int> months() const;
    // "3,4,5,9,10": sorted, each once; empty for the empty set.
    QString toText() const;
    // "mars–maj, sep–okt" (English: "Mar–May, Sep–Oct"): runs of months as ranges, by the locale's standalone
    // short names; empty for the empty set.
    QString displayText(const QLocale& locale = QLocale()) const;
    // The month's standalone short name, without the abbreviation's full stop ("jan", "mars", "Sep").
    static QString shortName(int month, const QLocale& locale = QLocale());
    // The days from `from` to `to` (both included) that lie in work months.
    int workDays(const QDate& from, const QDate& to) const;

    bool operator==(const MonthSet& other) const = default;

private:
    quint16 m_bits = 0; // bit m for month m
};

} // namespace lk
