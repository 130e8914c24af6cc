#include "demo/demonames.h"

#include <QStringList>

namespace lk {

QString DemoNames::stem(int index) {
    static const QStringList stems{
        QStringLiteral("Ekbacken"),   QStringLiteral("Björkängen"),  QStringLiteral("Tallbacka"),
        QStringLiteral("Granhagen"),  QStringLiteral("Lindvreten"),  QStringLiteral("Aspudden"),
        QStringLiteral("Sjöängen"),   QStringLiteral("Berga"),       QStringLiteral("Solberga"),
        QStringLiteral("Haga"),       QStringLiteral("Kvarnbacken"), QStringLiteral("Skogsbrynet"),
        QStringLiteral("Norrby"),     QStringLiteral("Västerby"),    QStringLiteral("Österby"),
        QStringLiteral("Söderängen"), QStringLiteral("Hagby"),       QStringLiteral("Lunda"),
        QStringLiteral("Vreta"),      QStringLiteral("Stensätra"),   QStringLiteral("Bäckby"),
        QStringLiteral("Dalby"),      QStringLiteral("Ängby"),       QStringLiteral("Furuhöjden"),
        QStringLiteral("Hällsätra"),  QStringLiteral("Klöverdalen"), QStringLiteral("Källbacken"),
        QStringLiteral("Mossen"),     QStringLiteral("Rosendal"),    QStringLiteral("Sandviken"),
        QStringLiteral("Kullen"),     QStringLiteral("Lövsta"),      QStringLiteral("Mälarhöjden"),
        QStringLiteral("Nybodal"),    QStringLiteral("Torpa"),       QStringLiteral("Vallby"),
    };
    const QString stem = stems.at(index % stems.size());
    const int round = index / int(stems.size());
    return round == 0 ? stem : stem + u' ' + QString::number(round + 1);
}

} // namespace lk
