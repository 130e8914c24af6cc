// DateEdit: the one date field of the program. It takes a date as a Swede types it (2022-11-03, 20221103,
// 221103, 3/11), shows it as 2022-11-03, steps a day with the arrow keys and offers a calendar. Text that is
// no date stays as typed and shows red: it is never taken as another date.
#pragma once

#include "common/dateinput.h"

#include <QLineEdit>

class QCalendarWidget;

namespace lk {

class DateEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit DateEdit(QWidget* parent = nullptr);
    // A date field as every range picker shows it, named for tests and the accessibility tree.
    DateEdit(const QString& name, QWidget* parent);

    // An optional date may be left empty (Delete empties it); an empty required one shows red once left.
    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }

    // The date shown, or an invalid QDate when the field is empty or its text is no date.
    QDate date() const;
    // Shows the date (an invalid one empties the field) and forgets any problem.
    void setDate(const QDate& date);
    // Shows a text as it is (a date in a file that is no date), red when it is no date.
    void setTypedText(const QString& text);
    // What the text says: a date, nothing, or no date (with why). A date outside the range is no date here.
    DateInput::Reading reading() const;
    // The dates allowed (a report within its period); the arrow keys and the calendar stay within them.
    void setDateRange(const QDate& minimum, const QDate& maximum);
    // Why the text is no date, once the user has left it; empty when the field is fine.
    QString problem() const { return m_problem; }

    // Opens the calendar to pick from (also Alt+Down or F4); it starts at the date shown, or today.
    void showCalendar();
    // As wide as a date and its calendar button, not the whole row.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The calendar the field opens, made the first time it is asked for.
    QCalendarWidget* calendar();

signals:
    // The date changed and the user is done with it: typed and left (or Enter), stepped with the arrow keys,
    // picked from the calendar, or set by the program. Text that is no date changes nothing.
    void dateChanged(const QDate& date);
    // problem() changed: the text was left as no date, or was put right.
    void problemChanged(const QString& problem);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void finish();
    void step(int days, int months);
    void replaceText(const QString& text);
    void announce();
    void setProblem(const QString& problem);

    bool m_optional = false;
    QDate m_minimum{DateInput::firstYear, 1, 1};
    QDate m_maximum{DateInput::lastYear, 12, 31};
    QDate m_announced; // the date dateChanged last told
    QString m_problem;
    QWidget* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
};

} // namespace lk
