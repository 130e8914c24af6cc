#include "../register/registerfixture.h"
#include "catchqt.h"
#include "document/document.h"
#include "privacy/auditlog.h"
#include "secondclient.h"
#include "testserver.h"

#include <QSignalSpy>

using namespace lk;
using namespace lk::test;

namespace {

// Someone else's account for the writes of the second client: the audit log names them.
class OtherUser {
public:
    explicit OtherUser(const QByteArray& name)
        : m_saved(qgetenv("USER")) {
        qputenv("USER", name);
    }
    ~OtherUser() { qputenv("USER", m_saved); }

private:
    QByteArray m_saved;
};

} // namespace

TEST_CASE("Undo applies only to rows unchanged since, and otherwise names who changed them and changes "
          "nothing",
          "[document][versions][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    TestFile file(engine, QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    SecondClient second(*document);
    auto promises = document->repository().list(PromiseRegisters::promises());
    REQUIRE(promises.ok());
    REQUIRE(promises->size() >= 2);
    const QString uuid = promises->at(0).uuid;
    const QString aim = QStringLiteral("aim");
    REQUIRE(document->update(PromiseRegisters::promises(), uuid, {{aim, QStringLiteral("Mitt mål")}}).ok());
    REQUIRE(document->undoStack()->count() == 1);
    QSignalSpy failed(document.get(), &Document::failed);

    SECTION("changed by someone else: not undone") {
        {
            OtherUser birgitta("birgitta");
            const Record theirs = *second.repository().find(PromiseRegisters::promises(), uuid).value();
            Record after = theirs;
            after.values.insert(aim, QStringLiteral("Birgittas mål"));
            ChangeSet changes;
            changes.update(PromiseRegisters::promises(), theirs, after);
            REQUIRE(second.repository().apply(changes).ok());
        }
        document->undoStack()->undo();
        REQUIRE(failed.count() == 1);
        const QString message = failed.first().first().toString();
        CHECK_THAT(message.toStdString(), mentions(second.writer(QStringLiteral("birgitta"))));
        const Record now = *document->repository().find(PromiseRegisters::promises(), uuid).value();
        CHECK(now.value(aim) == QVariant(QStringLiteral("Birgittas mål")));
    }
    SECTION("another record changed: undone") {
        const Record other =
            *second.repository().find(PromiseRegisters::promises(), promises->at(1).uuid).value();
        Record after = other;
        after.values.insert(aim, QStringLiteral("Ett annat mål"));
        ChangeSet changes;
        changes.update(PromiseRegisters::promises(), other, after);
        REQUIRE(second.repository().apply(changes).ok());
        document->undoStack()->undo();
        CHECK(failed.count() == 0);
        const Record now = *document->repository().find(PromiseRegisters::promises(), uuid).value();
        CHECK(now.value(aim) == promises->at(0).value(aim));
        // And redo, with the version undo left, applies again.
        document->undoStack()->redo();
        CHECK(failed.count() == 0);
        CHECK(document->repository().find(PromiseRegisters::promises(), uuid).value()->value(aim) ==
              QVariant(QStringLiteral("Mitt mål")));
    }
}
