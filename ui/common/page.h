// Page: one entry of the window's navigation. Its content is made the first time it is shown or asked for
// (so that the window opens quickly), follows the municipality and period chosen over the pages, and may show
// a badge beside its title ("2 overdue").
#pragma once

#include <QSet>
#include <QWidget>

#include <functional>

namespace lk {

class Document;
struct RegisterSpec;

class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(Document* document, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    // The chosen period, and with it its municipality; the content follows once it is made.
    void setPeriod(qint64 periodId);
    // What the navigation shows beside the title: a count, or a warning such as "2 overdue".
    QString badge() const { return m_badge; }
    // Makes the content now if it is not made yet.
    void ensureBuilt();
    // Brings a record forward on this page, as a search hit asks: the tab that lists it, its row selected
    // (the list loaded down to it, its filter cleared if that hides it). True when the page shows it. Works
    // on every record list of the page (RecordListPanel); a page that shows records otherwise (the
    // promises' tree) adds its own before calling this one.
    virtual bool showRecord(const RegisterSpec& spec, const QString& uuid);
    void setVisible(bool visible) override;

signals:
    void badgeChanged();

protected:
    Document* document() const { return m_document; }
    qint64 periodId() const { return m_periodId; }
    qint64 municipalityId() const { return m_municipalityId; }
    bool isBuilt() const { return m_built; }
    // Makes the content; called once, before the page is first shown or a part of it is asked for.
    virtual void build() = 0;
    // Brings the made content to the chosen municipality and period: after build(), and at every change of
    // period once it is made.
    virtual void applyPeriod() {}
    // The badge is what `text` gives, asked when the period is set, again when one of `tables` changes, and
    // at refreshBadge().
    void showBadge(const QSet<QString>& tables, std::function<QString()> text);
    void refreshBadge();
    // A part of the page, made first if need be: `Tab* tab() { return built(m_tab); }`.
    template <typename Part> const Part& built(const Part& part) {
        ensureBuilt();
        return part;
    }

private:
    Document* m_document;
    qint64 m_periodId = 0;
    qint64 m_municipalityId = 0;
    bool m_built = false;
    QSet<QString> m_badgeTables;
    std::function<QString()> m_badgeText;
    QString m_badge;
};

} // namespace lk
