// Personal-number benchmark: how long PersonalNumber::find takes per call on the texts it meets. Every free
// text a register saves goes through it, and the CSV imports call it once per cell, so its cost is paid per
// cell of a file. Times CALLS calls (default 10,000) on each of four kinds of text: short cells without
// digits, short cells with a few digits (dates, counts), sentences full of dates, times, phone numbers and
// amounts, and sentences that hold a number; prints microseconds per call.
//   build/bin/personalnumber_bench [CALLS]
#include "benchsupport.h"
#include "privacy/personalnumber.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

using namespace lk;
using namespace lk::bench;

namespace {

QTextStream out(stdout);

QString digits(QRandomGenerator& random, int count) {
    QString result;
    for (int i = 0; i < count; ++i)
        result += QChar(u'0' + int(random.bounded(10)));
    return result;
}

QString numberFor(QRandomGenerator& random, bool century, QChar separator) {
    const QDate born = QDate(1940, 1, 1).addDays(int(random.bounded(30000)));
    const QString nine = born.toString(QStringLiteral("yyMMdd")) + digits(random, 3);
    return born.toString(century ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyMMdd")) + separator +
           nine.right(3) + QString::number(PersonalNumber::checkDigit(nine));
}

QString text(const QString& kind, QRandomGenerator& random) {
    if (kind == QStringLiteral("words"))
        return QStringLiteral("Lamporna vid gungorna är trasiga sedan en månad, nr %1.")
            .arg(QChar(u'a' + int(random.bounded(26))));
    if (kind == QStringLiteral("few digits"))
        return QStringLiteral("2021-%1-%2").arg(digits(random, 2), digits(random, 2));
    if (kind == QStringLiteral("many digits"))
        return QStringLiteral("Mötet 2021-03-%1 kl 14:%2 i rum %3, ring 070-%4 %5 %6, kostnad %7 %8,50 kr, "
                              "postnummer %9 80.")
            .arg(digits(random, 2), digits(random, 2), digits(random, 2), digits(random, 3),
                 digits(random, 2), digits(random, 2), digits(random, 2), digits(random, 3),
                 digits(random, 3));
    if (kind == QStringLiteral("a number"))
        return QStringLiteral("Gäller %1 som nämndes.").arg(numberFor(random, false, u'-'));
    return QStringLiteral("Rum %1 %2 kom till mötet 2021-03-04.")
        .arg(digits(random, 2), numberFor(random, true, u' '));
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    out << "PersonalNumber::find, " << calls << " calls per kind of text, the fastest of five runs\n";
    for (const QString& kind :
         {QStringLiteral("words"), QStringLiteral("few digits"), QStringLiteral("many digits"),
          QStringLiteral("a number"), QStringLiteral("a room, a number")}) {
        QRandomGenerator random(4711);
        QStringList texts;
        for (int i = 0; i < calls; ++i)
            texts << text(kind, random);
        int found = 0;
        double fastest = 0;
        for (int run = 0; run < 5; ++run) {
            found = 0;
            const double ms = timed([&] {
                for (const QString& one : texts)
                    found += PersonalNumber::find(one).has_value() ? 1 : 0;
            });
            fastest = run == 0 ? ms : std::min(fastest, ms);
        }
        out << "  " << kind.leftJustified(18) << QString::number(fastest, 'f', 1).rightJustified(8)
            << " ms   " << QString::number(fastest * 1000.0 / calls, 'f', 2).rightJustified(7)
            << " µs/call   found " << found << '\n';
    }
    return 0;
}
