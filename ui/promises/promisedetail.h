// PromiseDetail: one promise: its text and responsible party, its targets and how far they have come, and its
// status reports over time.
#pragma once

#include <QWidget>

class QLabel;

namespace lk {

class Document;
class RecordForm;
class RecordListPanel;

class PromiseDetail : public QWidget {
    Q_OBJECT
public:
    explicit PromiseDetail(Document* document, QWidget* parent = nullptr);

    void showPromise(const QString& uuid, qint64 id);
    // The promise's own fields, in the order the form and the New dialog show them.
    static QStringList formFields();

    RecordForm* form() const { return m_form; }
    RecordListPanel* targets() const { return m_targets; }
    RecordListPanel* statuses() const { return m_statuses; }
    // How far each counted target has come, a line each: "Trafikkontroller (100 per period): 2021–2022: 89 of
    // 100".
    QLabel* progress() const { return m_progress; }

private:
    void showProgress();

    Document* m_document;
    RecordForm* m_form;
    RecordListPanel* m_targets;
    RecordListPanel* m_statuses;
    QLabel* m_progress;
    qint64 m_promiseId = 0;
};

} // namespace lk
