#include "catchqt.h"
#include "common/importdialog.h"
#include "common/spreadsheetexport.h"
#include "common/windowprogress.h"
#include "mainwindow.h"
#include "samplefile.h"
#include "swedish.h"
#include "testfile.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace lk;
using namespace lk::test;

namespace {

// The dialog comes at a job's first step while the test lives, instead of after half a second.
struct ShownAtOnce {
    ShownAtOnce() { WindowProgress::setShowDelay(0); }
    ~ShownAtOnce() { WindowProgress::setShowDelay(std::numeric_limits<int>::max()); }
};

// Watches for a job's progress dialog. Once the dialog says `phase` and its bar has moved (records were
// written), it presses the dialog's own Cancel button, as a user would: driven by the job's progress, not
// by the clock.
class CancelAt : public QObject {
public:
    explicit CancelAt(QString phase)
        : m_phase(std::move(phase)) {
        qApp->installEventFilter(this);
    }
    ~CancelAt() override { qApp->removeEventFilter(this); }

    QStringList buttonTexts; // Cancel's text in each dialog shown
    QStringList phases;      // what the dialog said
    bool clicked = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Show || watched->objectName() != QStringLiteral("progress") ||
            !watched->isWidgetType())
            return false;
        auto* dialog = static_cast<QWidget*>(watched);
        auto* stop = dialog->findChild<QPushButton*>(QStringLiteral("stop"));
        auto* phase = dialog->findChild<QLabel*>(QStringLiteral("phase"));
        auto* bar = dialog->findChild<QProgressBar*>();
        REQUIRE(stop);
        REQUIRE(phase);
        REQUIRE(bar);
        buttonTexts << stop->text();
        QObject::connect(bar, &QProgressBar::valueChanged, dialog, [this, stop, phase](int value) {
            phases << phase->text();
            if (clicked || phase->text() != m_phase || value == 0)
                return;
            REQUIRE(stop->isEnabled());
            clicked = true;
            QTest::mouseClick(stop, Qt::LeftButton);
        });
        return false;
    }

private:
    QString m_phase;
};

// Presses Import in the import's preview once it is the dialog in front (a progress dialog may be before
// it).
void importWhenPreviewed() {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer] {
        auto* preview = qobject_cast<ImportDialog*>(QApplication::activeModalWidget());
        if (!preview)
            return;
        timer->stop();
        timer->deleteLater();
        QTest::mouseClick(preview->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    timer->start();
}

} // namespace

TEST_CASE("A long import shows its progress with Avbryt, and Avbryt takes the whole import back",
          "[ui][progress][exchange]") {
    Swedish swedish;
    const ShownAtOnce atOnce;
    QTemporaryDir folder;
    const QString json = folder.filePath(QStringLiteral("sample.json"));
    {
        SampleFile sample;
        QFile file(json);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(TestFile::exportOf(*sample.document));
    }
    TestFile coordinator(QStringLiteral("salem-2021-2022"));
    MainWindow window;
    REQUIRE(window.openFile(coordinator.path()));
    const QByteArray before = TestFile::exportOf(*window.document());

    CancelAt cancel(QCoreApplication::translate("lk::JsonImporter", "Importing the records"));
    importWhenPreviewed();
    CHECK_FALSE(window.importFile(json));
    CHECK(cancel.clicked);
    // A dialog for the preview and one for the import, each with Avbryt.
    CHECK(cancel.buttonTexts == QStringList{QStringLiteral("Avbryt"), QStringLiteral("Avbryt")});
    CHECK(cancel.phases.contains(QStringLiteral("Kontrollerar vad importen skulle ändra")));

    CHECK(TestFile::exportOf(*window.document()) == before);
    // No warning: the status bar says that nothing changed, and the dialog is gone.
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("ingenting ändrades")));
    CHECK(window.findChildren<QDialog*>(QStringLiteral("progress")).isEmpty());
}

TEST_CASE("An export to Excel cancelled with Avbryt leaves the old workbook as it was",
          "[ui][progress][excel]") {
    const ShownAtOnce atOnce;
    SampleFile sample;
    QMainWindow window;
    window.show();
    const QString path = sample.file.pathFor(QStringLiteral("alla.xlsx"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the old workbook");
    }
    CancelAt cancel(QCoreApplication::translate("lk::RegisterExport", "Writing the rows"));
    CHECK_FALSE(SpreadsheetExport::writeFile(sample.document.get(), 0, path, &window));
    CHECK(cancel.clicked);
    CHECK(bytesOf(path) == "the old workbook");
    CHECK(QDir(sample.file.pathFor(QString())).entryList({QStringLiteral("alla*")}, QDir::Files).size() == 1);
    CHECK_FALSE(window.statusBar()->currentMessage().isEmpty());
}
