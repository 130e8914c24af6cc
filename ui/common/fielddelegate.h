// FieldDelegate: edits a cell of a RecordTableModel with the same editor the forms use for that field.
#pragma once

#include <QStyledItemDelegate>

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
};

} // namespace lk
