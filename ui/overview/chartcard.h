// ChartCard: one chart of the overview in a frame under its title, with an Open button; a click on the chart
// opens the register behind it as well. The chart is made the first time the card is painted, that is when it
// comes on screen: the cards below the fold cost nothing while the window opens.
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace lk {

class ChartCard : public QFrame {
    Q_OBJECT
public:
    using Make = std::function<QWidget*()>;
    // Draws the figures into the card's chart (and its note).
    using Draw = std::function<void(ChartCard& card)>;

    // `opens` names what Open leads to, for its tooltip ("Operativa gruppen").
    ChartCard(const QString& title, const QString& opens, Make make, Draw draw, QWidget* parent = nullptr);

    // The chart, made and drawn on first use.
    QWidget* chart();
    bool isMade() const { return m_chart != nullptr; }
    // Draws the chart again when it is made; one not made yet is drawn when it is.
    void redraw();

    QPushButton* openButton() const { return m_open; }
    QLabel* title() const { return m_title; }
    // A line under the chart ("Latest value 61 …"); hidden when empty.
    void setNote(const QString& note);

signals:
    void opened();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_title;
    QPushButton* m_open;
    QWidget* m_holder;
    QVBoxLayout* m_holderLayout;
    QLabel* m_note;
    QString m_opens;
    Make m_make;
    Draw m_draw;
    QWidget* m_chart = nullptr;
    bool m_makeQueued = false;
};

} // namespace lk
