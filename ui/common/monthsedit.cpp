#include "common/monthsedit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace lk {

MonthsEdit::MonthsEdit(const FieldSpec& field, QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        auto* button = new QToolButton(this);
        button->setText(MonthSet::shortName(month, locale));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setObjectName(QStringLiteral("month%1").arg(month));
        // A screen reader names the whole month and the field it belongs to: "Arbetets månader: mars".
        button->setAccessibleName(
            tr("%1: %2").arg(field.displayLabel(), locale.standaloneMonthName(month, QLocale::LongFormat)));
        const QString name = locale.standaloneMonthName(month, QLocale::LongFormat);
        button->setToolTip(field.displayHelp().isEmpty() ? name : name + u'\n' + field.displayHelp());
        layout->addWidget(button);
        m_buttons << button;
        connect(button, &QToolButton::clicked, this, [this] {
            showSummary();
            emit changed();
        });
    }
    // A pressed month must stand out from the others at a glance: the style's own checked look is a shade
    // darker, which reads as no difference on most screens.
    setStyleSheet(QStringLiteral(
        "QToolButton { border: 1px solid palette(mid); border-radius: 3px; padding: 2px 5px; "
        "background: palette(base); color: palette(text); }"
        "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); "
        "border-color: palette(highlight); }"
        "QToolButton:focus { border: 2px solid palette(text); padding: 1px 4px; }"));
    // What no pressed button means, said where the eye is: "every month".
    m_summary->setObjectName(QStringLiteral("monthsSummary"));
    m_summary->setEnabled(false);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    setFocusProxy(m_buttons.first());
    showSummary();
}

MonthSet MonthsEdit::months() const {
    QList<int> pressed;
    for (int month = 1; month <= 12; ++month) {
        if (m_buttons.at(month - 1)->isChecked())
            pressed << month;
    }
    return MonthSet(pressed);
}

void MonthsEdit::setMonths(const MonthSet& months) {
    for (int month = 1; month <= 12; ++month)
        m_buttons.at(month - 1)->setChecked(months.contains(month));
    showSummary();
}

QToolButton* MonthsEdit::button(int month) const {
    return month >= 1 && month <= 12 ? m_buttons.at(month - 1) : nullptr;
}

void MonthsEdit::showSummary() {
    m_summary->setText(months().isEmpty() ? tr("every month") : QString());
}

} // namespace lk
