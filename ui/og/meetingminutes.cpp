#include "og/meetingminutes.h"

#include "common/isodate.h"
#include "og/ogregisters.h"
#include "promises/promiseregisters.h"
#include "report/pagedoutput.h"
#include "report/printeddocument.h"
#include "report/printstyle.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QRegularExpression>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::MeetingMinutes)
};

QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString heading(const QString& text) {
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

QString factRow(const QString& label, const QString& text, MeetingMinutes::Medium medium) {
    if (medium == MeetingMinutes::Medium::Screen)
        return QStringLiteral("<p style=\"margin: 0\"><span %1>%2:</span> %3</p>")
            .arg(printStyle::label(), esc(label), esc(text));
    return QStringLiteral("<tr><td width=\"26%\" valign=\"top\" %1>%2</td><td width=\"74%\">%3</td></tr>")
        .arg(printStyle::label(), esc(label), esc(text));
}

// A table with a header row; `widths` in per cent, one per column.
QString table(const QStringList& headers, const QList<int>& widths, const QStringList& rows) {
    QString head;
    for (int i = 0; i < headers.size(); ++i)
        head += QStringLiteral("<th align=\"left\" width=\"%1%\">%2</th>")
                    .arg(widths.at(i))
                    .arg(esc(headers.at(i)));
    return QStringLiteral("<table width=\"100%\" %1><thead><tr %2>%3</tr></thead>%4</table>")
        .arg(printStyle::table(), printStyle::headRow(), head, rows.join(QString()));
}

QString cells(const QStringList& texts) {
    QString row;
    for (const QString& text : texts)
        row += QStringLiteral("<td valign=\"top\">%1</td>").arg(esc(text));
    return QStringLiteral("<tr>%1</tr>").arg(row);
}

QString nameOf(const Repository& repository, const RegisterSpec& spec, qint64 id, const QString& field) {
    auto found = repository.findById(spec, id);
    return found && *found ? (**found).value(field).toString() : QString();
}

QString facts(const Repository& repository, const MeetingDraft& meeting, MeetingMinutes::Medium medium) {
    const RegisterSpec& meetings = OgRegisters::meetings();
    QString rows = factRow(
        Text::tr("Municipality"),
        nameOf(repository, PromiseRegisters::municipalities(), meeting.municipalityId, municipalities::name),
        medium);
    rows += factRow(meetings.labelOf(ogMeetings::heldOn),
                    isoDate(meeting.values.value(ogMeetings::heldOn).toDate()), medium);
    for (const Name& name : {ogMeetings::place, ogMeetings::chair}) {
        const QString value = meeting.values.value(name).toString();
        if (!value.isEmpty())
            rows += factRow(meetings.labelOf(name), value, medium);
    }
    const qint64 promise = meeting.values.value(ogMeetings::promiseId).toLongLong();
    if (promise > 0)
        rows += factRow(Text::tr("Counts for the promise"),
                        nameOf(repository, PromiseRegisters::promises(), promise, promises::title), medium);
    if (medium == MeetingMinutes::Medium::Screen)
        return rows;
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
}

QString attendance(const MeetingDraft& meeting, MeetingMinutes::Medium medium) {
    QStringList rows;
    int total = 0;
    for (auto it = meeting.attendance.cbegin(); it != meeting.attendance.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        rows << QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(esc(it.key()))
                    .arg(it.value());
        total += it.value();
    }
    if (rows.isEmpty())
        return heading(Text::tr("Present")) + QStringLiteral("<p>%1</p>").arg(esc(Text::tr("Not recorded.")));
    rows << QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
                .arg(esc(Text::tr("Total")))
                .arg(total);
    return heading(Text::tr("Present")) +
           QStringLiteral("<table width=\"%6\" %1><thead><tr %2><th align=\"left\">%3</th>"
                          "<th align=\"right\">%4</th></tr></thead>%5</table>")
               .arg(printStyle::table(), printStyle::headRow(), esc(Text::tr("Organisation")),
                    esc(Text::tr("Number")), rows.join(QString()),
                    medium == MeetingMinutes::Medium::Screen ? QStringLiteral("100%")
                                                             : QStringLiteral("45%"));
}

QString longText(const MeetingDraft& meeting, const Name& field, const QString& empty) {
    const QString text = meeting.values.value(field).toString().trimmed();
    return heading(OgRegisters::meetings().labelOf(field)) +
           QStringLiteral("<p>%1</p>").arg(esc(text.isEmpty() ? empty : text));
}

QString cases(const Repository& repository, const MeetingDraft& meeting) {
    QString html = heading(Text::tr("Cases discussed"));
    if (meeting.discussions.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Text::tr("No case was discussed.")));
    QStringList rows;
    for (const MeetingDraft::Discussion& discussion : meeting.discussions) {
        // By its code only: the minutes never name a person (identities stay with social services).
        auto found = repository.find(OgRegisters::cases(), discussion.caseUuid);
        const QString code = found && *found ? (**found).value(ogCases::code).toString() : QString();
        rows << cells({code, discussion.note, discussion.decisions});
    }
    const RegisterSpec& notes = OgRegisters::caseNotes();
    return html +
           table({Text::tr("Case"), notes.labelOf(ogCaseNotes::note), notes.labelOf(ogCaseNotes::decisions)},
                 {18, 50, 32}, rows);
}

QString actions(const MeetingDraft& meeting) {
    QString html = heading(Text::tr("Action items"));
    if (meeting.actions.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Text::tr("No action item was recorded.")));
    const RegisterSpec& spec = OgRegisters::actionItems();
    QStringList rows;
    for (const MeetingDraft::Action& action : meeting.actions) {
        const auto shown = [&](const Name& field) {
            return spec.field(field).displayText(action.values.value(field));
        };
        rows << cells({shown(actionItems::what), shown(actionItems::responsible), shown(actionItems::dueOn),
                       shown(actionItems::status)});
    }
    return html + table({spec.labelOf(actionItems::what), spec.labelOf(actionItems::responsible),
                         spec.labelOf(actionItems::dueOn), spec.labelOf(actionItems::status)},
                        {46, 22, 16, 16}, rows);
}

} // namespace

QString MeetingMinutes::title(const MeetingDraft& meeting) {
    return Text::tr("Minutes, Operativa gruppen %1")
        .arg(isoDate(meeting.values.value(ogMeetings::heldOn).toDate()));
}

QString MeetingMinutes::html(const Repository& repository, const MeetingDraft& meeting, Medium medium) {
    QString html = QStringLiteral("<html><body><p style=\"font-size: %1pt; font-weight: bold; margin-bottom: "
                                  "10px\">%2</p>")
                       .arg(medium == Medium::Screen ? 12 : 16)
                       .arg(esc(title(meeting)));
    html += facts(repository, meeting, medium);
    html += attendance(meeting, medium);
    html += longText(meeting, ogMeetings::agenda, Text::tr("No agenda was recorded."));
    html += cases(repository, meeting);
    html += longText(meeting, ogMeetings::minutes, Text::tr("No notes were recorded."));
    html += actions(meeting);
    html +=
        QStringLiteral("<p style=\"font-size: 8pt; color: #555555; margin-top: 14px\">%1</p>")
            .arg(esc(Text::tr("Internal minutes of Operativa gruppen. Cases are named by their code only; "
                              "who they concern is kept in social services' own records. Not for "
                              "publication.")));
    return html + QStringLiteral("</body></html>");
}

Result<std::unique_ptr<QTextDocument>> MeetingMinutes::build(const Repository& repository,
                                                             const QString& meetingUuid) {
    auto meeting = MeetingDraft::load(repository, meetingUuid);
    if (!meeting)
        return meeting.error();
    auto document = PrintedDocument::blank();
    document->setHtml(html(repository, *meeting));
    // After the HTML: setHtml() starts the document afresh, its title cleared with the rest.
    document->setMetaInformation(QTextDocument::DocumentTitle, title(*meeting));
    // A short section (the attendance, the actions) is never parted from its heading or split over pages.
    PagedOutput::keepSectionsWhole(*document, 3);
    return document;
}

Result<QString> MeetingMinutes::text(const Repository& repository, const QString& meetingUuid) {
    auto document = build(repository, meetingUuid);
    if (!document)
        return document.error();
    static const QRegularExpression trailing(QStringLiteral("[ \\t]+\\n"));
    return (*document)->toPlainText().replace(trailing, QStringLiteral("\n"));
}

Status MeetingMinutes::writePdf(const Repository& repository, const QString& meetingUuid,
                                const QString& path) {
    auto document = build(repository, meetingUuid);
    if (!document)
        return document.error();
    return PagedOutput::writePdf(**document, path);
}

void MeetingMinutes::printInteractively(QWidget* parent, const Repository& repository,
                                        const QString& meetingUuid) {
    auto document = build(repository, meetingUuid);
    if (!document) {
        QMessageBox::warning(parent, Text::tr("No minutes"), document.message());
        return;
    }
    PrintedDocument::preview(parent, **document, Text::tr("Minutes – print preview"));
}

QString MeetingMinutes::savePdfInteractively(QWidget* parent, const Repository& repository,
                                             const QString& meetingUuid) {
    auto document = build(repository, meetingUuid);
    if (!document) {
        QMessageBox::warning(parent, Text::tr("No minutes"), document.message());
        return {};
    }
    auto meeting = MeetingDraft::load(repository, meetingUuid);
    const QString day = meeting ? isoDate(meeting->values.value(ogMeetings::heldOn).toDate()) : QString();
    return PrintedDocument::savePdf(parent, **document, Text::tr("Operativa gruppen %1.pdf").arg(day),
                                    Text::tr("Save the minutes as PDF"));
}

} // namespace lk
