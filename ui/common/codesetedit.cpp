#include "common/codesetedit.h"

#include <QCheckBox>
#include <QGridLayout>

namespace lk {

CodeSetEdit::CodeSetEdit(const FieldSpec& field, QWidget* parent)
    : QWidget(parent) {
    // Two columns, so that a long list stays as narrow as the other fields of a form.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const CodeOption& option : field.codes) {
        auto* box = new QCheckBox(field.codeLabel(option.code), this);
        box->setObjectName(option.code);
        layout->addWidget(box, int(m_boxes.size()) / 2, int(m_boxes.size()) % 2);
        m_boxes.append({option.code, box});
        connect(box, &QCheckBox::clicked, this, &CodeSetEdit::changed);
    }
    layout->setColumnStretch(2, 1);
    // The first box takes the focus when the field gets it, so Tab lands in the field.
    if (!m_boxes.isEmpty())
        setFocusProxy(m_boxes.first().second);
}

QString CodeSetEdit::codes() const {
    QStringList checked;
    for (const auto& [code, box] : m_boxes) {
        if (box->isChecked())
            checked << code;
    }
    return checked.join(u',');
}

void CodeSetEdit::setCodes(const QString& codes) {
    const QStringList wanted = codes.split(u',', Qt::SkipEmptyParts);
    for (const auto& [code, box] : m_boxes)
        box->setChecked(wanted.contains(code));
}

QCheckBox* CodeSetEdit::box(const QString& code) const {
    for (const auto& [name, box] : m_boxes) {
        if (name == code)
            return box;
    }
    return nullptr;
}

} // namespace lk
