// addShortcut: a key that works while the focus is in a widget or its children (Insert for New, Delete…).
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QWidget>

#include <functional>

namespace lk {

inline QAction* addShortcut(QWidget* owner, const QKeySequence& keys, const std::function<void()>& run) {
    auto* action = new QAction(owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, owner, run);
    owner->addAction(action);
    return action;
}

} // namespace lk
