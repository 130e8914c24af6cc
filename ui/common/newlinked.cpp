#include "common/newlinked.h"

#include "common/recorddialog.h"
#include "document/document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>

namespace lk {

void offerNewLinked(RecordDialog& dialog, Document* document, const RegisterSpec& linked,
                    const NewLinked& offer) {
    auto* list = dialog.findChild<QComboBox*>(offer.field);
    if (!list)
        return;
    QFormLayout* form = nullptr;
    int row = -1;
    for (QFormLayout* candidate : list->parentWidget()->findChildren<QFormLayout*>()) {
        QFormLayout::ItemRole role;
        candidate->getWidgetPosition(list, &row, &role);
        if (row >= 0) {
            form = candidate;
            break;
        }
    }
    if (!form)
        return;
    auto* box = new QWidget(list->parentWidget());
    auto* button = new QPushButton(offer.buttonText, box);
    button->setObjectName(QStringLiteral("new_") + offer.field);
    button->setEnabled(!document->isReadOnly());
    form->removeWidget(list);
    auto* line = new QHBoxLayout(box);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(list, 1);
    line->addWidget(button);
    form->setWidget(row, QFormLayout::FieldRole, box);
    QObject::connect(button, &QPushButton::clicked, &dialog, [&dialog, &linked, list, document, offer] {
        RecordDialog add(document, linked, offer.fields, offer.defaults, offer.fixed, &dialog);
        if (add.exec() != QDialog::Accepted)
            return;
        auto stored = document->repository().find(linked, add.savedUuid());
        if (!stored || !*stored)
            return;
        list->addItem((*stored)->value(linked.displayField).toString(), (*stored)->id);
        list->setCurrentIndex(list->count() - 1);
    });
}

} // namespace lk
