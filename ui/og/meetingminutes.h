// MeetingMinutes: the minutes (protokoll) of one Operativa gruppen meeting: when and where, the chair, who
// attended by organisation, the agenda, each case discussed by its code with what was said and decided, the
// notes, and the action items with who is responsible and by when. The same page the meetings tab shows
// beside its list, printed (with a preview) or saved as PDF through PrintedDocument and PagedOutput, as the
// council report is. It holds what the registers hold: cases by their pseudonymous code, never a name;
// attendance as counts per organisation. Its foot says that the minutes are internal.
#pragma once

#include "common/result.h"
#include "og/meetingdraft.h"
#include "register/repository.h"

#include <QTextDocument>

#include <memory>

class QWidget;

namespace lk {

class MeetingMinutes {
public:
    // Paper: A4 wide, for the PDF and the printout. Screen: the same content for the narrow pane beside the
    // meetings' list, its facts as lines and its tables the pane's width.
    enum class Medium { Paper, Screen };
    // The minutes as HTML for a QTextDocument or a QTextBrowser.
    static QString html(const Repository& repository, const MeetingDraft& meeting,
                        Medium medium = Medium::Paper);
    // "Protokoll, Operativa gruppen 2022-03-15": the title of the PDF and of the page.
    static QString title(const MeetingDraft& meeting);
    static Result<std::unique_ptr<QTextDocument>> build(const Repository& repository,
                                                        const QString& meetingUuid);
    // The minutes as plain text, a table cell a line: what the golden file holds.
    static Result<QString> text(const Repository& repository, const QString& meetingUuid);
    // Written whole or not at all.
    static Status writePdf(const Repository& repository, const QString& meetingUuid, const QString& path);

    // The print preview, from which the minutes are printed; a failure is shown in a message box.
    static void printInteractively(QWidget* parent, const Repository& repository, const QString& meetingUuid);
    // Asks where and saves the PDF; returns the path written, or nothing when cancelled or failed (and said).
    static QString savePdfInteractively(QWidget* parent, const Repository& repository,
                                        const QString& meetingUuid);
};

} // namespace lk
