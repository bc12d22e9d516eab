#pragma once

#include <QString>

#include <random>

namespace ccr::bench {

// Plausible help-desk text from small word lists, driven by a seeded RNG so a
// store or a benchmark run can be reproduced exactly. Shared by ccr-bench
// (ticket.create payloads) and ccr-bench-seed (the generated store).
class TextGenerator
{
public:
    explicit TextGenerator(quint64 seed);

    QString firstName();
    QString lastName();
    // 20-90 characters, e.g. "Invoice export fails after the update (order 48213)".
    QString subject();
    // A few sentences, about 150-900 characters.
    QString description();

    int uniform(int low, int high); // inclusive
    std::mt19937_64 &engine() { return m_engine; }

private:
    std::mt19937_64 m_engine;
};

} // namespace ccr::bench
