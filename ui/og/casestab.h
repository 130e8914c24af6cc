// CasesTab: Operativa gruppen's cases by code, the one selected in a form, and what each meeting said about
// it.
#pragma once

#include <QWidget>

class QPushButton;

namespace lk {

class Document;
class RecordForm;
class RecordListPanel;

class CasesTab : public QWidget {
    Q_OBJECT
public:
    explicit CasesTab(Document* document, QWidget* parent = nullptr);

    void setScope(qint64 municipalityId);
    RecordListPanel* list() const { return m_list; }
    RecordForm* form() const { return m_form; }
    RecordListPanel* discussions() const { return m_discussions; }

    // The New case dialog; the code is given from the year the case opens.
    QString newCase();
    // Closing asks for the outcome and the date in one step (a closed case needs both); reopening clears
    // them.
    bool closeCase();
    bool reopenCase();
    bool startCase();

    static QStringList formFields();

private:
    void showSelected();
    void updateButtons();
    bool changeStatus(const QVariantMap& values);

    Document* m_document;
    RecordListPanel* m_list;
    RecordForm* m_form;
    RecordListPanel* m_discussions;
    QPushButton* m_start;
    QPushButton* m_close;
    QPushButton* m_reopen;
    qint64 m_municipalityId = 0;
};

} // namespace lk
