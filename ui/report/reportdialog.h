// ReportDialog: Arkiv > Uppföljningsrapport…: the council report or the public summary for the chosen period
// and dates, shown in a print preview and printed, or saved as PDF, ODT or HTML. Everything is made from
// the file as it is now; the coordinator's own text per promise is written on the promise itself.
#pragma once

#include "report/reportfiles.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QRadioButton;

namespace lk {

class DateEdit;
class Document;

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(Document* document, qint64 periodId, QWidget* parent = nullptr);

    DateEdit* from() const { return m_from; }
    DateEdit* to() const { return m_to; }
    QRadioButton* publicSummary() const { return m_public; }
    ReportScope scope() const;

    // Writes the chosen report to `path` in `format`; tells the user when it fails. True when written.
    bool save(ReportFiles::Format format, const QString& path);
    // The council report in a print preview, from which it is printed.
    void preview();

private:
    void chooseFile(ReportFiles::Format format);
    void followKind();

    Document* m_document;
    qint64 m_periodId;
    DateEdit* m_from;
    DateEdit* m_to;
    QRadioButton* m_council;
    QRadioButton* m_public;
    QPushButton* m_preview;
    QPushButton* m_pdf;
    QPushButton* m_odt;
    QPushButton* m_html;
    QLabel* m_done;
};

} // namespace lk
