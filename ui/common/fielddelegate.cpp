#include "common/fielddelegate.h"

#include "common/fieldeditor.h"
#include "document/document.h"
#include "register/recordtablemodel.h"

#include <optional>

namespace lk {

namespace {

// The field as it is edited inside a row: long text gets a line edit (the form shows the whole text).
std::optional<FieldSpec> cellField(const QModelIndex& index) {
    const auto* model = qobject_cast<const RecordTableModel*>(index.model());
    if (!model)
        return std::nullopt;
    FieldSpec field = model->columnField(index.column());
    if (field.type == FieldType::LongText) {
        field.maxLength = field.lengthLimit(); // the long text's own limit, taken before the type changes
        field.type = FieldType::Text;
    }
    return field;
}

} // namespace

FieldDelegate::FieldDelegate(Document* document, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_document(document) {}

QWidget* FieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    const auto field = cellField(index);
    const Repository repository = m_document->repository();
    return field ? FieldEditor::create(*field, &repository, parent)
                 : QStyledItemDelegate::createEditor(parent, option, index);
}

void FieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (const auto field = cellField(index))
        FieldEditor::setValue(editor, *field, index.data(Qt::EditRole));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    if (const auto field = cellField(index))
        model->setData(index, FieldEditor::value(editor, *field), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace lk
