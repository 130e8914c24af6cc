// RetailerHistory: what has happened at one retailer, newest first: its inspections with their deficiencies
// and decision, and its test purchases with their outcome and dialogue, read in one query.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>
#include <QList>

namespace lk {

class RetailerHistory {
public:
    struct Entry {
        enum class What { Inspection, TestPurchase };
        What what = What::Inspection;
        qint64 id = 0; // the inspection's or the test purchase's
        QDate on;      // held or made on
        // An inspection's: its kind and decision (codes), and how many of its points were found deficient.
        QString kind;
        QString decision;
        int deficiencies = 0;
        // A test purchase's: its outcome (a code), and the dialogue with the seller (invalid when none).
        QString outcome;
        QDate dialogueOn;
    };

    // Newest first; on the same day inspections before test purchases, each in the order they were added.
    static Result<QList<Entry>> of(const Repository& repository, qint64 retailerId);
};

} // namespace lk
