// WalksTab: the period's safety walks (with how far the promise's target has come) beside the selected walk:
// its details, the participants by group, and its observations with their follow-up actions. From here the
// walk's protocol is written and the observations citizens sent in for a digital walk are read in.
#pragma once

#include <QWidget>

class QPushButton;

namespace lk {

class ActivityTab;
class Document;
class ParticipantsGrid;
class RecordDialog;
class RecordForm;
class RecordListPanel;
struct Record;

class WalksTab : public QWidget {
    Q_OBJECT
public:
    explicit WalksTab(Document* document, QWidget* parent = nullptr);

    void setScope(qint64 municipalityId, qint64 periodId);

    ActivityTab* walks() const { return m_walks; }
    RecordForm* form() const { return m_form; }
    ParticipantsGrid* participants() const { return m_participants; }
    RecordListPanel* observations() const { return m_observations; }
    QPushButton* protocolButton() const { return m_protocol; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* digitalButton() const { return m_digital; }
    // The fields an observation's dialog asks for.
    static QStringList observationFields();

private:
    void showSelected();
    void setUpObservationDialog(RecordDialog& dialog, const Record* stored) const;

signals:
    // Another walk was chosen (0: none), for the map to show its observations.
    void walkChosen(qint64 walkId);

public:
    qint64 selectedWalkId() const;

private:
    Document* m_document;
    ActivityTab* m_walks;
    RecordForm* m_form;
    ParticipantsGrid* m_participants;
    RecordListPanel* m_observations;
    QPushButton* m_protocol;
    QPushButton* m_print;
    QPushButton* m_digital;
    qint64 m_municipalityId = 0;
};

} // namespace lk
