// listBesideDetail: a register's list on the left and the selected record's detail on the right (scrolling
// when it is taller than the window), filling `owner`; the list gets `listShare` parts of the width in
// `total`.
#pragma once

#include <QFrame>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>

namespace lk {

inline QSplitter* listBesideDetail(QWidget* owner, QWidget* list, QWidget* detail, int listShare, int total) {
    auto* scroll = new QScrollArea(owner);
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* splitter = new QSplitter(owner);
    splitter->addWidget(list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, listShare);
    splitter->setStretchFactor(1, total - listShare);
    auto* layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    return splitter;
}

} // namespace lk
