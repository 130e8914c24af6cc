#include "common/fielddelegate.h"

#include "common/fieldeditor.h"
#include "common/problemlook.h"
#include "document/document.h"
#include "register/recordtablemodel.h"

#include <QAbstractItemView>
#include <QTimer>

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
    const auto field = cellField(index);
    if (!field) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    if (m_refusedAt.isValid() && m_refusedAt == index) {
        FieldEditor::setValue(editor, *field, m_refusedValue);
        showProblemLook(editor, m_refusal);
        m_refusedAt = QPersistentModelIndex();
        return;
    }
    FieldEditor::setValue(editor, *field, index.data(Qt::EditRole));
}

void FieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    const auto field = cellField(index);
    auto* records = qobject_cast<RecordTableModel*>(model);
    if (!field || !records) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const QVariant typed = FieldEditor::value(editor, *field);
    QString refusal;
    const auto listening = connect(records, &RecordTableModel::editFailed, this,
                                   [&refusal](const QString& message) { refusal = message; });
    bool conflicted = false;
    const auto conflicts =
        connect(records, &RecordTableModel::editConflicted, this, [&conflicted] { conflicted = true; });
    const bool saved = model->setData(index, typed, Qt::EditRole);
    disconnect(listening);
    disconnect(conflicts);
    auto* view = qobject_cast<QAbstractItemView*>(parent());
    // Another client's change meanwhile: the list asks which to keep, and the cell is not opened again.
    if (saved || conflicted || !view)
        return;
    // The editor closes after this; what was typed opens again in the same cell once it has.
    m_refusedAt = index;
    m_refusedValue = typed;
    m_refusal = refusal;
    QTimer::singleShot(0, view, [view, at = QPersistentModelIndex(index)] {
        if (at.isValid())
            view->edit(at);
    });
}

} // namespace lk
