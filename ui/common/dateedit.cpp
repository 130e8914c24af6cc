#include "common/dateedit.h"

#include "common/isodate.h"
#include "common/problemlook.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QVBoxLayout>

namespace lk {

namespace {

// A small calendar leaf, drawn in the field's text colour: Qt's styles have no calendar icon.
QIcon calendarIcon(const QColor& colour) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 2.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(4, 7, 24, 21), 3, 3);
    painter.fillRect(QRectF(4, 7, 24, 6), colour);
    painter.drawLine(QPointF(10, 3), QPointF(10, 9));
    painter.drawLine(QPointF(22, 3), QPointF(22, 9));
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column)
            painter.fillRect(QRectF(8 + column * 6.5, 16 + row * 6, 3.5, 3.5), colour);
    }
    return QIcon(pixmap);
}

} // namespace

DateEdit::DateEdit(QWidget* parent)
    : QLineEdit(parent) {
    setPlaceholderText(tr("yyyy-mm-dd"));
    // It grows in a form that stretches its fields, as the other fields do, and stays a date wide in a row.
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    QAction* pick = addAction(calendarIcon(palette().color(QPalette::Text)), QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("chooseDate"));
    pick->setText(tr("Choose from a calendar"));
    pick->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(pick, &QAction::triggered, this, &DateEdit::showCalendar);

    connect(this, &QLineEdit::editingFinished, this, &DateEdit::finish);
    // Red goes as soon as the text is put right (also a mark another widget gave it, an action due before its
    // meeting); it comes only when the user leaves the field.
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (reading().state == DateInput::State::Date) {
            setProblem({});
            showProblemLook(this, {});
        }
    });
}

QCalendarWidget* DateEdit::calendar() {
    // Made when first opened: a page has dozens of date fields, and a calendar for each took a twentieth of
    // the window's start.
    if (m_calendar)
        return m_calendar;
    auto* popup = new QFrame(this, Qt::Popup);
    popup->setFrameShape(QFrame::Box);
    m_popup = popup;
    m_calendar = new QCalendarWidget(m_popup);
    auto* layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_calendar);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setDateRange(m_minimum, m_maximum);
    const auto picked = [this](const QDate& date) {
        m_popup->hide();
        setFocus(Qt::PopupFocusReason);
        replaceText(isoDate(date));
        // A pick is a finished edit, as leaving the field is: a form saves it now.
        emit editingFinished();
    };
    connect(m_calendar, &QCalendarWidget::clicked, this, picked);
    connect(m_calendar, &QCalendarWidget::activated, this, picked);
    return m_calendar;
}

DateEdit::DateEdit(const QString& name, QWidget* parent)
    : DateEdit(parent) {
    setObjectName(name);
}

QSize DateEdit::sizeHint() const {
    QSize hint = QLineEdit::sizeHint();
    // The widest date, a little air, and the calendar button (an icon as high as the text, and its margins).
    hint.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 3 * fontMetrics().height() +
                  12);
    return hint;
}

QSize DateEdit::minimumSizeHint() const {
    return sizeHint();
}

void DateEdit::setOptional(bool optional) {
    m_optional = optional;
    setToolTip(optional ? tr("Type a date such as 2022-11-03, 221103 or 3/11; Delete empties it.")
                        : tr("Type a date such as 2022-11-03, 221103 or 3/11; the arrow keys move a day."));
}

DateInput::Reading DateEdit::reading() const {
    DateInput::Reading read = DateInput::read(text());
    if (read.state == DateInput::State::Date && (read.date < m_minimum || read.date > m_maximum))
        return {DateInput::State::NotADate,
                {},
                tr("“%1” is outside %2 – %3.").arg(text().trimmed(), isoDate(m_minimum), isoDate(m_maximum))};
    return read;
}

void DateEdit::setDateRange(const QDate& minimum, const QDate& maximum) {
    m_minimum = minimum;
    m_maximum = maximum;
    if (m_calendar)
        m_calendar->setDateRange(minimum, maximum);
}

QDate DateEdit::date() const {
    return reading().date;
}

void DateEdit::setDate(const QDate& date) {
    const QString shown = date.isValid() ? isoDate(date) : QString();
    if (text() != shown)
        setText(shown);
    setProblem({});
    announce();
}

void DateEdit::setTypedText(const QString& typed) {
    if (text() != typed)
        setText(typed);
    const DateInput::Reading read = reading();
    setProblem(read.state == DateInput::State::NotADate ? read.problem : QString());
    announce();
}

void DateEdit::finish() {
    const DateInput::Reading read = reading();
    switch (read.state) {
    case DateInput::State::Date:
        // What was typed (221103) reads as the date it became (2022-11-03).
        if (text() != isoDate(read.date))
            setText(isoDate(read.date));
        setProblem({});
        break;
    case DateInput::State::Empty:
        if (!text().isEmpty())
            setText({});
        setProblem(m_optional ? QString() : tr("Write a date, such as 2022-11-03."));
        break;
    case DateInput::State::NotADate:
        setProblem(read.problem);
        break;
    }
    announce();
}

void DateEdit::announce() {
    const DateInput::Reading read = reading();
    const bool known =
        read.state == DateInput::State::Date || (read.state == DateInput::State::Empty && m_optional);
    if (!known || read.date == m_announced)
        return;
    m_announced = read.date;
    emit dateChanged(m_announced);
}

void DateEdit::setProblem(const QString& problem) {
    if (problem == m_problem)
        return;
    m_problem = problem;
    showProblemLook(this, problem);
    emit problemChanged(problem);
}

void DateEdit::replaceText(const QString& replacement) {
    // As typing does: Ctrl+Z takes it back, and the form sees an edit.
    selectAll();
    insert(replacement);
}

void DateEdit::step(int days, int months) {
    const DateInput::Reading read = reading();
    if (read.state == DateInput::State::NotADate)
        return; // the text stays for the user to put right; no date to step from
    QDate next = read.state == DateInput::State::Empty ? QDate::currentDate()
                                                       : read.date.addMonths(months).addDays(days);
    next = std::clamp(next, m_minimum, m_maximum);
    replaceText(isoDate(next));
    setProblem({});
    announce();
}

void DateEdit::showCalendar() {
    if (isReadOnly() || !isEnabled())
        return;
    const QDate shown = date();
    calendar()->setSelectedDate(shown.isValid() ? shown : QDate::currentDate());
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* place = screen()) {
        const QRect room = place->availableGeometry();
        if (at.y() + m_popup->height() > room.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateEdit::keyPressEvent(QKeyEvent* event) {
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Down && modifiers == Qt::AltModifier) ||
        (event->key() == Qt::Key_F4 && modifiers == Qt::NoModifier)) {
        showCalendar();
        return;
    }
    if (modifiers == Qt::NoModifier && !isReadOnly()) {
        switch (event->key()) {
        case Qt::Key_Up:
            step(1, 0);
            return;
        case Qt::Key_Down:
            step(-1, 0);
            return;
        case Qt::Key_PageUp:
            step(0, 1);
            return;
        case Qt::Key_PageDown:
            step(0, -1);
            return;
        case Qt::Key_Delete:
            // At the end of the text there is nothing to delete: Delete empties an optional date there, as it
            // always has.
            if (m_optional && !hasSelectedText() && cursorPosition() == text().size()) {
                replaceText({});
                return;
            }
            break;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace lk
