// Helpers for the Operativa gruppen tests: a Salem file with the ids the tests need, and valid values for
// meetings, attendance, cases, discussions and action items.
#pragma once

#include "../register/registerfixture.h"
#include "catchqt.h"
#include "og/ogregisters.h"
#include "privacy/personalnumber.h"
#include "promises/promiseregisters.h"

#include <QDate>

namespace lk::test {

inline std::optional<Record> findRecord(const Repository& repository, const RegisterSpec& spec,
                                        const QString& uuid) {
    auto found = repository.find(spec, uuid);
    INFO(found.message().toStdString());
    REQUIRE(found.ok());
    return *found;
}

inline qint64 countWhere(const Repository& repository, const QString& statement,
                         const QVariantList& values = {}) {
    auto count = sql::scalar(repository.database(), statement, values);
    INFO(count.message().toStdString());
    REQUIRE(count.ok());
    return count->toLongLong();
}

// The Salem template with the ids of its municipality, its period and the promise "Operativa gruppen", found
// by title (not through Cadence, which some tests check).
struct SalemFile {
    // On PostgreSQL a database of its own on the test server, for a test tagged [postgres].
    explicit SalemFile(Engine engine = Engine::Sqlite)
        : file(engine, QStringLiteral("salem-2021-2022")) {}

    TestFile file;
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();
    qint64 municipality = scalar(*document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    qint64 period = scalar(*document, QStringLiteral("SELECT id FROM periods")).toLongLong();
    qint64 ogPromise = promiseTitled(QStringLiteral("Operativa gruppen")).id;

    Record promiseTitled(const QString& title) const {
        auto promises = PromiseRegisters::promisesOf(repository, period);
        REQUIRE(promises.ok());
        for (const Record& promise : *promises) {
            if (promise.value(QStringLiteral("title")).toString() == title)
                return promise;
        }
        FAIL("no promise titled " << title.toStdString());
        return {};
    }

    // Closes the file (the document and every handle to its connection), so that it can be read or reopened.
    void close() {
        repository = Repository(QSqlDatabase());
        document.reset();
    }

    qint64 otherMunicipality() const {
        return insertRecord(repository, PromiseRegisters::municipalities(),
                            municipalityValues(QStringLiteral("Botkyrka kommun")))
            .id;
    }
};

inline QVariantMap meetingValues(qint64 municipality, const QDate& held, qint64 promise = 0) {
    QVariantMap values{{QStringLiteral("municipality_id"), municipality},
                       {QStringLiteral("held_on"), held},
                       {QStringLiteral("place"), QStringLiteral("Kommunhuset, rum Uttran")},
                       {QStringLiteral("chair"), QStringLiteral("Säkerhetssamordnaren")},
                       {QStringLiteral("agenda"), QStringLiteral("1. Lägesbild\n2. Ärenden\n3. Åtgärder")},
                       {QStringLiteral("minutes"), QStringLiteral("Lägesbilden gicks igenom.")}};
    if (promise > 0)
        values.insert(QStringLiteral("promise_id"), promise);
    return values;
}

inline QVariantMap attendanceValues(qint64 meeting, const QString& organisation, int present) {
    return {{QStringLiteral("meeting_id"), meeting},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("present"), present}};
}

// An ongoing case of a 15-17-year-old, with the guardian's consent.
inline QVariantMap caseValues(qint64 municipality, const QString& code, const QDate& opened) {
    return {{QStringLiteral("municipality_id"), municipality},
            {QStringLiteral("code"), code},
            {QStringLiteral("opened_on"), opened},
            {QStringLiteral("kind"), QStringLiteral("individ")},
            {QStringLiteral("age_band"), QStringLiteral("15_17")},
            {QStringLiteral("status"), QStringLiteral("pagaende")},
            {QStringLiteral("path"), QStringLiteral("utbildning")},
            {QStringLiteral("responsible"), QStringLiteral("Socialfältare")},
            {QStringLiteral("consent"), true},
            {QStringLiteral("consent_by"), QStringLiteral("vardnadshavare")},
            {QStringLiteral("consent_on"), opened.addDays(3)},
            {QStringLiteral("background"), QStringLiteral("Hög frånvaro från skolan.")}};
}

inline QVariantMap closedCaseValues(qint64 municipality, const QString& code, const QDate& opened,
                                    const QDate& closed) {
    return merged(caseValues(municipality, code, opened),
                  {{QStringLiteral("status"), QStringLiteral("avslutad")},
                   {QStringLiteral("outcome"), QStringLiteral("brot_trenden")},
                   {QStringLiteral("closed_on"), closed}});
}

inline QVariantMap noteValues(qint64 caseId, qint64 meeting, const QString& note, const QString& decisions) {
    return {{QStringLiteral("case_id"), caseId},
            {QStringLiteral("meeting_id"), meeting},
            {QStringLiteral("note"), note},
            {QStringLiteral("decisions"), decisions}};
}

inline QVariantMap actionValues(qint64 meeting, const QString& what, const QDate& due,
                                const QString& status = QStringLiteral("oppen")) {
    return {{QStringLiteral("meeting_id"), meeting},
            {QStringLiteral("what"), what},
            {QStringLiteral("responsible"), QStringLiteral("Skola")},
            {QStringLiteral("due_on"), due},
            {QStringLiteral("status"), status}};
}

// A personal identity number with a real date and a correct check digit, as YYMMDD-NNNC.
inline QString validPersonalNumber() {
    const QString nine = QStringLiteral("850709123");
    return nine.left(6) + u'-' + nine.mid(6) + QString::number(PersonalNumber::checkDigit(nine));
}

// Puts a personal identity number into each free-text field of each record in turn and checks that the insert
// is refused naming the field, without repeating the number, and writes nothing. Returns how many fields it
// tried.
inline int checkGuardOnFreeText(const Repository& repository,
                                const QList<QPair<const RegisterSpec*, QVariantMap>>& records) {
    const QString number = validPersonalNumber();
    int checked = 0;
    for (const auto& [spec, values] : records) {
        for (const FieldSpec& field : spec->fields) {
            if (!field.isFreeText())
                continue;
            INFO(spec->table.toStdString() + "." + field.name.toStdString());
            const qint64 before = rowCount(repository, spec->table);
            QVariantMap withNumber = values;
            withNumber.insert(field.name, QString(QStringLiteral("Kontakt: ") + number));
            auto inserted = repository.insert(*spec, recordOf(withNumber), Repository::Stamp::Now);
            REQUIRE_FALSE(inserted.ok());
            CHECK(inserted.message().contains(field.displayLabel()));
            CHECK(inserted.message().contains(QStringLiteral("personnummer")));
            CHECK_FALSE(inserted.message().contains(number));
            CHECK(rowCount(repository, spec->table) == before);
            ++checked;
        }
    }
    return checked;
}

} // namespace lk::test
