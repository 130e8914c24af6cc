#include "report/odtwriter.h"

#include "common/filewrite.h"
#include "report/odtcontent.h"
#include "report/odtpackage.h"
#include "report/odtstyles.h"
#include "report/odtxml.h"
#include "report/pngwriter.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QThreadPool>

#include <deque>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::OdtWriter)
};

QString metaXml(const OdtWriter::Meta& meta) {
    const QString created =
        (meta.created.isValid() ? meta.created : QDateTime::currentDateTime()).toString(Qt::ISODate);
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta %1 "
                                 "office:version=\"%2\"><office:meta>"
                                 "<meta:generator>Löfteskollen/" LOFTESKOLLEN_VERSION "</meta:generator>")
                      .arg(OdtXml::namespaces(), OdtXml::version());
    if (!meta.title.isEmpty())
        xml += QStringLiteral("<dc:title>%1</dc:title>").arg(OdtXml::escaped(meta.title));
    if (!meta.author.isEmpty())
        xml += QStringLiteral("<meta:initial-creator>%1</meta:initial-creator><dc:creator>%1</dc:creator>")
                   .arg(OdtXml::escaped(meta.author));
    if (!meta.subject.isEmpty())
        xml += QStringLiteral("<dc:subject>%1</dc:subject>").arg(OdtXml::escaped(meta.subject));
    if (!meta.language.isEmpty())
        xml += QStringLiteral("<dc:language>%1</dc:language>").arg(OdtXml::escaped(meta.language));
    xml += QStringLiteral("<meta:creation-date>%1</meta:creation-date><dc:date>%1</dc:date>"
                          "</office:meta></office:document-meta>")
               .arg(created);
    return xml;
}

QString manifestXml(const QList<OdtContent::Picture>& pictures) {
    QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
            "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"%1\">"
            "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"%1\" "
            "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>")
            .arg(OdtXml::version());
    for (const char* part : {"content.xml", "styles.xml", "meta.xml"})
        xml += QStringLiteral(
                   "<manifest:file-entry manifest:full-path=\"%1\" manifest:media-type=\"text/xml\"/>")
                   .arg(QLatin1String(part));
    for (const OdtContent::Picture& picture : pictures)
        xml += QStringLiteral(
                   "<manifest:file-entry manifest:full-path=\"%1\" manifest:media-type=\"image/png\"/>")
                   .arg(picture.path);
    return xml + QStringLiteral("</manifest:manifest>");
}

} // namespace

Result<QByteArray> OdtWriter::package(const QTextDocument& document, const Meta& meta) {
    // Each chart drawn and made PNG on another core while the text is walked: the pictures are most of the
    // work. A deque, so that a slot stays where it is while more are added.
    std::deque<QByteArray> pngs;
    QThreadPool pool;
    OdtContent content(document, meta.altTexts, [&](const OdtContent::Picture& picture) {
        pngs.push_back(picture.png);
        if (picture.png.isEmpty())
            pool.start([slot = &pngs.back(), picture] {
                *slot = PngWriter::encode(picture.draw ? picture.draw() : picture.image);
            });
    });
    const QByteArray contentXml = content.xml();
    OdtPackage package;
    // First and stored: a program reads the file's kind at a fixed place in its first bytes.
    package.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text",
                OdtPackage::Packing::Stored);
    package.add(QStringLiteral("content.xml"), contentXml, OdtPackage::Packing::Deflated);
    package.add(QStringLiteral("styles.xml"), OdtStyles::xml(document.defaultFont(), meta.language),
                OdtPackage::Packing::Deflated);
    package.add(QStringLiteral("meta.xml"), metaXml(meta).toUtf8(), OdtPackage::Packing::Deflated);
    pool.waitForDone();
    const QList<OdtContent::Picture>& pictures = content.pictures();
    for (qsizetype i = 0; i < pictures.size(); ++i) {
        const QByteArray& png = pngs.at(size_t(i));
        if (png.isEmpty())
            return Error{Text::tr("A picture of the report could not be made a PNG image (too little "
                                  "memory?). Nothing was written.")};
        // PNG is compressed already: stored, the pictures cost no second compression.
        package.add(pictures.at(i).path, png, OdtPackage::Packing::Stored);
    }
    package.add(QStringLiteral("META-INF/manifest.xml"), manifestXml(pictures).toUtf8(),
                OdtPackage::Packing::Deflated);
    return package.finish();
}

Status OdtWriter::write(const QTextDocument& document, const QString& path, const Meta& meta) {
    auto bytes = package(document, meta);
    if (!bytes)
        return bytes.error();
    return FileWrite::whole(path, *bytes);
}

} // namespace lk
