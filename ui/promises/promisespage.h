// PromisesPage: the focus areas and promises of a period as a tree, beside the form of the one selected.
#pragma once

#include "common/page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeView;

namespace lk {

class Document;
class PromiseDetail;
class PromiseTreeModel;
class RecordForm;

class PromisesPage : public Page {
    Q_OBJECT
public:
    explicit PromisesPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Promises"); }
    void setPeriod(qint64 periodId) override;
    // The number of promises in the period.
    QString badge() const override;

    QTreeView* tree() const { return m_tree; }
    PromiseTreeModel* model() const { return m_model; }
    PromiseDetail* promiseDetail();
    RecordForm* focusAreaForm() const { return m_area; }
    void select(const QString& uuid);

    void addFocusArea();
    void addPromise();
    void removeSelected();
    void moveSelected(int delta);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void showSelected();
    // Hides the promises (and focus areas) that do not contain the filter text.
    void applyFilter();
    void updateButtons();
    QString selectedUuid() const;

    Document* m_document;
    PromiseTreeModel* m_model;
    QTreeView* m_tree;
    QLineEdit* m_filter;
    QStackedWidget* m_detail;
    QLabel* m_hint;
    RecordForm* m_area;
    QScrollArea* m_promiseScroll;
    PromiseDetail* m_promise = nullptr;
    QPushButton* m_newArea;
    QPushButton* m_newPromise;
    QPushButton* m_delete;
    QPushButton* m_up;
    QPushButton* m_down;
    QString m_keepSelected;
    qint64 m_periodId = 0;
    bool m_loaded = false;
};

} // namespace lk
