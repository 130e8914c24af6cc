// SearchFields: what Search reads of a register, taken from its description: its searched free text (the name
// or title a record is known by apart from the rest), and where a record's municipality and date come from.
#pragma once

#include "register/registerspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lk {

class SearchFields {
public:
    explicit SearchFields(const RegisterSpec& spec);

    const RegisterSpec& spec() const { return m_spec; }
    // False for a register without searched free text (attendance counts, an indicator's values): it has no
    // place in the index.
    bool searched() const { return m_title || !m_body.isEmpty(); }
    // The field a record is known by, when it is searched free text (a place's name, a promise's short
    // title): a word there weighs more than one in the rest.
    const FieldSpec* titleField() const { return m_title; }
    // The other searched free-text fields.
    const QList<const FieldSpec*>& bodyFields() const { return m_body; }
    // Every searched field, the title first.
    QList<const FieldSpec*> textFields() const;

    // SQL expressions (standard SQL, for either engine) over a row of the register's table named `row`
    // ("new" in a trigger, "t" in a query):
    // - the record's municipality id: its own, the municipality's own id, or its owner's (an observation
    //   through its walk); NULL for a register of no municipality;
    QString municipalityExpression(const QString& row) const;
    // - the record's date: the date a target counts it by, else its first date, else its owner's (that of
    //   an owner that took place on a day first: a case discussion has its meeting's); NULL when there is
    //   none.
    QString dateExpression(const QString& row) const;
    // The columns whose change changes what the index holds of a record: its searched text and what its
    // municipality follows.
    QStringList watchedColumns() const;

private:
    const RegisterSpec& m_spec;
    const FieldSpec* m_title = nullptr;
    QList<const FieldSpec*> m_body;
};

} // namespace lk
