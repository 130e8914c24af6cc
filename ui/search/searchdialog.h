// SearchDialog: Redigera > Sök… (Ctrl+F): words searched in the text of every register, in the chosen
// municipality or all of them, the hits grouped by register with how many each has; a hit opens its record on
// its page, and Ctrl+F brings the same hits back for the next.
#pragma once

#include "search/searchresult.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;
class QTimer;
class QTreeView;

namespace lk {

class Document;
class SearchResultModel;

class SearchDialog : public QDialog {
    Q_OBJECT
public:
    explicit SearchDialog(Document* document, QWidget* parent = nullptr);

    // The municipality the window shows, which "In this municipality" searches.
    void setMunicipality(qint64 municipalityId, const QString& name);
    // Searches now (as Enter does), rather than after the short pause that typing waits for.
    void searchNow();
    // Says that no page shows the hit's record.
    void notShown(const SearchHit& hit);

    QLineEdit* text() const { return m_text; }
    QRadioButton* here() const { return m_here; }
    QRadioButton* everywhere() const { return m_everywhere; }
    QTreeView* results() const { return m_results; }
    SearchResultModel* model() const { return m_model; }
    QLabel* status() const { return m_status; }

signals:
    // A hit was chosen (Enter or a double-click): the window opens its record.
    void openHit(const lk::SearchHit& hit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showResult();

    Document* m_document;
    qint64 m_municipalityId = 0;
    QString m_municipalityName;
    QLineEdit* m_text;
    QRadioButton* m_here;
    QRadioButton* m_everywhere;
    QLabel* m_status;
    QTreeView* m_results;
    SearchResultModel* m_model;
    QTimer* m_pause;
};

} // namespace lk
