// offerNewLinked: a "New …" button beside a link field's list in a record's dialog, for a record the list
// does not hold yet (an observation's place, a visit's school): it adds one to the linked register in a
// dialog of its own and chooses it, so that the first dialog is never a dead end.
#pragma once

#include "register/registerspec.h"

#include <QVariantMap>

namespace lk {

class Document;
class RecordDialog;

struct NewLinked {
    QString field;        // the link field in the dialog
    QString buttonText;   // "New place…" (translated)
    QStringList fields;   // those the new record's dialog asks for
    QVariantMap defaults; // what they start as
    QVariantMap fixed;    // what the new record gets without asking (its municipality)
};

void offerNewLinked(RecordDialog& dialog, Document* document, const RegisterSpec& linked,
                    const NewLinked& offer);

} // namespace lk
