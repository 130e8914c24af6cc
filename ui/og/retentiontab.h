// RetentionTab: how long case data is kept, which cases are due for thinning, and the thinning itself.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lk {

class Document;

class RetentionTab : public QWidget {
    Q_OBJECT
public:
    explicit RetentionTab(Document* document, QWidget* parent = nullptr);

    void setMunicipality(qint64 municipalityId);
    void refresh();
    QSpinBox* months() const { return m_months; }
    QTableWidget* due() const { return m_due; }
    QPushButton* thinButton() const { return m_thin; }
    // Asks, then thins every case listed; returns how many were thinned.
    int thinAll();

signals:
    void thinned();

private:
    Document* m_document;
    QSpinBox* m_months;
    QTableWidget* m_due;
    QPushButton* m_thin;
    QLabel* m_status;
    QStringList m_dueUuids;
    qint64 m_municipalityId = 0;
};

} // namespace lk
