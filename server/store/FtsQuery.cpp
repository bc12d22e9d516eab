#include "FtsQuery.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace ccr::server {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ccr::server::search", text);
}

bool hasLetterOrDigit(const QString &piece)
{
    return std::any_of(piece.begin(), piece.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

qsizetype codePoints(const QString &text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return !c.isLowSurrogate(); });
}

} // namespace

FtsQuery ftsQueryFromText(const QString &text)
{
    FtsQuery query;
    if (codePoints(text) > kMaxSearchCharacters) {
        query.problem = tr("Keep the search under 200 characters.");
        return query;
    }
    QStringList pieces;
    QString piece;
    const auto flush = [&] {
        if (hasLetterOrDigit(piece))
            pieces << piece;
        piece.clear();
    };
    for (QChar c : text) {
        // Control and format characters separate like spaces: they never
        // reach the index either.
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            flush();
        else
            piece += c;
    }
    flush();
    if (pieces.isEmpty()) {
        query.problem = tr("Search for a word or a number.");
        return query;
    }
    if (pieces.size() > kMaxSearchTerms) {
        query.problem = tr("Search for at most 16 words.");
        return query;
    }
    QStringList phrases;
    for (const QString &word : std::as_const(pieces))
        phrases << u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"';
    // Prefix match on the last word as the user is probably still typing it;
    // not for one character, which would expand to most of the vocabulary.
    if (codePoints(pieces.last()) >= 2 && (pieces.last().back().isLetterOrNumber() || pieces.last().back().isMark()))
        phrases.last() += u'*';
    query.expression = phrases.join(u' ');
    return query;
}

} // namespace ccr::server
