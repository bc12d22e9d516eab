#include "CannedText.h"

#include <QRegularExpression>

namespace ccr::domain {

QString expandPlaceholders(const QString &body, const QHash<QString, QString> &values)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*([A-Za-z][A-Za-z0-9_.]*)\s*\}\})"));
    QString expanded;
    expanded.reserve(body.size());
    qsizetype copiedUpTo = 0;
    auto matches = pattern.globalMatch(body);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd())
            continue;
        expanded += QStringView(body).mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        expanded += *value;
        copiedUpTo = match.capturedEnd();
    }
    expanded += QStringView(body).mid(copiedUpTo);
    return expanded;
}

} // namespace ccr::domain
