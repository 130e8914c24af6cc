#include "common/promiselink.h"

#include "common/dateedit.h"
#include "common/fieldeditor.h"
#include "common/recordform.h"
#include "register/commonnames.h"

#include <QComboBox>

namespace lk {

PromiseLink::PromiseLink(RecordForm* form, const RegisterSpec& spec, const CountsFor::Choices& choices,
                         bool chosen)
    : QObject(form)
    , m_spec(spec)
    , m_choices(choices)
    , m_promise(qobject_cast<QComboBox*>(form->editor(common::promiseId)))
    , m_chosen(chosen) {
    if (!m_promise)
        return;
    const FieldSpec& field = spec.field(common::promiseId);
    const QVariant linked = m_promise->currentData();
    FieldEditor::setChoices(m_promise, field, choices.promises);
    FieldEditor::setValue(m_promise, field, linked);
    connect(m_promise, &QComboBox::activated, this, [this] { m_chosen = true; });
    if (auto* date = qobject_cast<DateEdit*>(form->editor(spec.dateField)))
        connect(date, &DateEdit::dateChanged, this, &PromiseLink::follow);
}

void PromiseLink::follow(const QDate& date) {
    if (m_chosen)
        return;
    const qint64 promise = m_choices.defaultOn(date);
    m_promise->setCurrentIndex(
        std::max(0, m_promise->findData(promise > 0 ? QVariant(promise) : QVariant())));
}

} // namespace lk
