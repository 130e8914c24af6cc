// Start-up benchmark: the time from process start until the main window is shown and the program quits, for
// Löfteskollen on the `demo --scale sample` file and for a bare QMainWindow program, run alternately.
// Prints the median of each and their ratio (the goal is at most 1.5).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

double runOnce(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        QTextStream(stderr) << program << " failed: exit " << process.exitCode() << '\n'
                            << process.readAll() << '\n';
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 15;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString lofteskollen = QStringLiteral(LOFTESKOLLEN_BINARY);
    if (runOnce(lofteskollen, {QStringLiteral("demo"), QStringLiteral("--db"), file,
                               QStringLiteral("--scale"), QStringLiteral("sample")}) < 0)
        return 1;

    const QStringList ours{QStringLiteral("--db"), file, QStringLiteral("--lang"), QStringLiteral("sv"),
                           QStringLiteral("--exit-after-show")};
    // One untimed run of each warms the disk cache, then they alternate so that noise hits both alike.
    runOnce(lofteskollen, ours);
    runOnce(QStringLiteral(BARE_WINDOW_BINARY), {});
    QList<double> lofteskollenTimes;
    QList<double> bareTimes;
    for (int i = 0; i < runs; ++i) {
        lofteskollenTimes << runOnce(lofteskollen, ours);
        bareTimes << runOnce(QStringLiteral(BARE_WINDOW_BINARY), {});
    }
    const double ourMedian = median(lofteskollenTimes);
    const double bareMedian = median(bareTimes);
    QTextStream out(stdout);
    out << "Start-up to main window shown, median of " << runs << " runs (platform "
        << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb")) << "):\n"
        << "  Löfteskollen on the demo sample file: " << QString::number(ourMedian, 'f', 1) << " ms\n"
        << "  bare QMainWindow program:             " << QString::number(bareMedian, 'f', 1) << " ms\n"
        << "  ratio:                                " << QString::number(ourMedian / bareMedian, 'f', 2)
        << " (goal: at most 1.50)\n";
    return 0;
}
