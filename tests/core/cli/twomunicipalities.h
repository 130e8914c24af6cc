// TwoMunicipalities: Salem's template and a second municipality whose period has the same name, 2021–2022, as
// every municipality's periods are named alike; the command line must not pick one of them silently.
#pragma once

#include "../og/ogfixture.h"

namespace lk::test {

struct TwoMunicipalities : SalemFile {
    qint64 huddinge = insertRecord(repository, PromiseRegisters::municipalities(),
                                   municipalityValues(QStringLiteral("Huddinge kommun")))
                          .id;
    qint64 huddingePeriod = insertRecord(repository, PromiseRegisters::periods(), periodValues(huddinge)).id;
    // A promise of Huddinge's own, so that its report is told from Salem's by more than the name.
    qint64 huddingeFocus = insertRecord(repository, PromiseRegisters::focusAreas(),
                                        focusAreaValues(huddingePeriod, 1, QStringLiteral("Trygg skolväg")))
                               .id;
    qint64 huddingePromise =
        insertRecord(repository, PromiseRegisters::promises(),
                     promiseValues(huddingeFocus, 1, QStringLiteral("Skolvägsvandringar")))
            .id;
};

} // namespace lk::test
