// ActivityPage: a page for one dated register that needs nothing of its own (a new kind of inspection): the
// register's records of the period in an ActivityTab, with how far the period's targets have come. A
// register with more to show gets a page class of its own, on TabbedPage.
#pragma once

#include "common/page.h"

#include <QStringList>

namespace lk {

class ActivityTab;
struct RegisterSpec;

class ActivityPage : public Page {
    Q_OBJECT
public:
    // `title` is the navigation's entry, already translated; `columns` and `stretch` as for ActivityTab.
    ActivityPage(Document* document, const RegisterSpec& spec, const QString& title,
                 const QStringList& columns, const QString& stretch, QWidget* parent = nullptr);

    QString title() const override { return m_title; }
    ActivityTab* activities() { return built(m_tab); }

private:
    void build() override;
    void applyPeriod() override;

    const RegisterSpec& m_spec;
    QString m_title;
    QStringList m_columns;
    QString m_stretch;
    ActivityTab* m_tab = nullptr;
};

} // namespace lk
