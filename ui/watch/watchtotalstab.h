// WatchTotalsTab: what neighbourhood watch amounts to between two dates (the period, unless the user picks
// others): active areas, households covered and the share in apartment buildings, and the events held.
#pragma once

#include <QWidget>

class QTableWidget;

namespace lk {

class DateEdit;
class Document;

class WatchTotalsTab : public QWidget {
    Q_OBJECT
public:
    explicit WatchTotalsTab(Document* document, QWidget* parent = nullptr);

    // The municipality, and the period whose dates the range starts from.
    void setScope(qint64 municipalityId, qint64 periodId);
    DateEdit* from() const { return m_from; }
    DateEdit* to() const { return m_to; }
    QTableWidget* figures() const { return m_figures; }

private:
    void refresh();

    Document* m_document;
    DateEdit* m_from;
    DateEdit* m_to;
    QTableWidget* m_figures;
    qint64 m_municipalityId = 0;
    qint64 m_periodId = 0;
};

} // namespace lk
