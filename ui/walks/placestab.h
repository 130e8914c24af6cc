// PlacesTab: the register of unsafe places beside the selected place: its details, its assessments over time
// (the history the lägesbild is made of) and the observations from walks that name it.
#pragma once

#include <QWidget>

namespace lk {

class Document;
class RecordForm;
class RecordListPanel;

class PlacesTab : public QWidget {
    Q_OBJECT
public:
    explicit PlacesTab(Document* document, QWidget* parent = nullptr);

    void setScope(qint64 municipalityId);
    void selectPlace(const QString& uuid);
    RecordListPanel* places() const { return m_places; }
    RecordForm* form() const { return m_form; }
    RecordListPanel* assessments() const { return m_assessments; }
    RecordListPanel* observations() const { return m_observations; }

private:
    void showSelected();

    Document* m_document;
    RecordListPanel* m_places;
    RecordForm* m_form;
    RecordListPanel* m_assessments;
    RecordListPanel* m_observations;
};

} // namespace lk
