#include "walks/walkprotocolcontent.h"

#include "promises/promiseregisters.h"
#include "walks/walkregisters.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::WalkProtocol)
};

// A record the walk points at, or nothing when it is gone.
Result<std::optional<Record>> linked(const Repository& repository, const RegisterSpec& spec,
                                     const QVariant& id) {
    if (!id.isValid() || id.toLongLong() <= 0)
        return std::optional<Record>();
    return repository.findById(spec, id.toLongLong());
}

} // namespace

Result<WalkProtocolContent> WalkProtocolContent::gather(const Repository& repository, qint64 walkId) {
    WalkProtocolContent content;
    auto walk = repository.findById(WalkRegisters::walks(), walkId);
    if (!walk)
        return walk.error();
    if (!*walk)
        return Error{Text::tr("The safety walk no longer exists, so there is no protocol to write.")};
    content.walk = **walk;
    auto municipality = repository.findById(PromiseRegisters::municipalities(),
                                            content.walk.value(walks::municipalityId).toLongLong());
    if (!municipality)
        return municipality.error();
    if (*municipality)
        content.municipality = **municipality;
    auto map = linked(repository, WalkRegisters::maps(), content.walk.value(walks::mapId));
    if (!map)
        return map.error();
    content.map = *map;

    auto groups = repository.list(WalkRegisters::participants(), walkParticipants::walkId, walkId);
    if (!groups)
        return groups.error();
    const QList<CodeOption>& codes =
        WalkRegisters::participants().field(walkParticipants::participantGroup).codes;
    const auto rank = [&codes](const QString& code) {
        return std::find_if(codes.begin(), codes.end(), [&](const CodeOption& o) { return o.code == code; }) -
               codes.begin();
    };
    for (const Record& group : *groups)
        content.participants.append({group.value(walkParticipants::participantGroup).toString(),
                                     group.value(walkParticipants::count).toInt()});
    std::stable_sort(content.participants.begin(), content.participants.end(),
                     [&](const Group& a, const Group& b) { return rank(a.code) < rank(b.code); });

    auto observations = repository.list(WalkRegisters::observations(), observations::walkId, walkId);
    if (!observations)
        return observations.error();
    // Places are looked up once each: a walk often notes several things at the same place.
    QHash<qint64, std::optional<Record>> places;
    for (const Record& observation : *observations) {
        Item item{int(content.items.size()) + 1, observation, std::nullopt};
        const QVariant placeId = observation.value(observations::placeId);
        if (placeId.isValid()) {
            if (!places.contains(placeId.toLongLong())) {
                auto place = linked(repository, WalkRegisters::places(), placeId);
                if (!place)
                    return place.error();
                places.insert(placeId.toLongLong(), *place);
            }
            item.place = places.value(placeId.toLongLong());
        }
        content.items.append(item);
    }
    return content;
}

int WalkProtocolContent::participantTotal() const {
    int total = 0;
    for (const Group& group : participants)
        total += group.count;
    return total;
}

int WalkProtocolContent::sentInCount() const {
    return int(std::count_if(items.begin(), items.end(), [](const Item& item) {
        return item.observation.value(observations::sentIn).toBool();
    }));
}

WalkProtocolContent::Tally WalkProtocolContent::actions() const {
    Tally tally;
    for (const Item& item : items) {
        if (!item.hasAction())
            continue;
        ++tally.actions;
        ++tally.byStatus[item.status()];
    }
    return tally;
}

QList<std::pair<QString, WalkProtocolContent::Tally>> WalkProtocolContent::actionsByResponsible() const {
    QList<std::pair<QString, Tally>> lines;
    for (const Item& item : items) {
        if (!item.hasAction())
            continue;
        const QString who = item.observation.value(observations::responsible).toString();
        auto line = std::find_if(lines.begin(), lines.end(), [&](const auto& l) { return l.first == who; });
        if (line == lines.end())
            line = lines.insert(lines.end(), {who, Tally()});
        ++line->second.actions;
        ++line->second.byStatus[item.status()];
    }
    QCollator swedish{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::sort(lines.begin(), lines.end(),
              [&](const auto& a, const auto& b) { return swedish.compare(a.first, b.first) < 0; });
    return lines;
}

} // namespace lk
