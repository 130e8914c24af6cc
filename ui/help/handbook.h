// Handbook: the user guide inside the program (Hjälp > Handbok, F1), in the language the program speaks:
// each page of the window, and the year's routine (a new period, a meeting, the tertial follow-up, the
// report, thinning, backups). F1 opens it at the section of the page in view. A window of its own beside the
// main one, so that the guide stays open while the user follows it.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace lk {

class Page;

class Handbook : public QDialog {
    Q_OBJECT
public:
    explicit Handbook(QWidget* parent = nullptr);

    // Shows the section `anchor` ("oversikt", "rutin", …); the start when it is empty.
    void showSection(const QString& anchor);
    // The section that describes `page`, by the page's class; "start" for a page the guide does not name.
    static QString sectionOf(const Page* page);
    // The guide's file for the language the program speaks.
    static QString source();

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace lk
