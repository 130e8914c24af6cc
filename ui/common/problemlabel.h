// ProblemLabel: a red line beside or under an editor that says why what it holds is refused ("“2022-13-45” is
// not a date: there is no month 13."), hidden while there is nothing to say. Forms put one under each field;
// a range of dates follows its date fields with one.
#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>

namespace lk {

class DateEdit;

class ProblemLabel : public QLabel {
    Q_OBJECT
public:
    explicit ProblemLabel(QWidget* parent = nullptr);

    // Shows `problem`, or hides when it is empty.
    void setProblem(const QString& problem);
    // Says what is wrong with any of these date fields once the user has left it.
    void follow(DateEdit* edit);

private:
    void showFollowed();

    QList<QPointer<DateEdit>> m_followed;
};

} // namespace lk
