#pragma once

#include <QString>

#include <random>

namespace ccr::bench {

// Plausible help-desk text from word lists, driven by a seeded RNG so a
// store or a benchmark run can be reproduced exactly. Shared by ccr-bench
// (ticket.create payloads, search words) and ccr-bench-seed (the generated
// store). Words are drawn with a skew (early entries of each list are more
// common) and sentences have slots for products, devices, places, error
// codes and numbers, so the full-text index has a realistic vocabulary: a
// few very common words, many rare ones.
class TextGenerator
{
public:
    explicit TextGenerator(quint64 seed);

    QString firstName();
    QString lastName();
    // 20-110 characters, e.g. "Invoice export fails after the update (order 48213)".
    QString subject();
    // A few sentences, about 150-1000 characters.
    QString description();
    // One chat line from a customer or an agent, or an agent's internal note.
    // Chat lines are one to three sentences (greetings, details, thanks).
    QString chatMessage(bool fromAgent);
    QString note();
    // A customer's comment on a rating of `score` (1-5).
    QString ratingComment(int score);
    // A phone number like "+91 98450 12345".
    QString phone();
    // One or two words someone would type into the search box: vocabulary
    // words of every frequency, sometimes a prefix being typed.
    QString searchText();

    int uniform(int low, int high); // inclusive
    std::mt19937_64 &engine() { return m_engine; }

private:
    QString fill(QString sentence);
    std::mt19937_64 m_engine;
};

} // namespace ccr::bench
