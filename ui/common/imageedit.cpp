#include "common/imageedit.h"

#include "common/imagedata.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lk {

namespace {

constexpr int previewSide = 160;

} // namespace

ImageEdit::ImageEdit(const FieldSpec& field, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
    , m_preview(new QLabel(this))
    , m_about(new QLabel(this))
    , m_remove(new QPushButton(tr("Remove"), this)) {
    m_preview->setFixedSize(previewSide, previewSide * 3 / 4);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_about->setWordWrap(true);
    auto* choose = new QPushButton(tr("Choose picture…"), this);
    choose->setObjectName(QStringLiteral("choosePicture"));
    m_remove->setObjectName(QStringLiteral("removePicture"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_about);
    buttons->addWidget(choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addLayout(buttons, 1);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a picture"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Pictures (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            load(path);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        setBytes({});
        emit changed();
    });
    showPreview();
}

void ImageEdit::setBytes(const QByteArray& bytes) {
    m_bytes = bytes;
    showPreview();
}

bool ImageEdit::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Choose a picture"),
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    auto fitted = ImageData::fit(file.readAll(), int(m_field.maximum));
    if (!fitted) {
        QMessageBox::warning(this, tr("Choose a picture"),
                             tr("%1: %2").arg(QDir::toNativeSeparators(path), fitted.error().message));
        return false;
    }
    setBytes(*fitted);
    emit changed();
    return true;
}

void ImageEdit::showPreview() {
    QPixmap pixmap;
    if (!m_bytes.isEmpty() && pixmap.loadFromData(m_bytes)) {
        m_preview->setPixmap(pixmap.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_about->setText(ImageData::describe(m_bytes));
    } else {
        m_preview->setPixmap({});
        m_preview->setText(tr("No picture"));
        m_about->setText(tr("PNG or JPEG; a larger picture is scaled to at most %1 pixels either way.")
                             .arg(m_field.maximum));
    }
    m_remove->setEnabled(!m_bytes.isEmpty());
}

} // namespace lk
