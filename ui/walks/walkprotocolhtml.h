// WalkProtocolHtml: the protocol of a safety walk as the HTML a QTextDocument reads, from its gathered
// content, with the pictures (photo thumbnails, the map with numbered pins) it points at as "image:NAME".
#pragma once

#include "walks/walkprotocolcontent.h"

#include <QImage>
#include <QMap>

namespace lk {

class WalkProtocolHtml {
public:
    explicit WalkProtocolHtml(const WalkProtocolContent& content)
        : m_content(content) {}

    QString html();
    // The pictures the HTML names, by URL; put into the document as resources after its HTML is set.
    const QMap<QString, QImage>& images() const { return m_images; }

private:
    QString heading() const;
    QString facts() const;
    QString participants() const;
    QString observations();
    QString observationCell(const WalkProtocolContent::Item& item);
    QString actionCells(const WalkProtocolContent::Item& item) const;
    QString summary() const;
    QString map();
    QString closing() const;
    // `alt`: what the picture shows, for a screen reader and the ODT's alt text.
    QString picture(const QString& name, const QImage& image, QSize shown, const QString& alt);

    const WalkProtocolContent& m_content;
    QMap<QString, QImage> m_images;
};

} // namespace lk
