// AreasTab: the municipality's neighbourhood-watch areas beside the selected one's form. The main contact's
// name and phone number sit in a box of their own: they can be typed only once the consent box is ticked, and
// withdrawing consent erases them (after a question) in the same undoable step.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace lk {

class Document;
class RecordForm;
class RecordListPanel;

class AreasTab : public QWidget {
    Q_OBJECT
public:
    explicit AreasTab(Document* document, QWidget* parent = nullptr);

    void setScope(qint64 municipalityId);
    RecordListPanel* list() const { return m_list; }
    RecordForm* form() const { return m_form; }
    QCheckBox* consent() const { return m_consent; }
    QLineEdit* contactName() const { return m_name; }
    QLineEdit* contactPhone() const { return m_phone; }
    QLabel* events() const { return m_events; }

private:
    void showSelected();
    void saveConsent(bool consented);
    void saveContact();

    Document* m_document;
    RecordListPanel* m_list;
    RecordForm* m_form;
    QCheckBox* m_consent;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLabel* m_contactError;
    QLabel* m_events;
};

} // namespace lk
