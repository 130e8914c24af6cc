#include "cli/recordchoice.h"

#include "common/isodate.h"
#include "og/ogregisters.h"
#include "promises/promiseregisters.h"
#include "walks/walkregisters.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::RecordChoice)
};

// A name as typed and as stored compare alike: a keyboard's hyphen is the en dash of "2021–2022".
QString comparable(const QString& name) {
    QString text = name.trimmed();
    for (QChar& c : text) {
        if (c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2212))
            c = u'-';
    }
    return text;
}

// Names are typed on a command line, so "salems kommun", " Salems kommun" and "2021-2022" name Salems kommun
// and its 2021–2022 too.
bool sameName(const QString& stored, const QString& typed) {
    return comparable(stored).compare(comparable(typed), Qt::CaseInsensitive) == 0;
}

QString listed(const QList<RecordChoice::Option>& options) {
    QStringList labels;
    for (const RecordChoice::Option& option : options)
        labels << option.label;
    return labels.join(QStringLiteral(", "));
}

int municipalitiesAmong(const QList<RecordChoice::Option>& options) {
    QSet<qint64> ids;
    for (const RecordChoice::Option& option : options)
        ids.insert(option.record.value(common::municipalityId).toLongLong());
    return int(ids.size());
}

RecordChoice chosen(const Record& record) {
    RecordChoice choice;
    choice.fit = RecordChoice::Fit::One;
    choice.record = record;
    return choice;
}

RecordChoice refused(RecordChoice::Fit fit, QList<RecordChoice::Option> choices, const QString& message) {
    RecordChoice choice;
    choice.fit = fit;
    choice.choices = std::move(choices);
    choice.message = message;
    return choice;
}

QString nameOf(const Record& municipality) {
    return municipality.value(municipalities::name).toString();
}

Result<QHash<qint64, QString>> municipalityNames(const Repository& repository) {
    auto all = repository.list(PromiseRegisters::municipalities());
    if (!all)
        return all.error();
    QHash<qint64, QString> names;
    for (const Record& municipality : *all)
        names.insert(municipality.id, nameOf(municipality));
    return names;
}

// Where a period or walk is looked for: in one municipality, or in every one when `only` is 0, with every
// municipality's name to list the choices under. A municipality name that fits none or several is the answer
// itself.
struct Scope {
    qint64 only = 0;
    QHash<qint64, QString> names;
    std::optional<RecordChoice> answer;
};

Result<Scope> scopeOf(const Repository& repository, const QString& municipalityName) {
    Scope scope;
    if (!municipalityName.trimmed().isEmpty()) {
        auto municipality = RecordChoice::municipality(repository, municipalityName);
        if (!municipality)
            return municipality.error();
        if (!municipality->isOne()) {
            scope.answer = *municipality;
            return scope;
        }
        scope.only = municipality->record.id;
    }
    auto names = municipalityNames(repository);
    if (!names)
        return names.error();
    scope.names = *names;
    return scope;
}

QString periodDates(const Record& period) {
    return QStringLiteral("%1 – %2").arg(period.value(periods::startDate).toString(),
                                         period.value(periods::endDate).toString());
}

} // namespace

Result<RecordChoice> RecordChoice::municipality(const Repository& repository, const QString& name) {
    auto all = repository.list(PromiseRegisters::municipalities());
    if (!all)
        return all.error();
    QList<Option> every;
    for (const Record& municipality : *all)
        every.append({municipality, nameOf(municipality), nameOf(municipality)});
    if (every.isEmpty())
        return refused(Fit::None, {}, Text::tr("The file has no municipality yet: add one in the window."));
    const QString wanted = name.trimmed();
    if (wanted.isEmpty()) {
        if (every.size() == 1)
            return chosen(every.first().record);
        return refused(
            Fit::Several, every,
            Text::tr("The file has several municipalities; say which with --municipality NAME: %1.")
                .arg(listed(every)));
    }
    QList<Option> fits;
    for (const Option& option : every) {
        if (option.record.uuid == wanted || sameName(option.municipality, wanted))
            fits.append(option);
    }
    if (fits.size() == 1)
        return chosen(fits.first().record);
    if (fits.isEmpty())
        return refused(Fit::None, every,
                       Text::tr("There is no municipality “%1” in the file. Its municipalities: %2.")
                           .arg(wanted, listed(every)));
    // Two municipalities of one name are told apart by their UUID, which --municipality also takes.
    for (Option& option : fits)
        option.label = QStringLiteral("%1 (%2)").arg(option.municipality, option.record.uuid);
    return refused(Fit::Several, fits,
                   Text::tr("Several municipalities are called “%1”: %2. Say which with --municipality UUID.")
                       .arg(wanted, listed(fits)));
}

Result<RecordChoice> RecordChoice::period(const Repository& repository, const QString& municipalityName,
                                          const QString& name) {
    auto scope = scopeOf(repository, municipalityName);
    if (!scope)
        return scope.error();
    if (scope->answer)
        return *scope->answer;
    const qint64 only = scope->only;
    const QHash<qint64, QString>& names = scope->names;
    auto all = repository.list(PromiseRegisters::periods()); // oldest first
    if (!all)
        return all.error();

    // With one municipality in view, a period's name says enough; with several, each is listed under its own.
    const bool oneInView = only != 0 || names.size() == 1;
    QList<Option> inScope;
    for (const Record& period : *all) {
        const qint64 owner = period.value(periods::municipalityId).toLongLong();
        if (only != 0 && owner != only)
            continue;
        const QString periodName = period.value(periods::name).toString();
        inScope.append(
            {period, names.value(owner),
             oneInView ? periodName : QStringLiteral("%1: %2").arg(names.value(owner), periodName)});
    }
    const QString wanted = name.trimmed();
    QList<Option> fits;
    for (const Option& option : inScope) {
        if (option.record.uuid == wanted || sameName(option.record.value(periods::name).toString(), wanted))
            fits.append(option);
    }
    if (fits.size() == 1)
        return chosen(fits.first().record);

    const QString municipality = names.value(only);
    if (fits.isEmpty()) {
        if (inScope.isEmpty())
            return refused(Fit::None, {},
                           only != 0
                               ? Text::tr("%1 has no period yet: add one in the window with Manage beside "
                                          "the period.")
                                     .arg(municipality)
                               : Text::tr("The file has no period yet: add one in the window with Manage "
                                          "beside the period."));
        return refused(Fit::None, inScope,
                       only != 0 ? Text::tr("%1 has no period “%2”. Its periods: %3.")
                                       .arg(municipality, wanted, listed(inScope))
                                 : Text::tr("There is no period “%1” in the file. Its periods: %2.")
                                       .arg(wanted, listed(inScope)));
    }
    if (municipalitiesAmong(fits) > 1) {
        for (Option& option : fits)
            option.label = QStringLiteral("%1 (%2)").arg(option.municipality, periodDates(option.record));
        return refused(
            Fit::Several, fits,
            Text::tr("Several municipalities have a period “%1”: %2. Say which with --municipality "
                     "NAME.")
                .arg(wanted, listed(fits)));
    }
    // One municipality with two periods of one name: only their UUIDs tell them apart.
    for (Option& option : fits)
        option.label =
            QStringLiteral("%1 (%2, %3)").arg(wanted, periodDates(option.record), option.record.uuid);
    return refused(Fit::Several, fits,
                   Text::tr("%1 has several periods “%2”: %3. Say which with --period UUID.")
                       .arg(fits.first().municipality, wanted, listed(fits)));
}

namespace {

// What the messages about one kind of dated record say: each kind is its own sentence in Swedish.
struct DatedWords {
    QString noneOnIn;      // "%1 has no safety walk on %2."
    QString noneOn;        // "There is no safety walk on %1."
    QString noneNamedIn;   // "%1 has no safety walk “%2”: give its date …"
    QString noneNamed;     // "There is no safety walk “%1”: give its date …"
    QString severalAcross; // "There are several safety walks on %1: %2. Say which with --municipality …"
    QString severalIn;     // "There are several safety walks on %1: %2. Give the UUID of one …"
};

// A record of `spec` by its date in `dateField` or its UUID, within the municipality scope, listed by
// `labelField` when there are several.
Result<RecordChoice> dated(const Repository& repository, const QString& municipalityName,
                           const QString& dateOrUuid, const RegisterSpec& spec, Name dateField,
                           Name labelField, const DatedWords& words) {
    auto scope = scopeOf(repository, municipalityName);
    if (!scope)
        return scope.error();
    if (scope->answer)
        return *scope->answer;
    const qint64 only = scope->only;
    const QHash<qint64, QString>& names = scope->names;

    const QString wanted = dateOrUuid.trimmed();
    const QDate date = QDate::fromString(wanted, Qt::ISODate);
    QList<Record> found;
    if (date.isValid()) {
        auto onDate = repository.list(spec, dateField, isoDate(date));
        if (!onDate)
            return onDate.error();
        found = *onDate;
    } else {
        auto byUuid = repository.find(spec, wanted);
        if (!byUuid)
            return byUuid.error();
        if (*byUuid)
            found << **byUuid;
    }
    QList<RecordChoice::Option> fits;
    for (const Record& record : found) {
        const qint64 owner = record.value(common::municipalityId).toLongLong();
        if (only != 0 && owner != only)
            continue;
        fits.append({record, names.value(owner),
                     QStringLiteral("%1: %2 (%3)")
                         .arg(names.value(owner), record.value(labelField).toString(), record.uuid)});
    }
    if (fits.size() == 1)
        return chosen(fits.first().record);

    const QString municipality = names.value(only);
    if (fits.isEmpty()) {
        if (date.isValid())
            return refused(RecordChoice::Fit::None, {},
                           only != 0 ? words.noneOnIn.arg(municipality, isoDate(date))
                                     : words.noneOn.arg(isoDate(date)));
        return refused(RecordChoice::Fit::None, {},
                       only != 0 ? words.noneNamedIn.arg(municipality, wanted) : words.noneNamed.arg(wanted));
    }
    return refused(RecordChoice::Fit::Several, fits,
                   (municipalitiesAmong(fits) > 1 ? words.severalAcross : words.severalIn)
                       .arg(isoDate(date), listed(fits)));
}

} // namespace

Result<RecordChoice> RecordChoice::walk(const Repository& repository, const QString& municipalityName,
                                        const QString& dateOrUuid) {
    return dated(
        repository, municipalityName, dateOrUuid, WalkRegisters::walks(), walks::walkedOn, walks::area,
        {Text::tr("%1 has no safety walk on %2."), Text::tr("There is no safety walk on %1."),
         Text::tr("%1 has no safety walk “%2”: give its date, such as 2021-10-12, or its UUID."),
         Text::tr("There is no safety walk “%1”: give its date, such as 2021-10-12, or its UUID."),
         Text::tr("There are several safety walks on %1: %2. Say which with --municipality NAME, or give the "
                  "walk's UUID with --walk UUID."),
         Text::tr("There are several safety walks on %1: %2. Give the UUID of one with --walk UUID.")});
}

Result<RecordChoice> RecordChoice::meeting(const Repository& repository, const QString& municipalityName,
                                           const QString& dateOrUuid) {
    return dated(
        repository, municipalityName, dateOrUuid, OgRegisters::meetings(), ogMeetings::heldOn,
        ogMeetings::place,
        {Text::tr("%1 has no Operativa gruppen meeting on %2."),
         Text::tr("There is no Operativa gruppen meeting on %1."),
         Text::tr("%1 has no Operativa gruppen meeting “%2”: give its date, such as 2022-03-15, or "
                  "its UUID."),
         Text::tr("There is no Operativa gruppen meeting “%1”: give its date, such as 2022-03-15, or "
                  "its UUID."),
         Text::tr("There are several Operativa gruppen meetings on %1: %2. Say which with "
                  "--municipality NAME, or give the meeting's UUID with --meeting UUID."),
         Text::tr("There are several Operativa gruppen meetings on %1: %2. Give the UUID of one "
                  "with --meeting UUID.")});
}

} // namespace lk
