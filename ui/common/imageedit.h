// ImageEdit: a picture field (a photo of an observation, a map image): a preview, and buttons to choose a
// PNG or JPEG file or to take the picture away. A chosen file is scaled to the field's largest size before it
// is kept, so the dialog shows what will be stored.
#pragma once

#include "register/fieldspec.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace lk {

class ImageEdit : public QWidget {
    Q_OBJECT
public:
    ImageEdit(const FieldSpec& field, QWidget* parent = nullptr);

    QByteArray bytes() const { return m_bytes; }
    void setBytes(const QByteArray& bytes);
    // Reads a file as the Choose button does; tells the user and keeps the picture there was when it is not
    // a readable PNG or JPEG. Returns whether it was taken.
    bool load(const QString& path);

signals:
    // The user chose a picture or took it away.
    void changed();

private:
    void showPreview();

    FieldSpec m_field;
    QByteArray m_bytes;
    QLabel* m_preview;
    QLabel* m_about;
    QPushButton* m_remove;
};

} // namespace lk
