#include "watch/areastab.h"

#include "common/isodate.h"
#include "common/listbesidedetail.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "common/titledgroup.h"
#include "document/document.h"
#include "register/recordtablemodel.h"
#include "watch/areaevents.h"
#include "watch/watchregisters.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace lk {

namespace {

const QStringList areaFields{
    watchAreas::name,           watchAreas::housing,   watchAreas::households, watchAreas::householdsJoined,
    watchAreas::contactPersons, watchAreas::startedOn, watchAreas::signsOn,    watchAreas::channels,
    watchAreas::status,         watchAreas::endedOn,   watchAreas::note};

QVariant orNull(const QString& text) {
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

} // namespace

AreasTab::AreasTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new RecordListPanel(document, WatchRegisters::areas(),
                                 {watchAreas::name, watchAreas::housing, watchAreas::status}, this))
    , m_form(new RecordForm(document, WatchRegisters::areas(), areaFields, this))
    , m_consent(new QCheckBox(WatchRegisters::areas().labelOf(watchAreas::contactConsent), this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_contactError(new QLabel(this))
    , m_events(new QLabel(this)) {
    m_list->setFilterVisible(true);
    m_list->setStretchColumn(watchAreas::name);
    m_list->setNewFields({watchAreas::name, watchAreas::housing, watchAreas::households,
                          watchAreas::householdsJoined, watchAreas::contactPersons, watchAreas::startedOn,
                          watchAreas::status});
    m_list->setDefaults([] {
        return QVariantMap{{watchAreas::status, QStringLiteral("aktiv")},
                           {watchAreas::startedOn, QDate::currentDate()}};
    });
    m_list->setDialogSetup([](RecordDialog& dialog, const Record* stored) {
        if (!stored)
            dialog.enableSaveAndNew();
    });

    m_consent->setObjectName(watchAreas::contactConsent);
    m_name->setObjectName(watchAreas::contactName);
    m_phone->setObjectName(watchAreas::contactPhone);
    m_name->setMaxLength(100);
    m_phone->setMaxLength(40);
    m_contactError->setObjectName(QStringLiteral("contactError"));
    m_contactError->setWordWrap(true);
    m_contactError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_contactError->hide();
    auto* why = new QLabel(
        tr("Only with the contact's consent. Withdrawn consent erases the name and number."), this);
    why->setWordWrap(true);
    auto* contact = new QWidget(this);
    auto* contactForm = new QFormLayout(contact);
    contactForm->setContentsMargins(0, 0, 0, 0);
    contactForm->addRow(m_consent);
    contactForm->addRow(WatchRegisters::areas().labelOf(watchAreas::contactName), m_name);
    contactForm->addRow(WatchRegisters::areas().labelOf(watchAreas::contactPhone), m_phone);
    contactForm->addRow(why);
    contactForm->addRow(m_contactError);

    m_events->setObjectName(QStringLiteral("areaEvents"));
    m_events->setWordWrap(true);
    m_events->setTextFormat(Qt::PlainText);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(titledGroup(tr("Area"), m_form, detail));
    detailLayout->addWidget(titledGroup(tr("Main contact"), contact, detail));
    detailLayout->addWidget(titledGroup(tr("Events"), m_events, detail));
    detailLayout->addStretch();
    listBesideDetail(this, m_list, detail, 3, 7);

    connect(m_consent, &QCheckBox::clicked, this, &AreasTab::saveConsent);
    connect(m_name, &QLineEdit::editingFinished, this, &AreasTab::saveContact);
    connect(m_phone, &QLineEdit::editingFinished, this, &AreasTab::saveContact);
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AreasTab::showSelected);
    connect(m_list->view()->model(), &QAbstractItemModel::modelReset, this, &AreasTab::showSelected);
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(WatchRegisters::areas().table) || tables.contains(WatchRegisters::events().table))
            showSelected();
    });
    showSelected();
}

void AreasTab::setScope(qint64 municipalityId) {
    m_list->setParentRecord(watchAreas::municipalityId, municipalityId);
    showSelected();
}

void AreasTab::showSelected() {
    const QString uuid = m_list->selectedUuid();
    m_form->bind(uuid);
    auto area = uuid.isEmpty() ? Result<std::optional<Record>>(std::optional<Record>())
                               : m_document->repository().find(WatchRegisters::areas(), uuid);
    const bool shown = area && *area;
    const bool consented = shown && (*area)->value(watchAreas::contactConsent).toBool();
    const bool editable = !m_document->isReadOnly();
    m_consent->setEnabled(editable && shown);
    m_consent->setChecked(consented);
    m_name->setEnabled(editable && consented);
    m_phone->setEnabled(editable && consented);
    m_name->setText(shown ? (*area)->value(watchAreas::contactName).toString() : QString());
    m_phone->setText(shown ? (*area)->value(watchAreas::contactPhone).toString() : QString());
    m_contactError->hide();
    if (!shown) {
        m_events->setText(tr("Choose an area to see its details."));
        return;
    }
    // What the area has done: every kind of event, with the latest date.
    auto events = AreaEvents::of(m_document->repository(), (*area)->id);
    QStringList lines;
    const FieldSpec& kind = WatchRegisters::events().field(watchEvents::kind);
    for (const AreaEvents::Kind& held : events ? *events : QList<AreaEvents::Kind>())
        lines << tr("%1: %2, the latest %3")
                     .arg(kind.codeLabel(held.code))
                     .arg(held.count)
                     .arg(isoDate(held.latest));
    m_events->setText(lines.isEmpty() ? tr("No events yet: add them on the Events tab.") : lines.join(u'\n'));
}

void AreasTab::saveConsent(bool consented) {
    const QString uuid = m_list->selectedUuid();
    if (uuid.isEmpty())
        return;
    QVariantMap values{{watchAreas::contactConsent, consented}};
    if (!consented && (!m_name->text().trimmed().isEmpty() || !m_phone->text().trimmed().isEmpty())) {
        if (QMessageBox::question(this, tr("Withdraw consent"),
                                  tr("Without consent the main contact's name and phone number are erased. "
                                     "Erase them?")) != QMessageBox::Yes) {
            m_consent->setChecked(true);
            return;
        }
        values.insert(watchAreas::contactName, QVariant());
        values.insert(watchAreas::contactPhone, QVariant());
    }
    if (Status saved = m_document->update(WatchRegisters::areas(), uuid, values); !saved) {
        m_contactError->setText(saved.message());
        m_contactError->show();
    }
    showSelected();
}

void AreasTab::saveContact() {
    const QString uuid = m_list->selectedUuid();
    if (uuid.isEmpty() || !m_consent->isChecked())
        return;
    auto stored = m_document->repository().find(WatchRegisters::areas(), uuid);
    if (!stored || !*stored)
        return;
    const QVariant name = orNull(m_name->text());
    const QVariant phone = orNull(m_phone->text());
    if ((*stored)->value(watchAreas::contactName) == name &&
        (*stored)->value(watchAreas::contactPhone) == phone)
        return;
    if (Status saved =
            m_document->update(WatchRegisters::areas(), uuid,
                               {{watchAreas::contactName, name}, {watchAreas::contactPhone, phone}});
        !saved) {
        // What was typed stays, with the reason beside it (a personal identity number, say).
        m_contactError->setText(saved.message());
        m_contactError->show();
        return;
    }
    m_contactError->hide();
}

} // namespace lk
