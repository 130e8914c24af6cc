// titledGroup: a widget framed under a title, the way the forms and dialogs group their parts.
#pragma once

#include <QGroupBox>
#include <QVBoxLayout>

namespace lk {

inline QGroupBox* titledGroup(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace lk
