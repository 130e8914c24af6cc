#include "common/problemlabel.h"

#include "common/dateedit.h"
#include "common/problemlook.h"

namespace lk {

ProblemLabel::ProblemLabel(QWidget* parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // At the top of the room a form gives it, right under its field.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette red = palette();
    red.setColor(QPalette::WindowText, QColor(problemText));
    setPalette(red);
    hide();
}

void ProblemLabel::setProblem(const QString& problem) {
    setText(problem);
    setVisible(!problem.isEmpty());
}

void ProblemLabel::follow(DateEdit* edit) {
    m_followed.append(edit);
    connect(edit, &DateEdit::problemChanged, this, &ProblemLabel::showFollowed);
    showFollowed();
}

void ProblemLabel::showFollowed() {
    QStringList problems;
    for (const QPointer<DateEdit>& edit : std::as_const(m_followed)) {
        if (edit && !edit->problem().isEmpty())
            problems << edit->problem();
    }
    setProblem(problems.join(u'\n'));
}

} // namespace lk
