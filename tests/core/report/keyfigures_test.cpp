#include "catchqt.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "report/keyfigures.h"
#include "samplefile.h"
#include "testfile.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace lk;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

struct Demo : lk::test::SampleFile {
    KeyFigures of(const QDate& from, const QDate& to) const {
        auto figures = KeyFigures::of(repository, municipality, from, to);
        INFO(figures.message().toStdString());
        REQUIRE(figures.ok());
        return *figures;
    }
};

QString valueOf(const QList<KeyFigures::Figure>& figures, const QString& labelStart) {
    for (const KeyFigures::Figure& figure : figures) {
        if (figure.label.startsWith(labelStart))
            return figure.value;
    }
    return {};
}

} // namespace

TEST_CASE("The key figures count what the registers hold, asked without them", "[report][keyfigures]") {
    Demo demo;
    const KeyFigures figures = demo.of(QDate(2021, 1, 1), QDate(2022, 12, 31));

    // Actions from the period's walks fixed within six months of the walk, of those fixed, rejected or due.
    const int actions = demo.count(QStringLiteral(
        "SELECT count(*) FROM observations o JOIN walks w ON w.id = o.walk_id WHERE o.action IS NOT NULL AND "
        "w.walked_on BETWEEN '2021-01-01' AND '2022-12-31'"));
    CHECK(figures.walkActions.actions == actions);
    const QString sixMonthsOn =
        lk::Dialect::datePlusMonths(demo.document->database().engine(), QStringLiteral("w.walked_on"), 6);
    const int inTime = demo.count(
        QStringLiteral(
            "SELECT count(*) FROM observations o JOIN walks w ON w.id = o.walk_id WHERE o.status = "
            "'atgardad' AND o.done_on <= %1 AND w.walked_on BETWEEN '2021-01-01' AND '2022-12-31'")
            .arg(sixMonthsOn));
    CHECK(figures.walkActions.inTime == inTime);
    REQUIRE(figures.walkActions.settled > 0);

    // Operativa gruppen's items open at the end of 2022 (raised by then, not finished by then), and overdue.
    const int open = demo.count(QStringLiteral(
        "SELECT count(*) FROM action_items t JOIN og_meetings m ON m.id = t.meeting_id WHERE m.held_on <= "
        "'2022-12-31' AND (t.status <> 'klar' OR t.done_on > '2022-12-31')"));
    CHECK(figures.ogActions.open == open);

    // The households in the areas active in the period.
    const int joined = demo.count(QStringLiteral(
        "SELECT coalesce(sum(households_joined), 0) FROM watch_areas WHERE started_on <= '2022-12-31' AND "
        "(ended_on IS NULL OR ended_on > '2021-01-01')"));
    CHECK(figures.watch.householdsJoined == joined);
    CHECK(joined > 0);

    CHECK(figures.places.places == demo.count(QStringLiteral("SELECT count(*) FROM places")));
    CHECK(figures.places.high + figures.places.medium + figures.places.low <= figures.places.places);

    // In words, a share always with what it is of.
    const QList<KeyFigures::Figure> words = figures.figures();
    CHECK(valueOf(words, QStringLiteral("Actions from safety walks fixed")) ==
          QStringLiteral("%1 of %2 (%3 %)")
              .arg(inTime)
              .arg(figures.walkActions.settled)
              .arg(qRound(100.0 * inTime / figures.walkActions.settled)));
    CHECK(valueOf(words, QStringLiteral("Operativa gruppen's action items overdue"))
              .endsWith(QStringLiteral(" of %1 open").arg(open)));
    CHECK(valueOf(words, QStringLiteral("Households joined")).contains(QStringLiteral("active area")));
}

TEST_CASE("A key figure goes with the promise whose target counts its register", "[report][keyfigures]") {
    Demo demo;
    const KeyFigures figures = demo.of(QDate(2021, 1, 1), QDate(2021, 8, 31));
    const auto walks = figures.about({QStringLiteral("walks")});
    REQUIRE_FALSE(walks.isEmpty());
    for (const KeyFigures::Figure& figure : walks)
        CHECK(figure.label.contains(QStringLiteral("safety walks")));
    CHECK(figures.about({QStringLiteral("og_meetings")}).size() == 1);
    // Nothing counts the unsafe places: the lägesbild is what no target claims.
    const auto unclaimed = figures.unclaimed(
        {QStringLiteral("walks"), QStringLiteral("og_meetings"), QStringLiteral("watch_areas")});
    REQUIRE_FALSE(unclaimed.isEmpty());
    for (const KeyFigures::Figure& figure : unclaimed)
        CHECK(figure.tables.contains(QStringLiteral("places")));
}

TEST_CASE("Key figures say one and many right", "[report][keyfigures][plural]") {
    // English as --lang en speaks it: with its plural forms.
    QTranslator plurals;
    REQUIRE(plurals.load(QStringLiteral(":/i18n/lofteskollen_en.qm")));
    QCoreApplication::installTranslator(&plurals);
    struct Removed {
        QTranslator& translator;
        ~Removed() { QCoreApplication::removeTranslator(&translator); }
    } removed{plurals};
    KeyFigures figures;
    figures.from = QDate(2021, 1, 1);
    figures.to = QDate(2021, 8, 31);
    figures.ogActions = {1, 1};
    figures.walkActions.actions = 1;
    figures.walkActions.open = 1;
    figures.walkActions.overdue = 1;
    figures.watch.activeAreas = 1;
    figures.watch.householdsJoined = 1200;
    figures.watch.households = 2400;
    QList<KeyFigures::Figure> words = figures.figures();
    CHECK(valueOf(words, QStringLiteral("Operativa gruppen")) == QStringLiteral("1 of 1 open"));
    CHECK(valueOf(words, QStringLiteral("Actions from safety walks fixed")) ==
          QStringLiteral("none due yet (1 action open)"));
    CHECK(valueOf(words, QStringLiteral("Actions from safety walks past")) == QStringLiteral("1 action"));
    CHECK(valueOf(words, QStringLiteral("Households")).endsWith(QStringLiteral("in 1 active area")));
    figures.walkActions.overdue = 2;
    figures.watch.activeAreas = 3;
    words = figures.figures();
    CHECK(valueOf(words, QStringLiteral("Actions from safety walks past")) == QStringLiteral("2 actions"));
    CHECK(valueOf(words, QStringLiteral("Households")).endsWith(QStringLiteral("in 3 active areas")));
}
