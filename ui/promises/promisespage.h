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

class PromiseDetail;
class PromiseTreeModel;
class RecordForm;

class PromisesPage : public Page {
    Q_OBJECT
public:
    explicit PromisesPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Promises"); }

    QTreeView* tree() { return built(m_tree); }
    // The tree's model, loaded with the chosen period.
    PromiseTreeModel* model() {
        load();
        return m_model;
    }
    PromiseDetail* promiseDetail();
    RecordForm* focusAreaForm() { return built(m_area); }
    void select(const QString& uuid);
    bool showRecord(const RegisterSpec& spec, const QString& uuid) override;

    void addFocusArea();
    void addPromise();
    void removeSelected();
    void moveSelected(int delta);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build() override;
    void applyPeriod() override;
    void load();
    void showSelected();
    // Hides the promises (and focus areas) that do not contain the filter text.
    void applyFilter();
    void updateButtons();
    QString selectedUuid() const;

    PromiseTreeModel* m_model;
    QTreeView* m_tree = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_noMatch = nullptr;
    QStackedWidget* m_detail = nullptr;
    QLabel* m_hint = nullptr;
    RecordForm* m_area = nullptr;
    QScrollArea* m_promiseScroll = nullptr;
    PromiseDetail* m_promise = nullptr;
    QPushButton* m_newArea = nullptr;
    QPushButton* m_newPromise = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QString m_keepSelected;
    bool m_loaded = false;
};

} // namespace lk
