// ScopeBar: picks the municipality and period the pages show, and creates, edits, copies and deletes them.
#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

namespace lk {

class Document;

class ScopeBar : public QWidget {
    Q_OBJECT
public:
    explicit ScopeBar(Document* document, QWidget* parent = nullptr);

    qint64 periodId() const;
    QString periodUuid() const;
    qint64 municipalityId() const;
    void selectPeriod(const QString& uuid);

    // The actions, for the menu bar as well as the bar's own menu.
    QList<QAction*> periodActions() const { return m_actions; }
    QAction* copyPeriodAction() const { return m_copyPeriod; }

signals:
    void periodChanged(qint64 periodId);

private:
    void loadMunicipalities(const QString& keepUuid);
    void loadPeriods(const QString& keepUuid);
    void newMunicipality();
    void editMunicipality();
    void deleteMunicipality();
    void newPeriod();
    void editPeriod();
    void copyPeriod();
    void deletePeriod();
    void updateActions();

    Document* m_document;
    QComboBox* m_municipality;
    QComboBox* m_period;
    QToolButton* m_manage;
    QList<QAction*> m_actions;
    QAction* m_editMunicipality;
    QAction* m_deleteMunicipality;
    QAction* m_newPeriod;
    QAction* m_editPeriod;
    QAction* m_copyPeriod;
    QAction* m_deletePeriod;
};

} // namespace lk
