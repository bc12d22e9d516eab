#include "SeverityClassifier.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ccr::server {

using namespace Qt::StringLiterals;
using domain::TicketPriority;

namespace {

constexpr TicketPriority kPriorities[] = {TicketPriority::Low, TicketPriority::Normal, TicketPriority::High,
                                          TicketPriority::Urgent};

struct SeverityRule
{
    QString phrase;
    TicketPriority priority;
};

// Words people use when it matters (and a few when it does not), in English,
// Tamil and Hindi. Phrases match whole words in order.
const QList<SeverityRule> &rules()
{
    static const QList<SeverityRule> list = {
        // urgent
        {u"outage"_s, TicketPriority::Urgent},
        {u"fraud"_s, TicketPriority::Urgent},
        {u"hacked"_s, TicketPriority::Urgent},
        {u"stolen"_s, TicketPriority::Urgent},
        {u"security breach"_s, TicketPriority::Urgent},
        {u"data loss"_s, TicketPriority::Urgent},
        {u"emergency"_s, TicketPriority::Urgent},
        {u"urgent"_s, TicketPriority::Urgent},
        {u"urgently"_s, TicketPriority::Urgent},
        {u"asap"_s, TicketPriority::Urgent},
        {u"immediately"_s, TicketPriority::Urgent},
        {u"cannot login"_s, TicketPriority::Urgent},
        {u"cannot log in"_s, TicketPriority::Urgent},
        {u"can't login"_s, TicketPriority::Urgent},
        {u"can't log in"_s, TicketPriority::Urgent},
        {u"unable to login"_s, TicketPriority::Urgent},
        {u"unable to log in"_s, TicketPriority::Urgent},
        {u"locked out"_s, TicketPriority::Urgent},
        {u"அவசரம்"_s, TicketPriority::Urgent},    // urgent
        {u"மோசடி"_s, TicketPriority::Urgent},    // fraud
        {u"तुरंत"_s, TicketPriority::Urgent},      // immediately
        {u"अत्यावश्यक"_s, TicketPriority::Urgent}, // urgent
        {u"धोखाधड़ी"_s, TicketPriority::Urgent},  // fraud
        {u"जरूरी"_s, TicketPriority::Urgent},     // urgent, necessary
        // high
        {u"down"_s, TicketPriority::High},
        {u"refund"_s, TicketPriority::High},
        {u"charged twice"_s, TicketPriority::High},
        {u"double charged"_s, TicketPriority::High},
        {u"overcharged"_s, TicketPriority::High},
        {u"not working"_s, TicketPriority::High},
        {u"broken"_s, TicketPriority::High},
        {u"crash"_s, TicketPriority::High},
        {u"crashes"_s, TicketPriority::High},
        {u"error"_s, TicketPriority::High},
        {u"failed"_s, TicketPriority::High},
        {u"failure"_s, TicketPriority::High},
        {u"பணம்"_s, TicketPriority::High},            // money
        {u"பிழை"_s, TicketPriority::High},           // error
        {u"வேலை செய்யவில்லை"_s, TicketPriority::High}, // not working
        {u"रिफंड"_s, TicketPriority::High},           // refund
        {u"भुगतान"_s, TicketPriority::High},          // payment
        {u"काम नहीं"_s, TicketPriority::High},        // not working
        {u"खराब"_s, TicketPriority::High},           // broken, bad
        // low
        {u"question"_s, TicketPriority::Low},
        {u"how do i"_s, TicketPriority::Low},
        {u"how to"_s, TicketPriority::Low},
        {u"suggestion"_s, TicketPriority::Low},
        {u"feedback"_s, TicketPriority::Low},
        {u"feature request"_s, TicketPriority::Low},
        {u"no rush"_s, TicketPriority::Low},
        {u"when convenient"_s, TicketPriority::Low},
        {u"just wondering"_s, TicketPriority::Low},
        {u"கேள்வி"_s, TicketPriority::Low},  // question
        {u"ஆலோசனை"_s, TicketPriority::Low}, // suggestion
        {u"सवाल"_s, TicketPriority::Low},   // question
        {u"सुझाव"_s, TicketPriority::Low},   // suggestion
    };
    return list;
}

// Words too common to say anything about severity.
const QSet<QString> &stopWords()
{
    static const QSet<QString> set = {u"the"_s,    u"a"_s,     u"an"_s,  u"and"_s,    u"or"_s,   u"of"_s,   u"to"_s,
                                      u"in"_s,     u"on"_s,    u"at"_s,  u"for"_s,    u"is"_s,   u"it"_s,   u"my"_s,
                                      u"i"_s,      u"me"_s,    u"we"_s,  u"our"_s,    u"you"_s,  u"your"_s, u"this"_s,
                                      u"that"_s,   u"with"_s,  u"was"_s, u"are"_s,    u"be"_s,   u"have"_s, u"has"_s,
                                      u"please"_s, u"hello"_s, u"hi"_s,  u"thanks"_s, u"from"_s, u"as"_s,   u"but"_s};
    return set;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'\'';
}

// Words joined by single spaces, with a space at each end: " a b c ".
QString normalised(const QString &text)
{
    return u' ' + SeverityClassifier::words(text).join(u' ') + u' ';
}

} // namespace

QStringList SeverityClassifier::words(const QString &text)
{
    QStringList result;
    QString current;
    for (QChar c : text.toCaseFolded()) {
        if (c == QChar(0x2019)) // a typographic apostrophe: "can’t" is "can't"
            c = u'\'';
        if (isWordCharacter(c)) {
            current += c;
        } else if (!current.isEmpty()) {
            result.append(std::exchange(current, {}));
        }
    }
    if (!current.isEmpty())
        result.append(current);
    for (QString &word : result) { // quotes around a word are not part of it
        while (word.startsWith(u'\''))
            word.remove(0, 1);
        while (word.endsWith(u'\''))
            word.chop(1);
    }
    result.removeAll(QString());
    return result;
}

QStringList SeverityClassifier::features(const QString &subject, const QString &description)
{
    QStringList result;
    // The subject is the customer's own summary: its words count twice.
    const QStringList subjectWords = words(subject);
    for (const QStringList &part : {subjectWords, subjectWords, words(description)}) {
        for (const QString &word : part) {
            if (word.size() >= 2 && !stopWords().contains(word))
                result.append(word);
        }
    }
    return result;
}

void SeverityClassifier::train(const QList<LabelledText> &examples)
{
    {
        QMutexLocker lock(&m_mutex);
        m_counts = {};
        m_vocabulary.clear();
    }
    for (const auto &example : examples)
        learn(example);
}

void SeverityClassifier::learn(const LabelledText &example)
{
    add(example, +1);
}

void SeverityClassifier::forget(const LabelledText &example)
{
    add(example, -1);
}

void SeverityClassifier::add(const LabelledText &example, int sign)
{
    const QStringList words = features(example.subject, example.description);
    QMutexLocker lock(&m_mutex);
    Counts &counts = m_counts.at(std::size_t(example.priority));
    if (sign < 0 && counts.documents == 0)
        return; // never learned: nothing to take back
    counts.documents += sign;
    for (const QString &word : words) {
        counts.totalWords += sign;
        if ((counts.words[word] += sign) <= 0)
            counts.words.remove(word);
        if ((m_vocabulary[word] += sign) <= 0)
            m_vocabulary.remove(word);
    }
}

int SeverityClassifier::examples() const
{
    QMutexLocker lock(&m_mutex);
    int total = 0;
    for (const auto &counts : m_counts)
        total += counts.documents;
    return total;
}

bool SeverityClassifier::trained() const
{
    int total = 0;
    int priorities = 0;
    for (const auto &counts : m_counts) {
        total += counts.documents;
        priorities += counts.documents > 0 ? 1 : 0;
    }
    return total >= kMinExamples && priorities >= 2;
}

SeveritySuggestion SeverityClassifier::suggest(const QString &subject, const QString &description) const
{
    const QStringList words = features(subject, description);
    {
        QMutexLocker lock(&m_mutex);
        if (trained()) {
            SeveritySuggestion suggestion = byModel(words);
            if (!suggestion.source.isEmpty())
                return suggestion;
        }
    }
    return byRules(subject, description);
}

SeveritySuggestion SeverityClassifier::byModel(const QStringList &words) const
{
    // Only known words vote: an unknown word would favour whichever priority
    // has seen the fewest words, which says nothing about this ticket.
    QStringList known;
    for (const QString &word : words) {
        if (m_vocabulary.contains(word))
            known.append(word);
    }
    if (known.isEmpty())
        return {};
    int totalDocuments = 0;
    for (const auto &counts : m_counts)
        totalDocuments += counts.documents;
    const double vocabulary = double(m_vocabulary.size());
    // log P(priority) + sum log P(word | priority), Laplace-smoothed.
    auto wordLog = [&](const Counts &counts, const QString &word) {
        return std::log((counts.words.value(word) + 1.0) / (double(counts.totalWords) + vocabulary));
    };
    std::array<double, 4> score{};
    for (std::size_t p = 0; p < 4; ++p) {
        score[p] = std::log((m_counts[p].documents + 1.0) / (totalDocuments + 4.0));
        for (const QString &word : known)
            score[p] += wordLog(m_counts[p], word);
    }
    const std::size_t best = std::size_t(std::max_element(score.begin(), score.end()) - score.begin());
    double sum = 0;
    for (double s : score)
        sum += std::exp(s - score[best]);

    // The words that favour the chosen priority most over the next best one.
    QList<std::pair<double, QString>> weights;
    for (const QString &word : QSet<QString>(known.begin(), known.end())) {
        double strongestOther = -std::numeric_limits<double>::infinity();
        for (std::size_t p = 0; p < 4; ++p) {
            if (p != best)
                strongestOther = std::max(strongestOther, wordLog(m_counts[p], word));
        }
        const double weight = wordLog(m_counts[best], word) - strongestOther;
        if (weight > 0)
            weights.append({weight, word});
    }
    std::sort(weights.begin(), weights.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    SeveritySuggestion suggestion{kPriorities[best], 1.0 / sum, {}, u"model"_s};
    for (qsizetype i = 0; i < std::min<qsizetype>(3, weights.size()); ++i)
        suggestion.reasons.append(weights[i].second);
    return suggestion;
}

SeveritySuggestion SeverityClassifier::byRules(const QString &subject, const QString &description)
{
    const QString text = normalised(subject + u'\n' + description);
    SeveritySuggestion suggestion{TicketPriority::Normal, 0.3, {}, u"rules"_s};
    bool matched = false;
    for (const auto &rule : rules()) {
        if (!text.contains(normalised(rule.phrase)))
            continue;
        if (!matched || rule.priority > suggestion.priority) {
            suggestion.priority = rule.priority;
            suggestion.reasons.clear();
            matched = true;
        }
        if (rule.priority == suggestion.priority)
            suggestion.reasons.append(rule.phrase);
    }
    if (matched)
        suggestion.confidence = std::min(0.9, 0.45 + 0.15 * double(suggestion.reasons.size()));
    return suggestion;
}

} // namespace ccr::server
