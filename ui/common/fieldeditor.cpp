#include "common/fieldeditor.h"

#include "common/codesetedit.h"
#include "common/dateedit.h"
#include "common/decimal.h"
#include "common/imageedit.h"
#include "common/longtextedit.h"
#include "common/monthsedit.h"
#include "register/registry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSpinBox>
#include <QTextDocument>

namespace lk {

namespace {

// A decimal editor remembers the value it was given and the text it showed for it: while that text is left as
// it is, value() gives back the exact value, not the at most four decimals the text shows.
const char* const shownDecimalText = "lkShownDecimalText";
const char* const shownDecimalValue = "lkShownDecimalValue";

// An optional whole number that cannot be 0 (a year) shows empty until given: one step below its minimum
// stands for "not given". A count shows 0.
bool emptiable(const FieldSpec& field) {
    return !field.isRequired && field.minimum > 0;
}

QComboBox* comboBox(QWidget* parent, bool optional) {
    auto* combo = new QComboBox(parent);
    if (optional)
        combo->addItem(QString(), QVariant());
    return combo;
}

} // namespace

QWidget* FieldEditor::create(const FieldSpec& field, const Repository* repository, QWidget* parent) {
    QWidget* editor = nullptr;
    switch (field.type) {
    case FieldType::Text: {
        if (!field.suggestions.isEmpty()) {
            // Offered, not imposed: an organisation not in the list is typed in.
            auto* combo = new QComboBox(parent);
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->addItems(field.suggestions);
            combo->setCurrentIndex(-1);
            editor = combo;
            break;
        }
        auto* line = new QLineEdit(parent);
        line->setMaxLength(field.lengthLimit());
        editor = line;
        break;
    }
    case FieldType::LongText:
        editor = new LongTextEdit(parent);
        break;
    case FieldType::Integer: {
        auto* spin = new QSpinBox(parent);
        spin->setRange(int(field.minimum) - (emptiable(field) ? 1 : 0),
                       int(std::min<qint64>(field.maximum, std::numeric_limits<int>::max())));
        if (emptiable(field))
            spin->setSpecialValueText(QStringLiteral(" "));
        spin->setGroupSeparatorShown(field.groupDigits);
        editor = spin;
        break;
    }
    case FieldType::Decimal: {
        auto* line = new QLineEdit(parent);
        line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        line->setPlaceholderText(QCoreApplication::translate("lk::FieldEditor", "12,5"));
        editor = line;
        break;
    }
    case FieldType::Date: {
        auto* date = new DateEdit(parent);
        date->setOptional(!field.isRequired);
        editor = date;
        break;
    }
    case FieldType::Code: {
        QComboBox* combo = comboBox(parent, !field.isRequired);
        for (const CodeOption& option : field.codes)
            combo->addItem(field.codeLabel(option.code), option.code);
        editor = combo;
        break;
    }
    case FieldType::Reference: {
        QComboBox* combo = comboBox(parent, !field.isRequired);
        if (repository)
            setReferenceChoices(combo, field, *repository, 0);
        editor = combo;
        break;
    }
    case FieldType::Boolean:
        editor = new QCheckBox(parent);
        break;
    case FieldType::CodeSet:
        editor = new CodeSetEdit(field, parent);
        break;
    case FieldType::Image:
        editor = new ImageEdit(field, parent);
        break;
    case FieldType::Months:
        editor = new MonthsEdit(field, parent);
        break;
    }
    editor->setObjectName(field.name);
    editor->setAccessibleName(field.displayLabel());
    if (const QString help = field.displayHelp(); !help.isEmpty())
        editor->setToolTip(help);
    return editor;
}

void FieldEditor::setValue(QWidget* editor, const FieldSpec& field, const QVariant& raw) {
    const QVariant value = field.normalized(raw);
    switch (field.type) {
    case FieldType::Text: {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            if (combo->currentText() != value.toString())
                combo->setCurrentText(value.toString());
            break;
        }
        auto* line = static_cast<QLineEdit*>(editor);
        if (line->text() == value.toString())
            break;
        line->setText(value.toString());
        line->setCursorPosition(0); // a long title shows its beginning, not its end
        break;
    }
    case FieldType::LongText: {
        auto* text = static_cast<LongTextEdit*>(editor);
        if (text->toPlainText() != value.toString())
            text->setPlainText(value.toString());
        break;
    }
    case FieldType::Integer: {
        auto* spin = static_cast<QSpinBox*>(editor);
        spin->setValue(value.isValid() ? int(value.toLongLong()) : spin->minimum());
        break;
    }
    case FieldType::Decimal: {
        auto* line = static_cast<QLineEdit*>(editor);
        // Text that is not a number (from an import, or typed before) shows as it is, for the user to mend.
        const QString text =
            value.metaType().id() == QMetaType::Double ? formatDecimal(value.toReal()) : value.toString();
        line->setProperty(shownDecimalText, text);
        line->setProperty(shownDecimalValue, value);
        if (line->text() != text)
            line->setText(text);
        break;
    }
    case FieldType::Date: {
        auto* date = static_cast<DateEdit*>(editor);
        // Text that is no date (from a file, or refused before) shows as it is, red, for the user to mend.
        if (value.isValid() && value.metaType().id() != QMetaType::QDate)
            date->setTypedText(value.toString());
        else
            date->setDate(value.isValid() ? value.toDate()
                                          : (field.isRequired ? QDate::currentDate() : QDate()));
        break;
    }
    case FieldType::Code:
    case FieldType::Reference: {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        break;
    }
    case FieldType::Boolean:
        static_cast<QCheckBox*>(editor)->setChecked(value.toBool());
        break;
    case FieldType::CodeSet:
        static_cast<CodeSetEdit*>(editor)->setCodes(value.toString());
        break;
    case FieldType::Image:
        static_cast<ImageEdit*>(editor)->setBytes(value.toByteArray());
        break;
    case FieldType::Months:
        // Only stored months reach a form: the file holds nothing else, as every value is checked on the way
        // in.
        static_cast<MonthsEdit*>(editor)->setMonths(MonthSet::read(value).value_or(MonthSet()));
        break;
    }
}

QVariant FieldEditor::value(const QWidget* editor, const FieldSpec& field) {
    switch (field.type) {
    case FieldType::Text:
        if (const auto* combo = qobject_cast<const QComboBox*>(editor))
            return field.normalized(combo->currentText().trimmed());
        return field.normalized(static_cast<const QLineEdit*>(editor)->text().trimmed());
    case FieldType::LongText:
        return field.normalized(static_cast<const LongTextEdit*>(editor)->toPlainText().trimmed());
    case FieldType::Integer: {
        const auto* spin = static_cast<const QSpinBox*>(editor);
        return emptiable(field) && spin->value() == spin->minimum() ? QVariant()
                                                                    : QVariant(qint64(spin->value()));
    }
    case FieldType::Decimal: {
        const auto* line = static_cast<const QLineEdit*>(editor);
        const QString text = line->text().trimmed();
        if (text == line->property(shownDecimalText).toString())
            return field.normalized(line->property(shownDecimalValue));
        // Unreadable text comes back as text: validation tells the user, and what was typed is kept.
        return field.normalized(text);
    }
    case FieldType::Date: {
        // Text that is no date comes back as text: validation names it, and what was typed is kept.
        const DateInput::Reading reading = static_cast<const DateEdit*>(editor)->reading();
        if (reading.state == DateInput::State::NotADate)
            return static_cast<const DateEdit*>(editor)->text().trimmed();
        return reading.state == DateInput::State::Date ? QVariant(reading.date) : QVariant();
    }
    case FieldType::Code:
    case FieldType::Reference:
        return field.normalized(static_cast<const QComboBox*>(editor)->currentData());
    case FieldType::Boolean:
        return static_cast<const QCheckBox*>(editor)->isChecked();
    case FieldType::CodeSet:
        return field.normalized(static_cast<const CodeSetEdit*>(editor)->codes());
    case FieldType::Image:
        return field.normalized(static_cast<const ImageEdit*>(editor)->bytes());
    case FieldType::Months:
        return field.normalized(static_cast<const MonthsEdit*>(editor)->months().toText());
    }
    return {};
}

void FieldEditor::setReferenceChoices(QWidget* editor, const FieldSpec& field, const Repository& repository,
                                      qint64 municipalityId) {
    const RegisterSpec* target = Registry::named(field.references);
    if (!target)
        return;
    auto records = municipalityId > 0 ? repository.listOfMunicipality(*target, municipalityId)
                                      : repository.list(*target);
    QList<QPair<QString, qint64>> choices;
    if (records) {
        for (const Record& record : *records)
            choices.append({record.value(target->displayField).toString(), record.id});
    }
    setChoices(editor, field, choices);
}

void FieldEditor::setChoices(QWidget* editor, const FieldSpec& field,
                             const QList<QPair<QString, qint64>>& choices) {
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo || field.type != FieldType::Reference)
        return;
    const QVariant current = combo->currentData();
    combo->clear();
    if (!field.isRequired)
        combo->addItem(QString(), QVariant());
    for (const auto& [text, id] : choices)
        combo->addItem(text, id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void FieldEditor::markSaved(QWidget* editor, const FieldSpec& field) {
    if ((field.type == FieldType::Text && !qobject_cast<QComboBox*>(editor)) ||
        field.type == FieldType::Decimal || field.type == FieldType::Date) {
        auto* line = static_cast<QLineEdit*>(editor);
        const int cursor = line->cursorPosition();
        line->setText(line->text()); // setText is the one way to empty a line edit's history
        line->setCursorPosition(cursor);
    } else if (field.type == FieldType::LongText) {
        static_cast<LongTextEdit*>(editor)->document()->clearUndoRedoStacks();
    }
}

void FieldEditor::onFinished(QWidget* editor, const FieldSpec& field, QObject* context,
                             const std::function<void()>& finished) {
    switch (field.type) {
    case FieldType::Text:
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, context, finished);
            QObject::connect(combo, &QComboBox::activated, context, finished);
            break;
        }
        QObject::connect(static_cast<QLineEdit*>(editor), &QLineEdit::editingFinished, context, finished);
        break;
    case FieldType::LongText:
        QObject::connect(static_cast<LongTextEdit*>(editor), &LongTextEdit::editingFinished, context,
                         finished);
        break;
    case FieldType::Integer:
        QObject::connect(static_cast<QSpinBox*>(editor), &QSpinBox::editingFinished, context, finished);
        break;
    case FieldType::Decimal:
        QObject::connect(static_cast<QLineEdit*>(editor), &QLineEdit::editingFinished, context, finished);
        break;
    case FieldType::Date:
        // Leaving the field, Enter and a pick from the calendar; an arrow key's step waits for the leaving.
        QObject::connect(static_cast<DateEdit*>(editor), &DateEdit::editingFinished, context, finished);
        break;
    case FieldType::Code:
    case FieldType::Reference:
        QObject::connect(static_cast<QComboBox*>(editor), &QComboBox::activated, context, finished);
        break;
    case FieldType::Boolean:
        QObject::connect(static_cast<QCheckBox*>(editor), &QCheckBox::clicked, context, finished);
        break;
    case FieldType::CodeSet:
        QObject::connect(static_cast<CodeSetEdit*>(editor), &CodeSetEdit::changed, context, finished);
        break;
    case FieldType::Image:
        QObject::connect(static_cast<ImageEdit*>(editor), &ImageEdit::changed, context, finished);
        break;
    case FieldType::Months:
        QObject::connect(static_cast<MonthsEdit*>(editor), &MonthsEdit::changed, context, finished);
        break;
    }
}

} // namespace lk
