#pragma once

#include <QString>

namespace ccr::server {

inline constexpr int kMaxSearchCharacters = 200; // code points
inline constexpr int kMaxSearchTerms = 16;

struct FtsQuery
{
    QString expression; // an FTS5 MATCH expression; empty when `problem` is set
    QString problem;    // why the text cannot be searched, for the user
};

// Turns what a person typed into a search box into an FTS5 MATCH expression
// that can only ever mean "all of these words": every white-space separated
// piece becomes one double-quoted phrase (inner quotes doubled), so FTS5
// syntax (AND, OR, NOT, NEAR, *, ^, :, column filters, parentheses) in the
// text is searched for literally, never interpreted. The last piece also
// matches as a prefix ("refu" finds "refund"). Pieces without a letter or
// digit are dropped. More than kMaxSearchCharacters or kMaxSearchTerms, or
// nothing searchable, sets `problem`.
FtsQuery ftsQueryFromText(const QString &text);

} // namespace ccr::server
