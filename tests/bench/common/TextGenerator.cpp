#include "TextGenerator.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace ccr::bench {
namespace {

using namespace Qt::StringLiterals;

constexpr std::array kFirstNames = {"Priya",  "Arjun",  "Lakshmi", "Karthik", "Ananya", "Rahul",  "Divya",  "Vikram",
                                    "Meera",  "Suresh", "Aisha",   "Rohan",   "Kavya",  "Sanjay", "Deepa",  "Emma",
                                    "Liam",   "Olivia", "Noah",    "Sophia",  "Lucas",  "Mia",    "Ethan",  "Amelia",
                                    "James",  "Fatima", "Omar",    "Yuki",    "Chen",   "Sofia",  "Mateo",  "Isabel",
                                    "Hannah", "David",  "Grace",   "Samuel",  "Nadia",  "Ravi",   "Shreya", "Tomas"};
constexpr std::array kLastNames = {
    "Raman",   "Iyer",  "Sharma", "Patel", "Krishnan", "Reddy",    "Nair",    "Gupta",    "Subramanian", "Menon",
    "Das",     "Rao",   "Singh",  "Kumar", "Pillai",   "Smith",    "Johnson", "Williams", "Brown",       "Garcia",
    "Miller",  "Davis", "Martin", "Lopez", "Wilson",   "Anderson", "Thomas",  "Moore",    "Khan",        "Tanaka",
    "Schmidt", "Rossi", "Dubois", "Novak", "Silva",    "Costa",    "Haddad",  "Kowalski", "Jansen",      "Olsen"};
constexpr std::array kProducts = {"Invoice export",
                                  "Mobile app",
                                  "Password reset",
                                  "Monthly report",
                                  "Payment page",
                                  "Order history",
                                  "Delivery tracking",
                                  "Account settings",
                                  "Email notifications",
                                  "Printer driver",
                                  "VPN client",
                                  "Shared calendar",
                                  "Subscription renewal",
                                  "Refund request",
                                  "Data import",
                                  "Login page",
                                  "Warranty claim",
                                  "Router setup",
                                  "Search results",
                                  "Dashboard",
                                  "Broadband modem",
                                  "Set-top box",
                                  "Smart thermostat",
                                  "Loyalty points",
                                  "Gift card",
                                  "Billing address",
                                  "Direct debit",
                                  "Tax certificate",
                                  "Payroll module",
                                  "Expense claims",
                                  "Inventory sync",
                                  "Barcode scanner",
                                  "Point of sale",
                                  "Customer portal",
                                  "Two-factor login",
                                  "Video call",
                                  "File sharing",
                                  "Backup job",
                                  "Spam filter",
                                  "Mailbox quota",
                                  "Firmware upgrade",
                                  "Bluetooth pairing",
                                  "Wi-Fi extender",
                                  "SIM activation",
                                  "Roaming pack",
                                  "Data bundle",
                                  "Voicemail",
                                  "Call forwarding",
                                  "Meter reading",
                                  "Solar inverter",
                                  "Washing machine",
                                  "Dishwasher",
                                  "Air conditioner",
                                  "Refrigerator",
                                  "Microwave oven",
                                  "Laptop charger",
                                  "Docking station",
                                  "Webcam",
                                  "Headset",
                                  "Keyboard"};
constexpr std::array kProblems = {"fails",
                                  "is very slow",
                                  "shows an error",
                                  "does not load",
                                  "crashes",
                                  "shows wrong totals",
                                  "times out",
                                  "keeps logging me out",
                                  "sends duplicate messages",
                                  "is missing data",
                                  "cannot be opened",
                                  "rejects my card",
                                  "shows a blank screen",
                                  "freezes on save",
                                  "overheats",
                                  "makes a loud noise",
                                  "disconnects every hour",
                                  "charges the wrong amount",
                                  "stopped syncing",
                                  "reboots randomly",
                                  "will not turn on",
                                  "leaks water",
                                  "was delivered damaged",
                                  "never arrived",
                                  "is stuck at ninety percent",
                                  "drains the battery",
                                  "asks for the password again",
                                  "prints garbled characters",
                                  "shows the old plan",
                                  "duplicates every entry"};
constexpr std::array kContexts = {"after the update",
                                  "since yesterday",
                                  "on Android",
                                  "on Windows 11",
                                  "for some customers",
                                  "every Monday morning",
                                  "when I use Firefox",
                                  "on the second page",
                                  "after a password change",
                                  "since the migration",
                                  "on my work laptop",
                                  "with large files",
                                  "on iOS 17",
                                  "on macOS Sonoma",
                                  "in Chrome",
                                  "at the branch office",
                                  "during the night shift",
                                  "after the power cut",
                                  "since the new router",
                                  "on the guest network",
                                  "for invoices in euros",
                                  "when roaming abroad",
                                  "after the reinstall",
                                  "in the Tamil interface",
                                  "in the Hindi interface",
                                  "for our Chennai office",
                                  "for our Mumbai store",
                                  "since the price change",
                                  "on the annual plan",
                                  "with two monitors"};
constexpr std::array kDevices = {"Android phone", "iPhone",   "iPad",        "Windows laptop", "MacBook",
                                 "Chromebook",    "desktop",  "smart TV",    "tablet",         "work phone",
                                 "Linux PC",      "terminal", "thin client", "kiosk",          "handheld scanner"};
constexpr std::array kCities = {"Chennai", "Bengaluru", "Mumbai", "Delhi",     "Hyderabad",  "Pune",
                                "Kochi",   "Madurai",   "Jaipur", "Lucknow",   "Coimbatore", "Mysuru",
                                "London",  "Berlin",    "Dubai",  "Singapore", "Toronto",    "Sydney"};
constexpr std::array kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array kSentences = {
    "I have tried restarting the application and clearing the cache, but nothing changed.",
    "The problem started this morning and affects our whole team.",
    "Could you please look into this as soon as possible?",
    "We rely on this every day to serve our own customers.",
    "The error message says that the request could not be completed.",
    "I attached the steps to reproduce it below.",
    "First I open the page, then I choose the date range and press export.",
    "It worked fine last week with exactly the same settings.",
    "Two of my colleagues see the same behaviour on their machines.",
    "Our order number is in the subject line.",
    "Please let me know if you need any further details or screenshots.",
    "I was charged twice for the same month and would like a refund.",
    "The support article did not help because the menu looks different now.",
    "We are on the business plan with fifty seats.",
    "The issue only happens when the network is slow.",
    "Thank you for your help, the last ticket was solved quickly.",
    "Is there a workaround we can use until this is fixed?",
    "Our auditor needs the report by Friday, so this is urgent for us.",
    "I can reproduce it every time in a private browser window.",
    "The installer stops at ninety percent and rolls back.",
    "Since {weekday} the {product} on my {device} {problem}.",
    "Error code {code} appears whenever I open the {product}.",
    "We are based in {city} and {number} of our staff cannot work because of this.",
    "The technician who visited on {weekday} said the {product} needs a replacement part.",
    "My reference number is {number} and the invoice is {invoice}.",
    "I called the hotline from {city} twice but the call dropped after {minutes} minutes.",
    "The {device} shows {code} and then the {product} {problem}.",
    "Please send someone to our {city} office, the {product} {problem} {context}.",
    "The same thing happened in {month} and the fix then was a firmware upgrade.",
    "I paid {amount} rupees but the receipt shows a different amount.",
    "The serial number on the back is {serial}.",
    "Our {product} {problem} and the {product} {problem} as well."};
constexpr std::array kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
constexpr std::array kCustomerChat = {"Hello, is anyone looking at this?",
                                      "I tried that and it still {problem}.",
                                      "The error code is {code}.",
                                      "Thanks, that worked!",
                                      "It happened again this morning on my {device}.",
                                      "Can you call me back, please?",
                                      "I attached a screenshot of the {product}.",
                                      "Any update on this? We are losing orders in {city}.",
                                      "My order number is {number}.",
                                      "The {product} is working again, thank you."};
constexpr std::array kAgentChat = {"Thank you for reaching out, I am looking into it now.",
                                   "Could you tell me which version of the {product} you use?",
                                   "Please restart the {device} and try again.",
                                   "I have escalated this to our {city} team.",
                                   "We pushed a fix for error {code}; please check again.",
                                   "Could you send the serial number of the {product}?",
                                   "A technician will visit on {weekday}.",
                                   "I have issued a refund of {amount} rupees.",
                                   "Is the {product} still failing {context}?",
                                   "I am closing this as resolved; reply here if it comes back."};
constexpr std::array kCustomerDetails = {"It is urgent for us.",
                                         "I am using the {device}.",
                                         "This started {context}.",
                                         "We are in {city}.",
                                         "The invoice is {invoice}.",
                                         "It takes about {minutes} minutes before it fails.",
                                         "Nothing changed on our side since {month}.",
                                         "My colleague sees the same on the {product}.",
                                         "I can be reached on {weekday}.",
                                         "The reference on the screen was {number}."};
constexpr std::array kAgentDetails = {"Sorry for the trouble.",
                                      "I can see the logs for order {number}.",
                                      "This is a known issue with the {product} {context}.",
                                      "Our {city} office is working on it.",
                                      "It should take about {minutes} minutes.",
                                      "I have updated invoice {invoice}.",
                                      "Please keep the {device} switched on.",
                                      "You will get a confirmation mail shortly.",
                                      "Let me know if error {code} shows again.",
                                      "Thank you for your patience."};
constexpr std::array kPraise = {"Quick and friendly help, thank you.", "Solved in {minutes} minutes, great service.",
                                "The agent explained the {product} clearly.", "Very helpful, the {device} works again.",
                                "Good support from the {city} team."};
constexpr std::array kComplaints = {"It took too long to get an answer.", "The {product} still {problem} sometimes.",
                                    "I had to explain the problem three times.",
                                    "Fixed in the end, but only after {weekday}.",
                                    "Nobody called me back as promised."};
constexpr std::array kNotes = {"Internal: known issue with the {product} firmware, see release notes.",
                               "Internal: customer is a key account in {city}, handle with care.",
                               "Internal: refund of {amount} approved by the team lead.",
                               "Internal: duplicate of an older ticket about error {code}.",
                               "Internal: waiting for the vendor, escalation {number}.",
                               "Internal: hardware swap scheduled for {weekday}."};

// Skewed pick: index = n * u^2, so the first entries are several times more
// common than the last (word frequencies in real text are skewed too).
template <typename Array> QString pick(std::mt19937_64 &engine, const Array &words)
{
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(engine);
    const auto index = std::min(words.size() - 1, size_t(double(words.size()) * u * u));
    return QString::fromUtf8(words[index]);
}

} // namespace

TextGenerator::TextGenerator(quint64 seed)
    : m_engine(seed)
{
}

int TextGenerator::uniform(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_engine);
}

QString TextGenerator::firstName()
{
    return pick(m_engine, kFirstNames);
}

QString TextGenerator::lastName()
{
    return pick(m_engine, kLastNames);
}

QString TextGenerator::fill(QString sentence)
{
    // Each slot is filled anew where it occurs.
    static const QStringList slots = {u"{product}"_s, u"{problem}"_s, u"{context}"_s, u"{device}"_s, u"{city}"_s,
                                      u"{weekday}"_s, u"{month}"_s,   u"{code}"_s,    u"{number}"_s, u"{invoice}"_s,
                                      u"{minutes}"_s, u"{amount}"_s,  u"{serial}"_s};
    for (const QString &slot : slots) {
        qsizetype at;
        while ((at = sentence.indexOf(slot)) >= 0) {
            QString value;
            if (slot == u"{product}")
                value = pick(m_engine, kProducts).toLower();
            else if (slot == u"{problem}")
                value = pick(m_engine, kProblems);
            else if (slot == u"{context}")
                value = pick(m_engine, kContexts);
            else if (slot == u"{device}")
                value = pick(m_engine, kDevices);
            else if (slot == u"{city}")
                value = pick(m_engine, kCities);
            else if (slot == u"{weekday}")
                value = pick(m_engine, kWeekdays);
            else if (slot == u"{month}")
                value = pick(m_engine, kMonths);
            else if (slot == u"{code}")
                value = u"E%1"_s.arg(uniform(100, 9999));
            else if (slot == u"{number}")
                value = QString::number(uniform(10000, 999999));
            else if (slot == u"{invoice}")
                value = u"INV-%1"_s.arg(uniform(100000, 999999));
            else if (slot == u"{minutes}")
                value = QString::number(uniform(2, 59));
            else if (slot == u"{amount}")
                value = QString::number(uniform(99, 49999));
            else
                value = u"SN%1X%2"_s.arg(uniform(1000, 9999)).arg(uniform(10000, 99999));
            sentence.replace(at, slot.size(), value);
        }
    }
    return sentence;
}

QString TextGenerator::subject()
{
    QString text = pick(m_engine, kProducts) + u' ' + pick(m_engine, kProblems) + u' ' + pick(m_engine, kContexts);
    const int extra = uniform(0, 5);
    if (extra == 0)
        text += u" (order %1)"_s.arg(uniform(10000, 99999));
    else if (extra == 1)
        text += u" - error %1"_s.arg(fill(u"{code}"_s));
    else if (extra == 2)
        text += u" in "_s + pick(m_engine, kCities);
    return text;
}

QString TextGenerator::description()
{
    QStringList sentences;
    sentences << u"Hello,"_s;
    const int count = uniform(2, 9);
    for (int i = 0; i < count; ++i)
        sentences << fill(pick(m_engine, kSentences));
    sentences << u"Best regards"_s;
    return sentences.join(u' ');
}

QString TextGenerator::chatMessage(bool fromAgent)
{
    // Two in five lines carry a second sentence, one in ten a third.
    QString text = fill(fromAgent ? pick(m_engine, kAgentChat) : pick(m_engine, kCustomerChat));
    const int more = uniform(0, 9);
    if (more < 4)
        text += u' ' + fill(fromAgent ? pick(m_engine, kAgentDetails) : pick(m_engine, kCustomerDetails));
    if (more == 0)
        text += u' ' + fill(pick(m_engine, kSentences));
    return text;
}

QString TextGenerator::ratingComment(int score)
{
    return fill(score >= 4 ? pick(m_engine, kPraise) : pick(m_engine, kComplaints));
}

QString TextGenerator::note()
{
    return fill(pick(m_engine, kNotes));
}

QString TextGenerator::phone()
{
    return u"+91 %1 %2"_s.arg(uniform(70000, 99999)).arg(uniform(10000, 99999));
}

QString TextGenerator::searchText()
{
    const int kind = uniform(0, 9);
    if (kind < 3) // a product word
        return pick(m_engine, kProducts).split(u' ').first().toLower();
    if (kind < 5) // a city or a device
        return kind == 3 ? pick(m_engine, kCities) : pick(m_engine, kDevices).split(u' ').last();
    if (kind < 7) // two words of a problem
        return pick(m_engine, kProducts).split(u' ').last() + u' ' + pick(m_engine, kProblems).split(u' ').last();
    if (kind == 7) // an error code someone read off the screen
        return fill(u"{code}"_s);
    if (kind == 8) // a prefix being typed
        return pick(m_engine, kProducts).left(4);
    return pick(m_engine, kMonths) + u' ' + pick(m_engine, kCities);
}

} // namespace ccr::bench
