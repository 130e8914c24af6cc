// PromiseLink: the "counts for promise" field of a form. It offers the promises of the activity's period and,
// until the user picks one himself, follows the date: inside the period the promise whose target counts this
// kind of activity, outside it none.
#pragma once

#include "promises/countsfor.h"
#include "register/registerspec.h"

#include <QObject>

class QComboBox;

namespace lk {

class RecordForm;

class PromiseLink : public QObject {
    Q_OBJECT
public:
    // `chosen`: the record is stored already, and keeps what it counts for whatever its date.
    PromiseLink(RecordForm* form, const RegisterSpec& spec, const CountsFor::Choices& choices, bool chosen);

    // For the next record of "save and new": the date leads again.
    void release() { m_chosen = false; }

private:
    void follow(const QDate& date);

    const RegisterSpec& m_spec;
    CountsFor::Choices m_choices;
    QComboBox* m_promise;
    bool m_chosen;
};

} // namespace lk
