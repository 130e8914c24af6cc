// copyMunicipality: more municipalities made from the file's one, the way a region's measurements are made:
// every record exported, given new UUIDs and imported again under another name and police area, so that a
// test has several municipalities with real data. The checklist points belong to no municipality and stay
// shared.
#pragma once

#include "catchqt.h"
#include "io/jsonexporter.h"
#include "io/jsonimporter.h"
#include "promises/promiseregisters.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace lk::test {

struct Copy {
    QString name;
    QString policeArea;
};

inline void copyMunicipality(const Repository& repository, const QList<Copy>& copies) {
    auto exported = JsonExporter::toJson(repository);
    REQUIRE(exported.ok());
    for (const Copy& copy : copies) {
        QJsonObject all = *exported;
        QSet<QString> shared;
        for (const QJsonValue& point : all.value(QStringLiteral("checklist_points")).toArray())
            shared << point.toObject().value(QStringLiteral("uuid")).toString();
        all.remove(QStringLiteral("checklist_points"));
        QJsonArray municipalities = all.value(municipalities::table.toString()).toArray();
        REQUIRE(municipalities.size() == 1);
        QJsonObject municipality = municipalities.first().toObject();
        municipality.insert(municipalities::name.toString(), copy.name);
        municipality.insert(municipalities::policeArea.toString(), copy.policeArea);
        all.insert(municipalities::table.toString(), QJsonArray{municipality});
        QString text = QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
        static const QRegularExpression uuid(
            QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        QHash<QString, QString> renewed;
        QString copied;
        qsizetype from = 0;
        for (auto match = uuid.globalMatch(text); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            const QString old = found.captured();
            if (!shared.contains(old) && !renewed.contains(old))
                renewed.insert(old, QUuid::createUuid().toString(QUuid::WithoutBraces));
            copied += QStringView(text).mid(from, found.capturedStart() - from);
            copied += renewed.value(old, old);
            from = found.capturedEnd();
        }
        copied += QStringView(text).mid(from);
        auto imported = JsonImporter::import(repository, copied.toUtf8());
        INFO(imported.message().toStdString());
        REQUIRE(imported.ok());
    }
}

} // namespace lk::test
