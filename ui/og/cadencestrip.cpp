#include "og/cadencestrip.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace lk {

CadenceStrip::CadenceStrip(QWidget* parent)
    : QWidget(parent)
    , m_months(new QHBoxLayout)
    , m_summary(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Meetings in the last twelve months"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(title);
    m_months->setSpacing(4);
    layout->addLayout(m_months);
    m_summary->setObjectName(QStringLiteral("cadenceSummary"));
    layout->addWidget(m_summary);
}

void CadenceStrip::setCadence(const QList<Cadence::Month>& months, const QList<Cadence::Year>& years) {
    qDeleteAll(m_boxes);
    m_boxes.clear();
    const QLocale locale;
    for (const Cadence::Month& month : months) {
        auto* box = new QLabel(this);
        const bool held = month.meetings > 0;
        // The month under way is not missing yet: it shows grey until its meeting is held.
        const bool underWay = !held && month.month.year() == QDate::currentDate().year() &&
                              month.month.month() == QDate::currentDate().month();
        box->setText(QStringLiteral("%1\n%2").arg(locale.toString(month.month, QStringLiteral("MMM yy")),
                                                  held       ? QString::number(month.meetings)
                                                  : underWay ? tr("not yet")
                                                             : tr("none")));
        box->setAlignment(Qt::AlignCenter);
        box->setMinimumSize(58, 44);
        // Green for a month with a meeting, red for one without: the colours read the same in the reports.
        box->setStyleSheet(
            held ? QStringLiteral("QLabel { background: #c8e6c9; color: #1b5e20; border-radius: 4px; }")
            : underWay
                ? QStringLiteral("QLabel { background: #eeeeee; color: #424242; border-radius: 4px; }")
                : QStringLiteral("QLabel { background: #ffcdd2; color: #b71c1c; border-radius: 4px; }"));
        const QString name = locale.toString(month.month, QStringLiteral("MMMM yyyy"));
        box->setToolTip(held       ? tr("%n meeting(s) in %1", "", month.meetings).arg(name)
                        : underWay ? tr("No meeting yet in %1").arg(name)
                                   : tr("No meeting in %1").arg(name));
        box->setAccessibleName(box->toolTip());
        m_months->addWidget(box);
        m_boxes.append(box);
    }
    QStringList lines;
    for (const Cadence::Year& year : years) {
        lines << (year.target > 0
                      ? tr("%1: %2 of %3 meetings (target)").arg(year.year).arg(year.held).arg(year.target)
                      : tr("%1: %2 meetings").arg(year.year).arg(year.held));
    }
    m_summary->setText(lines.isEmpty() ? tr("No target in this period counts the group's meetings.")
                                       : lines.join(QStringLiteral("   ·   ")));
}

QStringList CadenceStrip::monthTexts() const {
    QStringList texts;
    for (const QLabel* box : m_boxes)
        texts << box->toolTip();
    return texts;
}

QString CadenceStrip::summary() const {
    return m_summary->text();
}

} // namespace lk
