#include "catchqt.h"
#include "privacy/personalnumber.h"
#include "promises/promiseregisters.h"
#include "testfile.h"

#include <QDate>

using lk::PersonalNumber;

namespace {

// A valid number for a birth date and a three-digit serial, with its Luhn check digit.
QString lastFour(const QDate& born, int serial, bool coordination = false) {
    const QString yymmdd =
        born.toString(QStringLiteral("yyMM")) +
        QStringLiteral("%1").arg(born.day() + (coordination ? 60 : 0), 2, 10, QLatin1Char('0'));
    const QString nine = yymmdd + QStringLiteral("%1").arg(serial, 3, 10, QLatin1Char('0'));
    return nine.right(3) + QString::number(PersonalNumber::checkDigit(nine));
}

QString datePart(const QDate& born, bool century, bool coordination) {
    return born.toString(century ? QStringLiteral("yyyyMM") : QStringLiteral("yyMM")) +
           QStringLiteral("%1").arg(born.day() + (coordination ? 60 : 0), 2, 10, QLatin1Char('0'));
}

// Every written form of one valid number.
QStringList formsOf(const QDate& born, int serial, bool coordination) {
    const QString four = lastFour(born, serial, coordination);
    const QString shortDate = datePart(born, false, coordination);
    const QString longDate = datePart(born, true, coordination);
    QStringList forms{shortDate + u'-' + four, shortDate + four,
                      longDate + u'-' + four,  longDate + four,
                      shortDate + u' ' + four, shortDate + QStringLiteral(" - ") + four,
                      longDate + u' ' + four,  longDate + QStringLiteral(" -") + four};
    // As pasted from Word, Outlook or a web form: non-breaking hyphen and space, minus sign, dashes, slash,
    // dots, a date written in parts, full-width digits.
    forms << shortDate + QChar(0x2011) + four << shortDate + QChar(0x00A0) + four
          << longDate + QChar(0x2212) + four << shortDate + QChar(0x2013) + four
          << shortDate + QChar(0x2014) + four << shortDate + u'/' + four << shortDate + u'.' + four
          << shortDate.left(2) + u'.' + shortDate.mid(2, 2) + u'.' + shortDate.right(2) + u'-' + four
          << shortDate.left(2) + u' ' + shortDate.mid(2, 2) + u' ' + shortDate.right(2) + u'-' + four;
    QString fullWidth;
    for (const QChar c : QString(shortDate + u'-' + four))
        fullWidth += c.isDigit() ? QChar(0xFF10 + c.digitValue()) : c;
    forms << fullWidth;
    // Invisible characters a word processor or web form leaves in (a soft hyphen, a zero-width space, a word
    // joiner), and digits of another script, which a reader sees as the number.
    forms << shortDate + QChar(0x00AD) + u'-' + four
          << shortDate.left(4) + QChar(0x200B) + shortDate.mid(4) + four
          << longDate + QChar(0x2060) + u'-' + four;
    QString arabicIndic;
    for (const QChar c : QString(shortDate + u'-' + four))
        arabicIndic += c.isDigit() ? QChar(0x0660 + c.digitValue()) : c;
    forms << arabicIndic;
    // '+' is written from the year one turns 100.
    if (born.addYears(100) <= QDate::currentDate())
        forms << shortDate + u'+' + four;
    return forms;
}

const QList<QDate> birthDates{
    QDate(1924, 1, 1),   QDate(1905, 3, 1),  QDate(1950, 12, 31), QDate(1985, 7, 9), QDate(2000, 2, 29),
    QDate(2007, 11, 15), QDate(2008, 1, 31), QDate(2012, 6, 30),  QDate(1999, 9, 9), QDate(2010, 10, 10)};

// Sentences a coordinator writes, none of which holds a personal identity number.
const QStringList ordinaryText{
    QStringLiteral("Mötet hölls 2021-03-15 kl. 18.30–20.00 i Salem centrum."),
    QStringLiteral("Nästa möte 15 mars 2021, samma tid, 10:00-12:00."),
    QStringLiteral("Ring fältarna på 070-123 45 67 eller 08-532 598 00."),
    QStringLiteral("Växeln: +46 8 532 598 00, mobil +46 70 123 45 67."),
    QStringLiteral("Polisen nås på 114 14, kommunens felanmälan 08-532 590 00."),
    QStringLiteral("Tobaksbutiken har organisationsnummer 556036-0793 och kommunen 212000-0142."),
    QStringLiteral("Adress: Säbyvägen 2, 144 80 Rönninge, eller Box 2, 14480 Rönninge."),
    QStringLiteral("Budgeten är 1 250 000 kr, varav 12 500,50 kr till material."),
    QStringLiteral("Ärendet OG-2021-007 diskuterades, och OG-2022-012 avslutades."),
    QStringLiteral("Under 2021–2022 hölls 23 möten; 2023-01-01 börjar nästa period."),
    QStringLiteral("Beslut: fältarna följer upp vecka 12 och 14 (v. 12, v. 14)."),
    QStringLiteral("Kontrollköp 2022-05-04 kl 15:45, kassa 3, 17 år och 11 månader gammal köpare nekades."),
    QStringLiteral("Ordernummer 12345678 och fakturanummer 2021031512345."),
    QStringLiteral("Bankgiro 5050-1055 och plusgiro 90 01 92-6."),
    QStringLiteral("Inbrotten minskade från 143 till 97 (−32 %) mellan 2020 och 2022."),
    QStringLiteral("Datum 20210315 skrivet utan bindestreck, och tiden 1830."),
    QStringLiteral("Möte 20210304 1430-1600 i rum 12, och 210305 0900-1100."),
    QStringLiteral("Lgh 1102 230909-2291 och sal 1204 040289+5922 är ärendenummer."),
    QStringLiteral("Ses kl 14.30 08.10.2026 i rum 12."),
    QStringLiteral(
        "Ett felskrivet nummer 850709-9806 (fel kontrollsiffra) och ett omöjligt datum 851332-1234."),
    QStringLiteral("Telefon 0771-14 00 00, sms till 72 999."),
    QStringLiteral("Diarienummer KS 2021/123 och KS-2022.0456."),
    QStringLiteral("Mätpunkt 59.2033, 17.7690 i kartan."),
    QStringLiteral("Mobil 070 123 45 67, växel 08 12 34 56 78, fax 08-123 45 67."),
    QStringLiteral("Möten 15.03.2021 och 12/4 2021, kl 18.30."),
    QStringLiteral("Version 1.2.3, avsnitt 4.5.6 och paragraf 12.34."),
};

} // namespace

TEST_CASE("The Luhn check digit is the one the Tax Agency gives", "[privacy][personalnumber]") {
    // The Tax Agency's own example: 811218-9876.
    CHECK(PersonalNumber::checkDigit(QStringLiteral("811218987")) == 6);
    CHECK(PersonalNumber::checkDigit(QStringLiteral("850709980")) == 5);
}

TEST_CASE("Every written form of a valid personal identity number is found", "[privacy][personalnumber]") {
    int tried = 0;
    for (const QDate& born : birthDates) {
        for (int serial : {1, 23, 456, 789, 998}) {
            for (const QString& form : formsOf(born, serial, false)) {
                for (const QString& text : {form, QStringLiteral("Gäller %1 som nämndes.").arg(form),
                                            QStringLiteral("(%1)").arg(form)}) {
                    INFO(text.toStdString());
                    const auto found = PersonalNumber::find(text);
                    REQUIRE(found.has_value());
                    CHECK_FALSE(found->coordination);
                    CHECK(found->masked == datePart(born, false, false) + QStringLiteral("-****"));
                    ++tried;
                }
            }
        }
    }
    CHECK(tried > 1000);
}

TEST_CASE("Every written form of a valid coordination number is found", "[privacy][personalnumber]") {
    for (const QDate& born : birthDates) {
        for (int serial : {2, 345, 876}) {
            for (const QString& form : formsOf(born, serial, true)) {
                INFO(form.toStdString());
                const auto found = PersonalNumber::find(QStringLiteral("Samordningsnummer ") + form);
                REQUIRE(found.has_value());
                CHECK(found->coordination);
            }
        }
    }
}

TEST_CASE("Ordinary text with dates, times, phone and organisation numbers, postcodes and amounts passes",
          "[privacy][personalnumber]") {
    for (const QString& text : ordinaryText) {
        INFO(text.toStdString());
        const auto found = PersonalNumber::find(text);
        CHECK_FALSE(found.has_value());
    }
}

TEST_CASE("A number after a date, a time or a room number is found", "[privacy][personalnumber]") {
    // What an independent tester found let through: digits and a space before a number with its century.
    const QString four = lastFour(QDate(1985, 7, 9), 123);
    const QList<std::pair<QString, QString>> texts{
        {QStringLiteral("Rum 12 19850709-%1"), QStringLiteral("19850709-%1")},
        {QStringLiteral("2021-03-04 19850709 %1"), QStringLiteral("19850709 %1")},
        {QStringLiteral("kl 14.30 850709-%1"), QStringLiteral("850709-%1")},
        {QStringLiteral("född 1985 850709-%1"), QStringLiteral("850709-%1")},
        {QStringLiteral("Rum 12 198507091234 och rum 14 19850709 %1"), QStringLiteral("19850709 %1")},
        // "18 10 85" with "0709" has a right check digit too: a date in parts has its last four apart.
        {QStringLiteral("Rad 18 10 850709 %1"), QStringLiteral("850709 %1")}};
    for (const auto& [text, number] : texts) {
        const QString written = text.arg(four);
        INFO(written.toStdString());
        const auto found = PersonalNumber::find(written);
        REQUIRE(found.has_value());
        CHECK(written.mid(found->start, found->length) == number.arg(four));
        CHECK(found->masked == QStringLiteral("850709-****"));
    }
}

TEST_CASE("The match says where the number is, without repeating it", "[privacy][personalnumber]") {
    const QString text = QStringLiteral("Se 19850709-9805 i protokollet.");
    const auto found = PersonalNumber::find(text);
    REQUIRE(found.has_value());
    CHECK(text.mid(found->start, found->length) == QStringLiteral("19850709-9805"));
    CHECK(found->masked == QStringLiteral("850709-****"));

    // An invisible character inside is part of the span, so that taking the span out takes all of it.
    const QString hidden = QStringLiteral("Se 850709\u00AD-9805.");
    const auto inside = PersonalNumber::find(hidden);
    REQUIRE(inside.has_value());
    CHECK(hidden.mid(inside->start, inside->length) == QStringLiteral("850709\u00AD-9805"));
}

TEST_CASE("Every free-text field refuses a personal identity number and names the field",
          "[privacy][personalnumber]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    auto promises = document->repository().list(lk::PromiseRegisters::promises());
    REQUIRE(promises.ok());
    const QString uuid = promises->first().uuid;
    const QString valid = QStringLiteral("071115-") + lastFour(QDate(2007, 11, 15), 567);
    const QString aim = QStringLiteral("Gäller ") + valid + QStringLiteral(".");
    auto refused = document->update(lk::PromiseRegisters::promises(), uuid, {{QStringLiteral("aim"), aim}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("Aim")));
    CHECK(refused.message().contains(QStringLiteral("071115-****")));
    CHECK_FALSE(refused.message().contains(valid));
    CHECK(lk::test::scalar(*document, QStringLiteral("SELECT count(*) FROM promises WHERE aim LIKE ?"),
                           {QStringLiteral("%071115%")})
              .toInt() == 0);
}
