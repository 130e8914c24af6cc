#include "catchqt.h"
#include "common/rowtable.h"
#include "og/actionlist.h"
#include "og/discussionlist.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableWidget>

using namespace lk;

TEST_CASE("The meeting dialog's case column fits its longest case and can be widened, and the responsible "
          "column fits the longest organisation",
          "[ui][og]") {
    DiscussionList discussions;
    const QString longest =
        QStringLiteral("OG-2022-014 – Annan sysselsättning, uppföljning med fritidsgården");
    discussions.setChoices({{QStringLiteral("OG-2022-003 – Utbildning"), QStringLiteral("a"), -1},
                            {longest, QStringLiteral("b"), -1}});
    QTableWidget* cases = discussions.rows()->table();
    CHECK(cases->columnWidth(0) > QFontMetrics(discussions.font()).horizontalAdvance(longest));
    CHECK(cases->horizontalHeader()->sectionResizeMode(0) == QHeaderView::Interactive);

    const QString organisation = QStringLiteral("Arbetsmarknadsenheten och vuxenutbildningen");
    ActionList actions({QStringLiteral("Skola"), organisation});
    QTableWidget* items = actions.rows()->table();
    CHECK(items->columnWidth(1) > QFontMetrics(actions.font()).horizontalAdvance(organisation));
}
