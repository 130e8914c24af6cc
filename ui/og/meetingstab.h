// MeetingsTab: Operativa gruppen's meetings, newest first, beside the minutes of the one selected, which
// print or save as PDF.
#pragma once

#include <QWidget>

class QTextBrowser;

namespace lk {

class Document;
class RecordListPanel;

class MeetingsTab : public QWidget {
    Q_OBJECT
public:
    explicit MeetingsTab(Document* document, QWidget* parent = nullptr);

    void setScope(qint64 municipalityId, qint64 periodId);
    RecordListPanel* list() const { return m_list; }
    QTextBrowser* preview() const { return m_preview; }

    // Open the meeting dialog; return the meeting's UUID when saved.
    QString newMeeting();
    QString editMeeting(const QString& uuid);
    // The selected meeting's minutes: a print preview to print from, or a PDF (its path, or nothing).
    void printMinutes();
    QString saveMinutes();

private:
    void showSelected();
    QString dialog(const QString& uuid);

    Document* m_document;
    RecordListPanel* m_list;
    QTextBrowser* m_preview;
    qint64 m_municipalityId = 0;
    qint64 m_periodId = 0;
};

} // namespace lk
