// Helpers for the digital-walk import tests: a Salem file with one digital walk and two registered places,
// and the CSV file a survey tool exports (with the sender's name, e-mail and phone, which are never
// imported).
#pragma once

#include "../og/ogfixture.h"
#include "walks/digitalwalkcsv.h"
#include "walks/walkregisters.h"

namespace lk::test {

struct DigitalWalkFile : SalemFile {
    Record walk = insertRecord(repository, WalkRegisters::walks(),
                               {{QStringLiteral("municipality_id"), municipality},
                                {QStringLiteral("walked_on"), QDate(2023, 10, 5)},
                                {QStringLiteral("kind"), QStringLiteral("digital")},
                                {QStringLiteral("area"), QStringLiteral("Rönninge centrum")}});
    Record playground = placeNamed(QStringLiteral("Lekplatsen Ekdalen"));
    Record underpass = placeNamed(QStringLiteral("Gångtunneln vid stationen"));

    Record placeNamed(const QString& name) const {
        return insertRecord(repository, WalkRegisters::places(),
                            {{QStringLiteral("municipality_id"), municipality},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("category"), QStringLiteral("belysning")}});
    }

    qint64 observations() const { return rowCount(repository, QStringLiteral("observations")); }
};

// A survey tool's export as a web form gives it: a BOM, ';', the question texts as headers, the sender's
// contact columns, a photo link. Line numbers in the file are 2–9.
inline QByteArray surveyExport() {
    return QStringLiteral(
               "\xFEFF"
               "Tidstämpel;Namn;E-postadress;Telefon;Plats;Adress;Kategori;Beskrivning;Foto-länk\n"
               "2023-10-01 18:02;Anna Andersson;anna.andersson@example.se;070-111 22 33;lekplatsen "
               "ekdalen;;Belysning;Lamporna vid gungorna är trasiga sedan en månad.;\n"
               "2023-10-01 19:40;Bo Berg;bo@example.se;;Torget;Storgatan 5;Klotter;Mycket klotter på "
               "busskuren, det känns ödsligt.;https://example.se/bild1.jpg\n"
               "2023-10-02 07:15;;;;Gångtunneln vid stationen;;Växtlighet/buskage;Buskarna skymmer sikten "
               "in i tunneln.;\n"
               "2023-10-02 21:30;Cecilia;;;Parkeringen;;Hundbajs;Ingen tömmer papperskorgarna.;\n"
               "2023-10-03 12:00;;;;Skolgården;;Ordningsstörning;Ungdomar samlas, min son %1 blev "
               "hotad.;\n"
               "2023-10-03 13:00;;;;Torget;;Trygg plats;;\n"
               "2023-10-04 08:00;;;;Stationen;;Trafik;Bilar kör fort, mejla mig på dan@example.se.;\n"
               "2023-10-04 09:00;;;;Ekdalsvägen;;snöröjning;Ingen plogar gångvägen, ring 08-123 456 78.;\n")
        .arg(validPersonalNumber())
        .toUtf8();
}

} // namespace lk::test
