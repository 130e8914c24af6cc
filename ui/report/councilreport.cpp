#include "report/councilreport.h"

#include "common/language.h"
#include "promises/promiseregisters.h"
#include "report/councilfront.h"
#include "report/councilmarkup.h"
#include "report/councilsections.h"
#include "report/councilsummary.h"
#include "report/reportdocument.h"

#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::CouncilReport)
};

// Everything after the cover and its contents, in the order it is read.
// Each part one after the other: they number their headings and charts as they go.
QString body(CouncilMarkup& markup, const ReportFigures& figures, ChartForm form) {
    QString html = CouncilFront::key(markup, figures);
    html += CouncilSummary::summary(markup, figures);
    html += CouncilSummary::atAGlance(markup, figures);
    html += CouncilSections::focusAreas(markup, figures, form);
    html += CouncilSections::indicators(markup, figures, form);
    html += CouncilFront::signatures(markup, figures);
    return html;
}

} // namespace

QString CouncilReport::title(const ReportFigures& figures) {
    return Text::tr("Follow-up of the citizen promises, %1 %2")
        .arg(figures.municipality.value(municipalities::name).toString(),
             figures.period.value(periods::name).toString());
}

PagedOutput::Description CouncilReport::description(const ReportFigures& figures) {
    return {
        title(figures), figures.sender(),
        Text::tr("Follow-up of the citizen promises, %1").arg(figures.period.value(periods::name).toString()),
        Language::tag()};
}

Result<std::unique_ptr<QTextDocument>>
CouncilReport::build(const Repository& repository, const ReportScope& scope, ChartForm form, bool numbered) {
    auto figures = ReportFigures::gather(repository, scope);
    if (!figures)
        return figures.error();
    CouncilMarkup markup(CouncilMarkup::Medium::Paper, form);
    const QString rest = body(markup, *figures, form);
    return ReportDocument::paper(markup, CouncilFront::cover(markup, *figures), rest, description(*figures),
                                 form, numbered);
}

Result<QByteArray> CouncilReport::html(const Repository& repository, const ReportScope& scope) {
    auto figures = ReportFigures::gather(repository, scope);
    if (!figures)
        return figures.error();
    CouncilMarkup markup(CouncilMarkup::Medium::Web, ChartForm::Image);
    const QString rest = body(markup, *figures, ChartForm::Image);
    return ReportDocument::web(markup, CouncilFront::cover(markup, *figures), rest, description(*figures));
}

} // namespace lk
