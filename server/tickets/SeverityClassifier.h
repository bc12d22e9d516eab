#pragma once

#include <domain/TicketPriority.h>

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <array>

namespace ccr::server {

struct SeveritySuggestion
{
    domain::TicketPriority priority = domain::TicketPriority::Normal;
    double confidence = 0; // 0..1
    QStringList reasons;   // the words that weighed most
    QString source;        // "model" (learned from past tickets) or "rules"
};

struct LabelledText
{
    QString subject;
    QString description;
    domain::TicketPriority priority = domain::TicketPriority::Normal;
};

// Suggests a priority from a ticket's words (ticket.suggestPriority). A
// multinomial naive Bayes model over the words of past tickets whose priority
// a staff member set or confirmed; with too few of those (or none of the
// words known) a list of severity words decides instead. It only suggests:
// the server never changes a priority by itself. Thread-safe: trained and
// updated on the database thread, asked on the network thread.
class SeverityClassifier
{
public:
    // Below this many examples (or with fewer than two priorities among them)
    // the rules answer.
    static constexpr int kMinExamples = 20;

    void train(const QList<LabelledText> &examples);
    void learn(const LabelledText &example);
    void forget(const LabelledText &example);
    int examples() const;

    SeveritySuggestion suggest(const QString &subject, const QString &description) const;
    static SeveritySuggestion byRules(const QString &subject, const QString &description);

    // Lower-cased words: letters, digits and combining marks (Tamil and
    // Devanagari vowel signs are marks, not letters).
    static QStringList words(const QString &text);

private:
    struct Counts
    {
        QHash<QString, int> words;
        qint64 totalWords = 0;
        int documents = 0;
    };

    static QStringList features(const QString &subject, const QString &description);
    void add(const LabelledText &example, int sign);
    bool trained() const;
    SeveritySuggestion byModel(const QStringList &features) const;

    mutable QMutex m_mutex;
    std::array<Counts, 4> m_counts;   // by domain::TicketPriority
    QHash<QString, int> m_vocabulary; // word -> occurrences over all priorities
};

} // namespace ccr::server
