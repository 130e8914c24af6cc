// Generated texts for the tests of PersonalNumber, the one personal-data guard: valid personal identity and
// coordination numbers in every written form beside every kind of neighbour, and near-misses of the same
// shapes. Built from a fixed seed, so that every run checks the same texts.
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <utility>

// A namespace of their own, as these short names (Form, Generator) would clash with another test's.
namespace lk::test::personalnumbers {

// Fixed, so that every run checks the same texts.
inline constexpr quint32 personalNumberSeed = 20210304;

// The Luhn check digit of nine digits, written again here so that the test does not lean on the code it
// checks.
inline int luhn(const QString& nine) {
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const int product = nine.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
}

inline QString twoDigits(int n) {
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

struct Generated {
    QString text;
    QString category;    // the near-miss's kind, or the valid number's form
    QString number;      // the valid number as written in the text
    qsizetype start = 0; // where it stands
    QString masked;      // what the guard says instead of it
    bool coordination = false;
    int before = 0; // the neighbours' kinds (indices in neighbours())
    int after = 0;
};

// A kind of neighbour: what may stand right before a number, and right after it.
struct Neighbour {
    QString kind;
    QStringList before;
    QStringList after;
};

inline const QList<Neighbour>& neighbours() {
    static const QList<Neighbour> all{
        {QStringLiteral("start/end of text"), {QString()}, {QString()}},
        {QStringLiteral("words"),
         {QStringLiteral("Pojken "), QStringLiteral("personnummer "), QStringLiteral("Gäller pnr: "),
          QStringLiteral("Eleven, ")},
         {QStringLiteral(" hördes"), QStringLiteral(" i protokollet"), QStringLiteral(" och hans bror")}},
        {QStringLiteral("digits"),
         {QStringLiteral("3 "), QStringLiteral("12 "), QStringLiteral("100 "), QStringLiteral("4711 "),
          QStringLiteral("18 10 ")},
         {QStringLiteral(" 3"), QStringLiteral(" 12"), QStringLiteral(" 100"), QStringLiteral(" 4711")}},
        {QStringLiteral("dates"),
         {QStringLiteral("2021-03-04 "), QStringLiteral("4/3 "), QStringLiteral("4/3 2021 "),
          QStringLiteral("15.03.2021 "), QStringLiteral("20210304 "), QStringLiteral("den 4 mars 2021, ")},
         {QStringLiteral(" 2021-03-04"), QStringLiteral(" 4/3"), QStringLiteral(" 4/3 2021"),
          QStringLiteral(" 15.03.2021"), QStringLiteral(" 20210304")}},
        {QStringLiteral("times"),
         {QStringLiteral("14:30 "), QStringLiteral("kl 14.30 "), QStringLiteral("14.30–16.00 "),
          QStringLiteral("18:00-20:00 ")},
         {QStringLiteral(" 14:30"), QStringLiteral(" kl. 14.30"), QStringLiteral(" 18:00-20:00")}},
        {QStringLiteral("room numbers"),
         {QStringLiteral("rum 12 "), QStringLiteral("Rum 12 "), QStringLiteral("sal 1204 "),
          QStringLiteral("rum 3B "), QStringLiteral("lgh 1102 ")},
         {QStringLiteral(" rum 12"), QStringLiteral(" sal 1204"), QStringLiteral(", lgh 1102")}},
        {QStringLiteral("other numbers"),
         {QStringLiteral("070-123 45 67 "), QStringLiteral("12 345,50 kr "), QStringLiteral("144 80 ")},
         {QStringLiteral(" 070-123 45 67"), QStringLiteral(" 12 345,50 kr"), QStringLiteral(" 144 80")}},
        {QStringLiteral("punctuation"),
         {QStringLiteral("("), QStringLiteral("\""), QStringLiteral("«"), QStringLiteral(": "),
          QStringLiteral("nr."), QStringLiteral("#"), QStringLiteral("–")},
         {QStringLiteral(")"), QStringLiteral("."), QStringLiteral(","), QStringLiteral(";"),
          QStringLiteral("!"), QStringLiteral("?"), QStringLiteral("\""), QStringLiteral("»")}},
        {QStringLiteral("line breaks"),
         {QStringLiteral("\n"), QStringLiteral("Rad ett\n"), QStringLiteral("\r\n"), QStringLiteral("12\n")},
         {QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\nrad två")}},
    };
    return all;
}

// How a number is written: with the century or not, and its separator ('-', '+', ' ', or none).
struct Form {
    bool century = false;
    QChar separator;
    bool coordination = false;

    QString name() const {
        QString sep = separator.isNull() ? QString() : QString(separator);
        if (separator == u' ')
            sep = QStringLiteral("␣");
        return (century ? QStringLiteral("ÅÅÅÅMMDD") : QStringLiteral("ÅÅMMDD")) + sep +
               QStringLiteral("NNNN") + (coordination ? QStringLiteral(" samordningsnr") : QString());
    }
};

inline QList<Form> everyForm() {
    QList<Form> forms;
    for (bool coordination : {false, true})
        for (bool century : {false, true})
            for (QChar separator : {QChar(u'-'), QChar(u'+'), QChar(u' '), QChar()})
                forms << Form{century, separator, coordination};
    return forms;
}

class Generator {
public:
    explicit Generator(quint32 seed)
        : m_random(seed) {}

    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    const QString& pick(const QStringList& list) { return list.at(between(0, int(list.size()) - 1)); }
    // `pattern` with each '#' a random digit, drawn from left to right. The texts are built with it rather
    // than with several draws in one expression, whose order C++ leaves to the compiler: the same seed gives
    // the same texts with any compiler.
    QString fill(QString pattern) {
        for (QChar& c : pattern)
            if (c == u'#')
                c = QChar(u'0' + between(0, 9));
        return pattern;
    }
    QString digits(int count) { return fill(QString(count, u'#')); }
    // Leap days one time in eight, as they are where a date check goes wrong.
    QDate date(int fromYear, int toYear) {
        if (between(0, 7) == 0) {
            int year = between(fromYear, toYear);
            while (!QDate::isLeapYear(year) || year < fromYear)
                year = year > toYear - 4 ? fromYear : year + 1;
            return QDate(year, 2, 29);
        }
        const QDate from(fromYear, 1, 1);
        return from.addDays(between(0, int(from.daysTo(QDate(toYear, 12, 31)))));
    }

    // A number from its parts in `form`; a `wrongBy` of 1–9 spoils the check digit. `day` is as written
    // (day + 60 for a coordination number).
    Generated number(const Form& form, int century, int year, int month, int day, int wrongBy = 0) {
        const QString yymmdd = twoDigits(year) + twoDigits(month) + twoDigits(day);
        const QString serial = digits(3);
        const QString check = QString::number((luhn(yymmdd + serial) + wrongBy) % 10);
        Generated g;
        g.number = (form.century ? twoDigits(century) : QString()) + yymmdd +
                   (form.separator.isNull() ? QString() : QString(form.separator)) + serial + check;
        g.masked = yymmdd + QStringLiteral("-****");
        g.coordination = form.coordination;
        return g;
    }

    // A real number: '+' is written from the year one turns 100, so its people are born before 1925.
    Generated valid(const Form& form, int wrongBy = 0) {
        const QDate born = form.separator == u'+' ? date(1890, 1924) : date(1890, 2024);
        return number(form, born.year() / 100, born.year() % 100, born.month(),
                      born.day() + (form.coordination ? 60 : 0), wrongBy);
    }

    // A number whose date cannot be: month 0 or 13–99, day 0, 32–60 or 92–99, 30 or 31 February, 31 of a
    // 30-day month, 29 February of a year that is not a leap year in any century the form allows, or (with
    // the century) a century no one alive was born in.
    Generated impossible(const Form& form) {
        const int shift = form.coordination ? 60 : 0;
        int century = between(18, 20), year = between(0, 99), month = between(1, 12), day = between(1, 28);
        switch (between(0, form.century ? 7 : 6)) {
        case 0:
            month = 0;
            break;
        case 1:
            month = between(13, 99);
            break;
        case 2:
            day = 0;
            break;
        case 3: // 92–99 as written for a coordination number
            day = form.coordination ? between(32, 39) : between(32, 60);
            break;
        case 4:
            month = 2, day = between(30, 31);
            break;
        case 5:
            month = QList<int>{4, 6, 9, 11}.at(between(0, 3)), day = 31;
            break;
        case 6:
            month = 2, day = 29;
            while (year % 4 == 0)
                year = between(0, 99);
            break;
        default:
            century = between(0, 1) ? between(10, 17) : between(21, 99);
            break;
        }
        return number(form, century, year, month, day + shift);
    }

    void place(Generated& g, const QString& text, int before, int after) {
        const QString b = pick(neighbours().at(before).before);
        g.text = b + text + pick(neighbours().at(after).after);
        g.start = b.size();
        g.before = before;
        g.after = after;
    }

private:
    QRandomGenerator m_random;
};

inline QString dateText(Generator& random) {
    static const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const QDate day = random.date(1990, 2030);
    switch (random.between(0, 8)) {
    case 0:
        return day.toString(Qt::ISODate);
    case 1:
        return day.toString(QStringLiteral("yyyyMMdd"));
    case 2:
        return day.toString(QStringLiteral("d/M"));
    case 3:
        return day.toString(QStringLiteral("d/M yyyy"));
    case 4:
        return day.toString(QStringLiteral("dd.MM.yyyy"));
    case 5:
        return swedish.toString(day, QStringLiteral("d MMMM yyyy"));
    case 6:
        return day.toString(QStringLiteral("yyMMdd"));
    case 7:
        return day.toString(Qt::ISODate) + u'–' + day.addDays(random.between(1, 400)).toString(Qt::ISODate);
    default:
        return day.toString(QStringLiteral("dd/MM/yy"));
    }
}

inline QString timeText(Generator& r) {
    const QString h = twoDigits(r.between(0, 23)), m = twoDigits(r.between(0, 59));
    const QString h2 = twoDigits(r.between(0, 23)), m2 = twoDigits(r.between(0, 59));
    switch (r.between(0, 4)) {
    case 0:
        return h + u':' + m;
    case 1:
        return QStringLiteral("kl %1.%2").arg(h, m);
    case 2:
        return QStringLiteral("%1:%2–%3:%4").arg(h, m, h2, m2);
    case 3:
        return QStringLiteral("%1.%2-%3.%4").arg(h, m, h2, m2);
    default:
        return QStringLiteral("klockan %1:%2").arg(h, m);
    }
}

inline QString phoneText(Generator& r) {
    static const QStringList forms{QStringLiteral("07#-### ## ##"),    QStringLiteral("08-### ### ##"),
                                   QStringLiteral("+46 7# ### ## ##"), QStringLiteral("07# ### ## ##"),
                                   QStringLiteral("0##-## ## ##"),     QStringLiteral("+46 8 ### ### ##"),
                                   QStringLiteral("07#-#######")};
    return r.fill(r.pick(forms));
}

// A company's number: the third digit 2 or more, the last a Luhn check digit.
inline QString organisationText(Generator& r) {
    const QString first = r.digits(2);
    const QString third = QString::number(r.between(2, 9));
    const QString nine = first + third + r.digits(6);
    const QString ten = nine + QString::number(luhn(nine));
    switch (r.between(0, 2)) {
    case 0:
        return ten.left(6) + u'-' + ten.mid(6);
    case 1:
        return ten;
    default:
        return QStringLiteral("16") + ten.left(6) + u'-' + ten.mid(6);
    }
}

inline QString orderText(Generator& r) {
    static const QStringList forms{QStringLiteral("Order ####-##"),    QStringLiteral("Faktura %1-#####"),
                                   QStringLiteral("Fakturanr ######"), QStringLiteral("Ordernr ########"),
                                   QStringLiteral("F-%1-####"),        QStringLiteral("Ärende %1/####"),
                                   QStringLiteral("Dnr KS %1/###"),    QStringLiteral("Kundnr ####-###")};
    const QString year = QString::number(r.between(2015, 2030));
    switch (r.between(0, 9)) {
    case 0:
        return QStringLiteral("OCR ") + r.digits(r.between(13, 18));
    case 1:
        return QStringLiteral("Beställning #") + r.digits(6);
    default:
        return r.fill(QString(r.pick(forms)).replace(QStringLiteral("%1"), year)); // not all have a year
    }
}

inline QString amountText(Generator& r) {
    static const QStringList forms{QStringLiteral("%1 ###,## kr"),  QStringLiteral("%1 ### ### kr"),
                                   QStringLiteral("%1 kr"),         QStringLiteral("%1.###,## kr"),
                                   QStringLiteral("kr %1 ### ###"), QStringLiteral("−%1 ###,00")};
    const QString one = QString::number(r.between(1, 999));
    return r.fill(r.pick(forms).arg(one));
}

inline QString postcodeText(Generator& r) {
    const QString three = QString::number(r.between(100, 999)), two = r.digits(2);
    switch (r.between(0, 2)) {
    case 0:
        return three + u' ' + two;
    case 1:
        return three + two;
    default:
        return QStringLiteral("Box %1, %2 %3 Rönninge").arg(QString::number(r.between(1, 999)), three, two);
    }
}

inline QString yearsText(Generator& r) {
    const int from = r.between(1950, 2030);
    const QString a = QString::number(from), b = QString::number(from + r.between(1, 10));
    switch (r.between(0, 5)) {
    case 0:
        return a;
    case 1:
        return a + u'–' + b;
    case 2:
        return a + u'-' + b;
    case 3:
        return a + u'/' + b.right(2);
    case 4:
        return QStringLiteral("åren %1, %2 och %3").arg(a, b, QString::number(from + 11));
    default:
        return QStringLiteral("%1 och %2").arg(a, b);
    }
}

// Texts shaped exactly as a number is written, which no guard can tell from one: a mobile number without
// spaces (0701234567 reads as 2007-01-23), a date in digits followed by a time (20210304 1430).
inline QString numberShapedText(Generator& r) {
    if (r.between(0, 1))
        return r.fill(QStringLiteral("07########"));
    const QString day = r.date(1990, 2030).toString(QStringLiteral("yyyyMMdd"));
    const QString hour = twoDigits(r.between(0, 23));
    return day + u' ' + hour + twoDigits(r.between(0, 59));
}

struct AllTexts {
    QList<Generated> valid;
    QList<Generated> nearMisses;
    QList<Generated> numberShaped; // measured, not checked: see numberShapedText
};

// Every form of valid number beside every pair of neighbours, eight times over; the wrong check digits and
// impossible dates in every form beside every pair once; the other near-misses beside random neighbours.
inline const AllTexts& allTexts() {
    static const AllTexts all = [] {
        AllTexts texts;
        Generator random(personalNumberSeed);
        const int kinds = int(neighbours().size());
        for (int round = 0; round < 8; ++round)
            for (const Form& form : everyForm())
                for (int before = 0; before < kinds; ++before)
                    for (int after = 0; after < kinds; ++after) {
                        Generated g = random.valid(form);
                        g.category = form.name();
                        random.place(g, g.number, before, after);
                        texts.valid << g;
                    }
        for (const Form& form : everyForm())
            for (int before = 0; before < kinds; ++before)
                for (int after = 0; after < kinds; ++after) {
                    Generated wrong = random.valid(form, random.between(1, 9));
                    wrong.category = QStringLiteral("wrong check digit");
                    random.place(wrong, wrong.number, before, after);
                    Generated impossible = random.impossible(form);
                    impossible.category = QStringLiteral("impossible date");
                    random.place(impossible, impossible.number, before, after);
                    texts.nearMisses << wrong << impossible;
                }
        const QList<std::pair<QString, QString (*)(Generator&)>> kindsOfText{
            {QStringLiteral("plain dates"), dateText},
            {QStringLiteral("times"), timeText},
            {QStringLiteral("phone numbers"), phoneText},
            {QStringLiteral("organisation numbers"), organisationText},
            {QStringLiteral("order and invoice numbers"), orderText},
            {QStringLiteral("amounts"), amountText},
            {QStringLiteral("postcodes"), postcodeText},
            {QStringLiteral("years and ranges"), yearsText}};
        for (const auto& [category, make] : kindsOfText)
            for (int i = 0; i < 1000; ++i) {
                Generated g;
                g.category = category;
                const QString text = make(random);
                const int before = random.between(0, kinds - 1);
                random.place(g, text, before, random.between(0, kinds - 1));
                texts.nearMisses << g;
            }
        for (int i = 0; i < 1000; ++i) {
            Generated g;
            g.category = QStringLiteral("shaped as a number");
            const QString text = numberShapedText(random);
            const int before = random.between(0, kinds - 1);
            random.place(g, text, before, random.between(0, kinds - 1));
            texts.numberShaped << g;
        }
        return texts;
    }();
    return all;
}

} // namespace lk::test::personalnumbers
