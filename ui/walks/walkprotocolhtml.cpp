#include "walks/walkprotocolhtml.h"

#include "common/isodate.h"
#include "promises/promiseregisters.h"
#include "report/pagedoutput.h"
#include "report/printstyle.h"
#include "walks/walkprotocolmap.h"
#include "walks/walkregisters.h"

#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::WalkProtocol)
};

const auto tableStyle = printStyle::table();
const auto headStyle = printStyle::headRow();
const auto greyStyle = printStyle::label();

// The thumbnail of a photo on paper, in the document's units (1/96 inch): about 4 by 3 cm.
constexpr QSize thumbnail(140, 105);

QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString value(const Record& record, const QString& field) {
    return record.value(field).toString();
}

// A field's value as the registers show it: a code by its label, a date as 2021-10-12.
QString shown(const RegisterSpec& spec, const Record& record, const QString& field) {
    return spec.field(field).displayText(record.value(field));
}

QString row(const QString& label, const QString& text) {
    return QStringLiteral("<tr><td width=\"26%\" valign=\"top\" %1>%2</td><td width=\"74%\">%3</td></tr>")
        .arg(greyStyle, esc(label), esc(text));
}

QString countRow(const QString& label, int count, bool bold = false) {
    const QString cell = bold ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
        .arg(cell.arg(esc(label)), cell.arg(count));
}

QString statusLabel(const QString& code) {
    return WalkRegisters::observations().field(observations::status).codeLabel(code);
}

} // namespace

QString WalkProtocolHtml::html() {
    return QStringLiteral("<html><body>") + heading() + facts() + participants() + observations() +
           summary() + map() + closing() + QStringLiteral("</body></html>");
}

QString WalkProtocolHtml::heading() const {
    const Record& walk = m_content.walk;
    return QStringLiteral("<p style=\"font-size: 20pt; font-weight: bold; margin-bottom: 4px\">%1</p>"
                          "<p style=\"font-size: 13pt; margin-bottom: 14px\">%2</p>")
        .arg(esc(Text::tr("Protocol of a safety walk")),
             esc(QStringLiteral("%1, %2").arg(value(walk, walks::area),
                                              shown(WalkRegisters::walks(), walk, walks::walkedOn))));
}

QString WalkProtocolHtml::facts() const {
    const RegisterSpec& spec = WalkRegisters::walks();
    const Record& walk = m_content.walk;
    QString rows = row(Text::tr("Municipality"), value(m_content.municipality, municipalities::name));
    rows += row(Text::tr("Date"), shown(spec, walk, walks::walkedOn));
    // A digital walk has neither a start nor light: its rows are left out rather than left empty.
    const std::initializer_list<std::pair<QString, Name>> optional{
        {Text::tr("Start time"), walks::startsAt}, {Text::tr("Light"), walks::light},
        {Text::tr("Kind of walk"), walks::kind},   {Text::tr("Area"), walks::area},
        {Text::tr("Route"), walks::route},         {Text::tr("Organiser"), walks::organiser}};
    for (const auto& [label, field] : optional) {
        const QString text = shown(spec, walk, field);
        if (!text.isEmpty())
            rows += row(label, text);
    }
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
    const QString summary = value(walk, walks::summary).trimmed();
    if (!summary.isEmpty())
        html +=
            QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(Text::tr("Summary of the walk")), esc(summary));
    return html;
}

QString WalkProtocolHtml::participants() const {
    const FieldSpec& groups = WalkRegisters::participants().field(walkParticipants::participantGroup);
    QString rows;
    for (const WalkProtocolContent::Group& group : m_content.participants)
        rows += countRow(groups.codeLabel(group.code), group.count);
    rows += countRow(Text::tr("Total"), m_content.participantTotal(), true);
    return QStringLiteral("<h3>%1</h3><table width=\"45%\" %2><thead><tr %3><th align=\"left\">%4</th>"
                          "<th align=\"right\">%5</th></tr></thead>%6</table>")
        .arg(esc(Text::tr("Participants")), tableStyle, headStyle, esc(Text::tr("Group")),
             esc(Text::tr("Number")), rows);
}

QString WalkProtocolHtml::observations() {
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(Text::tr("Observations and actions")));
    if (m_content.items.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Text::tr("No observations were recorded.")));
    QString rows;
    for (const WalkProtocolContent::Item& item : m_content.items)
        rows += QStringLiteral("<tr><td valign=\"top\" align=\"right\">%1</td>%2%3</tr>")
                    .arg(item.number)
                    .arg(observationCell(item), actionCells(item));
    // Priority goes under the action: a column of its own would leave too little room for the rest on A4. A
    // date takes 14 % of the width at 8.5 pt, "Fastighetsägaren" 18 % and "Hastighetskontroller" 22 %.
    return html +
           QStringLiteral("<table width=\"100%\" %1><thead><tr %2><th width=\"4%\">%3</th>"
                          "<th width=\"25%\" align=\"left\">%4</th><th width=\"22%\" align=\"left\">%5</th>"
                          "<th width=\"18%\" align=\"left\">%6</th><th width=\"14%\" align=\"left\">%7</th>"
                          "<th width=\"17%\" align=\"left\">%8</th></tr></thead>%9</table>")
               .arg(QString(tableStyle).replace(QStringLiteral("9pt"), QStringLiteral("8.5pt")), headStyle,
                    esc(Text::tr("No.")), esc(Text::tr("Place and observation")), esc(Text::tr("Action")),
                    esc(Text::tr("Responsible")), esc(Text::tr("Due by")), esc(Text::tr("Status")), rows);
}

QString WalkProtocolHtml::observationCell(const WalkProtocolContent::Item& item) {
    const Record& observation = item.observation;
    QStringList lines;
    if (item.place) {
        lines << QStringLiteral("<b>%1</b>").arg(esc(value(*item.place, places::name)));
        if (!value(*item.place, places::address).isEmpty())
            lines << QStringLiteral("<span %1>%2</span>")
                         .arg(greyStyle, esc(value(*item.place, places::address)));
    }
    lines << QStringLiteral("<i>%1</i>")
                 .arg(esc(shown(WalkRegisters::observations(), observation, observations::category)));
    lines << esc(value(observation, observations::description));
    if (observation.value(observations::sentIn).toBool())
        lines << QStringLiteral("<span %1>%2</span>").arg(greyStyle, esc(Text::tr("Sent in by a citizen")));
    const QImage photo = QImage::fromData(observation.value(observations::photo).toByteArray());
    if (!photo.isNull()) {
        const QSize size = photo.size().scaled(thumbnail, Qt::KeepAspectRatio);
        lines << picture(QStringLiteral("photo-%1").arg(item.number), photo, size,
                         Text::tr("Photo of observation %1").arg(item.number));
    }
    return QStringLiteral("<td valign=\"top\">%1</td>").arg(lines.join(QStringLiteral("<br>")));
}

QString WalkProtocolHtml::actionCells(const WalkProtocolContent::Item& item) const {
    const RegisterSpec& spec = WalkRegisters::observations();
    const Record& observation = item.observation;
    if (!item.hasAction())
        return QStringLiteral("<td valign=\"top\" colspan=\"4\"><span %1>%2</span></td>")
            .arg(greyStyle, esc(Text::tr("No action decided.")));
    QString status = esc(shown(spec, observation, observations::status));
    if (item.status() == QStringLiteral("atgardad") && observation.value(observations::doneOn).isValid())
        status = esc(QStringLiteral("%1 %2").arg(statusLabel(item.status()),
                                                 shown(spec, observation, observations::doneOn)));
    if (item.status() == QStringLiteral("avvisad"))
        status += QStringLiteral("<br>") +
                  esc(Text::tr("Reason: %1").arg(value(observation, observations::statusReason)));
    QString action = esc(value(observation, observations::action));
    if (const QString priority = shown(spec, observation, observations::priority); !priority.isEmpty())
        action += QStringLiteral("<br><span %1>%2</span>")
                      .arg(greyStyle, esc(Text::tr("Priority: %1").arg(priority)));
    return QStringLiteral("<td valign=\"top\">%1</td><td valign=\"top\">%2</td><td valign=\"top\">%3</td>"
                          "<td valign=\"top\">%4</td>")
        .arg(action, esc(value(observation, observations::responsible)),
             esc(shown(spec, observation, observations::dueOn)), status);
}

QString WalkProtocolHtml::summary() const {
    const WalkProtocolContent::Tally tally = m_content.actions();
    QString counts = countRow(Text::tr("Observations"), int(m_content.items.size()));
    if (const int sentIn = m_content.sentInCount(); sentIn > 0)
        counts += countRow(Text::tr("of which sent in by citizens"), sentIn);
    counts += countRow(Text::tr("Actions decided"), tally.actions);
    for (const auto& [code, label] :
         {std::pair{"atgardad", Text::tr("of which fixed")},
          std::pair{"pagar", Text::tr("of which in progress")}, std::pair{"oppen", Text::tr("of which open")},
          std::pair{"avvisad", Text::tr("of which rejected")}})
        counts += countRow(label, tally.byStatus.value(QString::fromLatin1(code)));
    QString html = QStringLiteral("<h3>%1</h3><table width=\"45%\" %2>%3</table>")
                       .arg(esc(Text::tr("Summary")), tableStyle, counts);
    const auto lines = m_content.actionsByResponsible();
    if (lines.isEmpty())
        return html;
    QString rows;
    for (const auto& [who, count] : lines)
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                    .arg(esc(who.isEmpty() ? Text::tr("Not given") : who))
                    .arg(count.actions)
                    .arg(count.byStatus.value(QStringLiteral("atgardad")))
                    .arg(count.byStatus.value(QStringLiteral("oppen")) +
                         count.byStatus.value(QStringLiteral("pagar")))
                    .arg(count.byStatus.value(QStringLiteral("avvisad")));
    return html +
           QStringLiteral("<p><b>%1</b></p><table width=\"80%\" %2><thead><tr %3>"
                          "<th align=\"left\">%4</th><th align=\"right\">%5</th><th align=\"right\">%6</th>"
                          "<th align=\"right\">%7</th><th align=\"right\">%8</th></tr></thead>%9</table>")
               .arg(esc(Text::tr("Actions by responsible")), tableStyle, headStyle,
                    esc(Text::tr("Responsible")), esc(Text::tr("Actions")), esc(Text::tr("Fixed")),
                    esc(Text::tr("Open or in progress")), esc(Text::tr("Rejected")), rows);
}

QString WalkProtocolHtml::map() {
    if (!m_content.map)
        return {};
    const qint64 mapId = m_content.map->id;
    QList<WalkProtocolMap::Pin> pins;
    for (const WalkProtocolContent::Item& item : m_content.items) {
        const Record& observation = item.observation;
        if (observation.value(observations::mapId).toLongLong() != mapId ||
            !observation.value(observations::pinX).isValid())
            continue;
        pins.append({item.number,
                     QPointF(observation.value(observations::pinX).toReal(),
                             observation.value(observations::pinY).toReal()),
                     WalkProtocolMap::colourOf(item.hasAction() ? item.status() : QString())});
    }
    // Drawn at twice its size on paper, so that it stays sharp in print.
    const QSize onPaper(int(PagedOutput::contentWidth()), int(PagedOutput::contentWidth() * 0.6));
    const QImage image =
        WalkProtocolMap::draw(m_content.map->value(maps::image).toByteArray(), pins, onPaper * 2);
    if (image.isNull())
        return {};
    QStringList legend;
    for (const char* code : {"oppen", "pagar", "atgardad", "avvisad", ""})
        legend << QStringLiteral("<span style=\"color: %1\">&#9679;</span>&nbsp;%2")
                      .arg(WalkProtocolMap::colourOf(QString::fromLatin1(code)).name(),
                           esc(*code ? statusLabel(QString::fromLatin1(code)) : Text::tr("No action")));
    return QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p %4>%5</p>")
        .arg(esc(Text::tr("Map")),
             esc(Text::tr("The numbers are those of the observations in the table; the colour is the "
                          "action's status. Map: %1.")
                     .arg(value(*m_content.map, maps::name))),
             picture(QStringLiteral("map"), image, image.size() / 2,
                     Text::tr("Map of the walk with the observations' numbers")),
             QStringLiteral("style=\"font-size: 9pt\""), legend.join(QStringLiteral(" &nbsp; ")));
}

QString WalkProtocolHtml::closing() const {
    const QDate walked = m_content.walk.value(walks::walkedOn).toDate();
    return QStringLiteral("<hr><p style=\"font-size: 9pt\">%1</p>")
        .arg(esc(Text::tr("The actions are followed up within six months of the walk, by %1. An action that "
                          "cannot be carried out is reported with the reason why.")
                     .arg(isoDate(WalkRegisters::dueByDefault(walked)))));
}

QString WalkProtocolHtml::picture(const QString& name, const QImage& image, QSize shown, const QString& alt) {
    const QString url = QStringLiteral("image:%1").arg(name);
    // A photo of 1600 px would make a thumbnail of 4 cm weigh megabytes in the PDF: kept at about 300 dpi.
    const QSize stored = image.size().boundedTo(shown * 3);
    m_images.insert(url, stored == image.size()
                             ? image
                             : image.scaled(stored, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\">")
        .arg(url)
        .arg(shown.width())
        .arg(shown.height())
        .arg(esc(alt));
}

} // namespace lk
