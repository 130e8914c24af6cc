#include "report/policearea.h"

#include "db/sql.h"
#include "promises/promiseregisters.h"

#include <QCoreApplication>

#include <algorithm>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::PoliceArea)
};

} // namespace

const PromiseProgress::Line* PoliceArea::Municipality::line(const QString& title) const {
    for (const PromiseProgress::Line& one : lines) {
        if (one.promise.value(promises::title).toString() == title)
            return &one;
    }
    return nullptr;
}

Result<QStringList> PoliceArea::names(const Repository& repository) {
    auto query =
        sql::run(repository.database(),
                 QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE coalesce(%1, '') <> '' ORDER BY %1")
                     .arg(municipalities::policeArea.toString(), municipalities::table.toString()));
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

Result<PoliceArea> PoliceArea::of(const Repository& repository, const QString& name,
                                  const QString& periodName, const QDate& from, const QDate& to) {
    return of(repository, name, periodName, from, to, Known{});
}

Result<PoliceArea> PoliceArea::of(const Repository& repository, const QString& name,
                                  const QString& periodName, const QDate& from, const QDate& to,
                                  const Known& known) {
    auto all =
        repository.list(PromiseRegisters::municipalities(), municipalities::policeArea.toString(), name);
    if (!all)
        return all.error();
    if (all->isEmpty()) {
        auto known = names(repository);
        if (!known)
            return known.error();
        return Error{
            known->isEmpty()
                ? Text::tr("No municipality in the file belongs to the police area “%1”: none has a "
                           "police area set. Set it on each municipality (Manage > Edit municipality…).")
                      .arg(name)
                : Text::tr("No municipality in the file belongs to the police area “%1”. The police "
                           "areas in the file are: %2.")
                      .arg(name, known->join(QStringLiteral(", ")))};
    }
    PoliceArea area{name, periodName, {}};
    for (const Record& municipality : *all) {
        Municipality one{municipality};
        auto periods =
            repository.list(PromiseRegisters::periods(), periods::municipalityId.toString(), municipality.id);
        if (!periods)
            return periods.error();
        for (const Record& period : *periods) {
            if (period.value(periods::name).toString() == periodName)
                one.period = period;
        }
        if (one.period) {
            const QDate start = one.period->value(periods::startDate).toDate();
            const QDate end = one.period->value(periods::endDate).toDate();
            one.from = from.isValid() ? std::max(from, start) : start;
            one.to = to.isValid() ? std::min(to, end) : end;
            if (known.periodId == one.period->id && known.from == one.from && known.to == one.to) {
                one.lines = known.lines;
            } else {
                auto lines = PromiseProgress::of(repository, one.period->id, one.from, one.to);
                if (!lines)
                    return lines.error();
                one.lines = *lines;
            }
            auto figures = KeyFigures::of(repository, municipality.id, one.from, one.to);
            if (!figures)
                return figures.error();
            one.keyFigures = *figures;
        }
        area.municipalities.append(one);
    }
    std::sort(area.municipalities.begin(), area.municipalities.end(),
              [](const Municipality& a, const Municipality& b) {
                  return QString::localeAwareCompare(a.municipality.value(municipalities::name).toString(),
                                                     b.municipality.value(municipalities::name).toString()) <
                         0;
              });
    return area;
}

QStringList PoliceArea::promiseTitles() const {
    QStringList titles;
    for (const Municipality& municipality : municipalities) {
        for (const PromiseProgress::Line& line : municipality.lines) {
            const QString title = line.promise.value(promises::title).toString();
            if (!titles.contains(title))
                titles << title;
        }
    }
    return titles;
}

QStringList PoliceArea::keyFigureLabels() const {
    QStringList labels;
    for (const Municipality& municipality : municipalities) {
        if (!municipality.keyFigures)
            continue;
        for (const KeyFigures::Figure& figure : municipality.keyFigures->figures()) {
            if (!labels.contains(figure.label))
                labels << figure.label;
        }
    }
    return labels;
}

} // namespace lk
