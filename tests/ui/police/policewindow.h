// PoliceWindow: the window on a Salem file whose traffic promise counts traffic controls, on the police page,
// for the tests that drive its tabs.
#pragma once

#include "../../core/police/policefixture.h"
#include "mainwindow.h"
#include "pagewindow.h"
#include "police/policepage.h"

namespace lk::test {

struct PoliceWindow {
    TestFile file{QStringLiteral("salem-2021-2022")};
    MainWindow window;
    PolicePage* page = nullptr;
    qint64 municipality = 0;
    qint64 trafficPromise = 0;

    PoliceWindow() {
        REQUIRE(window.openFile(file.path()));
        municipality = scalar(document(), QStringLiteral("SELECT id FROM municipalities")).toLongLong();
        trafficPromise =
            scalar(document(), QStringLiteral("SELECT id FROM promises WHERE title = 'Trafikkontroller'"))
                .toLongLong();
        REQUIRE(window.document()
                    ->insert(PromiseRegisters::targets(),
                             recordOf(countingTarget(trafficPromise, QStringLiteral("traffic_controls"), 100,
                                                     QStringLiteral("period"))))
                    .ok());
        // As the user does: through the navigation.
        page = showPage<PolicePage>(window);
    }
    Document& document() const { return *window.document(); }
    int count(const QString& table) const {
        return scalar(document(), QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }
};

} // namespace lk::test
