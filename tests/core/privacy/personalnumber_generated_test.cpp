// Generated texts for PersonalNumber::find, the one personal-data guard: every written form of a valid
// personal identity or coordination number, beside every kind of neighbour, must be refused; near-misses of
// the same shapes (a wrong check digit, an impossible date, dates, times, phone, organisation and order
// numbers, amounts, postcodes, years) must pass. Examples miss what no one thought of; generated texts put
// each form beside each neighbour. The seed is printed with the counts.
#include "../walks/digitalwalkfixture.h"
#include "catchqt.h"
#include "personalnumbertexts.h"
#include "privacy/personalnumber.h"

#include <QMap>

#include <iostream>

using namespace lk;
using namespace lk::test;
using namespace lk::test::personalnumbers;

namespace {

struct Tally {
    int total = 0;
    int found = 0;
};

// One line of the printed table.
std::string line(const QString& what, const Tally& tally) {
    return QStringLiteral("  %1 %2 of %3\n")
        .arg(what.leftJustified(34), QString::number(tally.found).rightJustified(5),
             QString::number(tally.total))
        .toStdString();
}

// A text on one line, its line breaks shown.
QString shown(QString text) {
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("⏎")).replace(u'\n', QStringLiteral("⏎"));
}

// For the checks of what uses the guard: one generated text of each kind of neighbour before the number, of
// the form the tester found let through (the century, then '-' or a space).
QList<Generated> onePerNeighbour() {
    QList<Generated> picked;
    for (int kind = 0; kind < neighbours().size(); ++kind)
        for (const Generated& g : allTexts().valid)
            if (g.before == kind && g.number.size() == 13 && g.number.at(8) == (kind % 2 ? u' ' : u'-')) {
                picked << g;
                break;
            }
    return picked;
}

} // namespace

TEST_CASE("Generated texts: every valid number beside any neighbour is refused, near-misses pass",
          "[personalnumber][privacy]") {
    const AllTexts& texts = allTexts();
    const int generated = int(texts.valid.size() + texts.nearMisses.size() + texts.numberShaped.size());
    CHECK(generated >= 10000);

    QMap<QString, Tally> forms, nearMisses, shaped;
    QList<Tally> asBefore(neighbours().size()), asAfter(neighbours().size());
    Tally valid, misplaced, falseAlarms;
    QStringList firstMissed, firstMisplaced, firstFalseAlarms;
    for (const Generated& g : texts.valid) {
        const auto found = PersonalNumber::find(g.text);
        const int hit = found ? 1 : 0;
        for (Tally* tally : {&valid, &forms[g.category], &asBefore[g.before], &asAfter[g.after]}) {
            ++tally->total;
            tally->found += hit;
        }
        if (!found && firstMissed.size() < 10)
            firstMissed << shown(g.text);
        // Found where it stands, whole, and masked: the digital walk replaces exactly that span.
        if (found && (found->start != g.start || found->length != g.number.size() ||
                      found->masked != g.masked || found->coordination != g.coordination)) {
            ++misplaced.found;
            if (firstMisplaced.size() < 10)
                firstMisplaced << shown(g.text);
        }
    }
    for (const Generated& g : texts.nearMisses) {
        const bool found = PersonalNumber::find(g.text).has_value();
        for (Tally* tally : {&falseAlarms, &nearMisses[g.category]}) {
            ++tally->total;
            tally->found += found ? 1 : 0;
        }
        if (found && firstFalseAlarms.size() < 10)
            firstFalseAlarms << shown(g.text);
    }
    for (const Generated& g : texts.numberShaped) {
        ++shaped[g.category].total;
        shaped[g.category].found += PersonalNumber::find(g.text) ? 1 : 0;
    }

    std::string report = "PersonalNumber::find on generated texts (seed " +
                         std::to_string(personalNumberSeed) + "): " + std::to_string(generated) + " texts\n";
    report += line(QStringLiteral("valid numbers refused"), valid);
    for (auto it = forms.cbegin(); it != forms.cend(); ++it)
        report += line(it.key(), it.value());
    report += "  refused, by the neighbour before / after:\n";
    for (int kind = 0; kind < neighbours().size(); ++kind)
        report += line(QStringLiteral("before: ") + neighbours().at(kind).kind, asBefore.at(kind)) +
                  line(QStringLiteral("after:  ") + neighbours().at(kind).kind, asAfter.at(kind));
    report += line(QStringLiteral("refused elsewhere than the number"), {valid.total, misplaced.found});
    report += line(QStringLiteral("near-misses refused (false alarms)"), falseAlarms);
    for (auto it = nearMisses.cbegin(); it != nearMisses.cend(); ++it)
        report += line(QStringLiteral("  ") + it.key(), it.value());
    for (const QString& text : firstFalseAlarms)
        report += "    false alarm: " + text.toStdString() + '\n';
    report += "  measured, not checked (no guard can tell these from a number):\n";
    for (auto it = shaped.cbegin(); it != shaped.cend(); ++it)
        report += line(QStringLiteral("  ") + it.key(), it.value());
    std::cout << report << std::flush;

    {
        INFO("first texts let through: " << firstMissed.join(QStringLiteral(" | ")).toStdString());
        CHECK(valid.found == valid.total);
    }
    {
        INFO("first found elsewhere: " << firstMisplaced.join(QStringLiteral(" | ")).toStdString());
        CHECK(misplaced.found == 0);
    }
    CHECK(falseAlarms.found * 100 <= falseAlarms.total);
    for (auto it = nearMisses.cbegin(); it != nearMisses.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value().found * 100 <= it.value().total);
    }
}

TEST_CASE("A generated text with a number is refused by the repository, and other texts are stored",
          "[personalnumber][privacy]") {
    SalemFile salem;
    const qint64 areasBefore = rowCount(salem.repository, QStringLiteral("focus_areas"));
    const qint64 auditBefore = auditCount(salem.repository);
    const auto storeSituation = [&](const QString& text, int order) {
        ChangeSet changes;
        changes.insert(PromiseRegisters::focusAreas(),
                       recordOf(merged(focusAreaValues(salem.period, 90 + order, QStringLiteral("Generated")),
                                       {{QStringLiteral("situation"), text}})));
        return salem.repository.apply(changes);
    };
    const QList<Generated> withNumbers = onePerNeighbour();
    REQUIRE(withNumbers.size() == neighbours().size());
    for (const Generated& g : withNumbers) {
        INFO(g.text.toStdString());
        auto refused = storeSituation(g.text, 0);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.message().toStdString(), mentions(g.masked));
        CHECK_FALSE(refused.message().contains(g.number));
    }
    CHECK(rowCount(salem.repository, QStringLiteral("focus_areas")) == areasBefore);
    CHECK(auditCount(salem.repository) == auditBefore);

    // The guard's answer is what keeps a text out: a near-miss beside the same neighbours is stored.
    int order = 1;
    for (const Generated& g : allTexts().nearMisses)
        if (g.category == QStringLiteral("wrong check digit") && order <= 3) {
            INFO(g.text.toStdString());
            auto stored = storeSituation(g.text, order++);
            INFO(stored.message().toStdString());
            CHECK(stored.ok());
        }
    CHECK(rowCount(salem.repository, QStringLiteral("focus_areas")) == areasBefore + 3);
}

TEST_CASE("The digital-walk import takes a generated number out of the text and keeps the text it was in out",
          "[personalnumber][privacy]") {
    DigitalWalkFile walk;
    const QList<Generated> withNumbers = onePerNeighbour();
    QString csv = QStringLiteral("Plats;Beskrivning\n");
    for (const Generated& g : withNumbers)
        csv += QStringLiteral("Torget;\"%1\"\n").arg(QString(g.text).replace(u'"', QStringLiteral("\"\"")));
    auto read = DigitalWalkCsv::read(walk.repository, walk.walk.id, csv.toUtf8());
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    DigitalWalkCsv::Preview preview = *read;
    REQUIRE(preview.rows.size() == withNumbers.size());
    for (int i = 0; i < preview.rows.size(); ++i) {
        const Generated& g = withNumbers.at(i);
        const DigitalWalkCsv::Row& row = preview.rows.at(i);
        INFO(g.text.toStdString() << " -> " << row.description.toStdString());
        CHECK_FALSE(row.description.contains(g.number));
        CHECK_THAT(row.description.toStdString(),
                   mentions(g.coordination ? QStringLiteral("[coordination number removed]")
                                           : QStringLiteral("[personal identity number removed]")));
        QStringList notes;
        for (const DigitalWalkCsv::Note& note : preview.notes(i))
            notes << note.text;
        CHECK_THAT(notes.join(u'\n').toStdString(), mentions(g.masked));
        CHECK_FALSE(row.accepted);
    }

    // Written back as it was, a text cannot be included.
    preview.acceptNone();
    preview.rows[0].description = withNumbers.first().text;
    preview.rows[0].accepted = true;
    CHECK(preview.level(0) == DigitalWalkCsv::Level::Blocking);
    CHECK_FALSE(DigitalWalkCsv::store(*walk.document, preview).ok());
    CHECK(walk.observations() == 0);

    // As proposed, with the numbers taken out, they can be, and the file holds none of the numbers.
    preview = *read;
    for (DigitalWalkCsv::Row& row : preview.rows)
        row.accepted = true;
    auto stored = DigitalWalkCsv::store(*walk.document, preview);
    INFO(stored.message().toStdString());
    REQUIRE(stored.ok());
    CHECK(walk.observations() == withNumbers.size());
    const QString content = contentOf(*walk.document);
    for (const Generated& g : withNumbers)
        CHECK_FALSE(content.contains(g.number));
}
