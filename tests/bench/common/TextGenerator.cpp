#include "TextGenerator.h"

#include <QStringList>

#include <array>

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
constexpr std::array kProducts = {"Invoice export",       "Mobile app",     "Password reset",    "Monthly report",
                                  "Payment page",         "Order history",  "Delivery tracking", "Account settings",
                                  "Email notifications",  "Printer driver", "VPN client",        "Shared calendar",
                                  "Subscription renewal", "Refund request", "Data import",       "Login page",
                                  "Warranty claim",       "Router setup",   "Search results",    "Dashboard"};
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
                                  "freezes on save"};
constexpr std::array kContexts = {"after the update",    "since yesterday",    "on Android",
                                  "on Windows 11",       "for some customers", "every Monday morning",
                                  "when I use Firefox",  "on the second page", "after a password change",
                                  "since the migration", "on my work laptop",  "with large files"};
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
    "The installer stops at ninety percent and rolls back."};

template <typename Array> QString pick(std::mt19937_64 &engine, const Array &words)
{
    std::uniform_int_distribution<size_t> index(0, words.size() - 1);
    return QString::fromLatin1(words[index(engine)]);
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

QString TextGenerator::subject()
{
    QString text = pick(m_engine, kProducts) + u' ' + pick(m_engine, kProblems) + u' ' + pick(m_engine, kContexts);
    if (uniform(0, 2) == 0)
        text += u" (order %1)"_s.arg(uniform(10000, 99999));
    return text;
}

QString TextGenerator::description()
{
    QStringList sentences;
    sentences << u"Hello,"_s;
    const int count = uniform(2, 9);
    for (int i = 0; i < count; ++i)
        sentences << pick(m_engine, kSentences);
    sentences << u"Best regards"_s;
    return sentences.join(u' ');
}

} // namespace ccr::bench
