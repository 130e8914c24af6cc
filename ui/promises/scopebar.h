// ScopeBar: picks the municipality and period the pages show, and creates, edits, copies and deletes them.
// It opens a file on the period last used with it on this computer, and says when today lies after every
// period of the chosen municipality, with the next period one click away.
#pragma once

#include "register/record.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace lk {

class Document;
class NoticeBar;

class ScopeBar : public QWidget {
    Q_OBJECT
public:
    explicit ScopeBar(Document* document, QWidget* parent = nullptr);

    qint64 periodId() const;
    QString periodUuid() const;
    qint64 municipalityId() const;
    QString municipalityName() const;
    void selectPeriod(const QString& uuid);

    // The actions, for the menu bar as well as the bar's own menu.
    QList<QAction*> periodActions() const { return m_actions; }
    QAction* copyPeriodAction() const { return m_copyPeriod; }
    NoticeBar* notice() const { return m_notice; }

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
    // Offers the next period when today lies after every period of the municipality.
    void noticeLastPeriodOver(const QList<Record>& periods);
    void rememberPeriod() const;
    QString rememberedPeriod() const;

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
    NoticeBar* m_notice;
};

} // namespace lk
