// FieldDelegate: edits a cell of a RecordTableModel with the same editor the forms use for that field. A
// value the file refuses comes back in the cell's editor, red, for the user to put right.
#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>
#include <QVariant>

namespace lk {

class Document;

class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    FieldDelegate(Document* document, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Document* m_document;
    // The cell whose edit was refused, what was typed there and why: its editor opens again with them.
    mutable QPersistentModelIndex m_refusedAt;
    mutable QVariant m_refusedValue;
    mutable QString m_refusal;
};

} // namespace lk
