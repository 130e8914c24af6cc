#include "common/lightlegend.h"

#include "common/isodate.h"
#include "common/trafficlight.h"

#include <QHBoxLayout>
#include <QLabel>

namespace lk {

LightLegend::LightLegend(QWidget* parent)
    : QWidget(parent)
    , m_date(new QLabel(this)) {
    setObjectName(QStringLiteral("lightLegend"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    using Light = PromiseProgress::Light;
    for (Light light : {Light::Green, Light::Yellow, Light::Red, Light::Grey}) {
        auto* dot = new QLabel(this);
        dot->setPixmap(lightIcon(light).pixmap(16, 16));
        auto* name = new QLabel(PromiseProgress::lightName(light), this);
        const QString meaning = PromiseProgress::lightMeaning(light);
        dot->setToolTip(meaning);
        name->setToolTip(meaning);
        name->setAccessibleDescription(meaning);
        m_meanings << meaning;
        layout->addWidget(dot);
        layout->addWidget(name);
        layout->addSpacing(12);
    }
    m_date->setObjectName(QStringLiteral("lightDate"));
    layout->addWidget(m_date);
    layout->addStretch();
    setToolTip(m_meanings.join(u'\n'));
}

void LightLegend::setDate(const QDate& date) {
    m_date->setText(date.isValid()
                        ? tr("Assessed on %1; point at a light for the figures behind it.").arg(isoDate(date))
                        : QString());
}

QString LightLegend::text() const {
    return m_meanings.join(u'\n') + u'\n' + m_date->text();
}

} // namespace lk
