// TodoPage: Att göra, everything due across the registers in one list (TodoList): Operativa gruppen's action
// items, the walks' actions, the tobacco retailers due, the promises without a status this tertial; overdue
// first, filtered by who is responsible and by municipality (the chosen one, or all). Enter or a double-click
// opens the record on its page. Its badge counts the overdue ones, as the registers' own badges do.
#pragma once

#include "common/page.h"
#include "search/searchresult.h"
#include "todo/todolist.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace lk {

class TodoPage : public Page {
    Q_OBJECT
public:
    explicit TodoPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("To do"); }

    enum Column { DueColumn, StateColumn, WhatColumn, AboutColumn, ResponsibleColumn, MunicipalityColumn };
    QTableWidget* table() { return built(m_table); }
    QComboBox* responsible() { return built(m_responsible); }
    QComboBox* scope() { return built(m_scope); }
    QLabel* empty() { return built(m_empty); }
    // The items as listed, in the table's order.
    const QList<TodoList::Item>& items() const { return m_shown; }
    // Opens the item on row `row` on its page.
    void open(int row);

signals:
    // As a search hit asks: the window opens it on its page, in its own municipality and period.
    void openRecord(const lk::SearchHit& hit);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build() override;
    void applyPeriod() override;
    void refresh();
    void fill();

    QComboBox* m_responsible = nullptr;
    QComboBox* m_scope = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QList<TodoList::Item> m_items;
    QList<TodoList::Item> m_shown;
    bool m_stale = true;
};

} // namespace lk
