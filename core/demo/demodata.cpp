#include "demo/demodata.h"

#include "db/sql.h"
#include "db/transaction.h"
#include "demo/demoperiod.h"
#include "demo/regiondemo.h"
#include "io/templates.h"

#include <QCoreApplication>
#include <QUuid>

namespace lk {

namespace {

// Fixed, so that two demo files share their UUIDs (and their exports are byte-identical).
const QUuid demoNamespace = QUuid::fromString(QStringLiteral("{2f9d0d6c-7a0e-4d8e-9b51-0c6f1e2a7b33}"));

// Salem 2021–2022 from the template, with two years of follow-up.
Status fillSample(const Repository& repository) {
    if (auto loaded = Templates::apply(repository, Templates::defaultName()); !loaded)
        return loaded.error();
    auto period = sql::run(repository.database(),
                           QStringLiteral("SELECT id, municipality_id FROM periods ORDER BY id LIMIT 1"));
    if (!period)
        return period.error();
    if (!period->next())
        return {};
    DemoScope scope;
    scope.space = demoNamespace;
    scope.municipalityId = period->value(1).toLongLong();
    const qint64 periodId = period->value(0).toLongLong();
    period->finish();

    Transaction transaction(repository.database());
    if (!transaction.begun())
        return transaction.begun();
    if (Status filled = DemoPeriod::fill(repository, scope, periodId); !filled)
        return filled;
    return transaction.commit();
}

} // namespace

QStringList DemoData::scales() {
    return {QStringLiteral("sample"), QStringLiteral("region")};
}

Status DemoData::fill(const Repository& repository, const QString& scale) {
    if (!scales().contains(scale))
        return Error{
            QCoreApplication::translate("lk::DemoData", "There is no demo scale “%1”. Choose one of: %2.")
                .arg(scale, scales().join(QStringLiteral(", ")))};
    if (scale == QStringLiteral("region"))
        return RegionDemo::fill(repository);
    return fillSample(repository);
}

} // namespace lk
