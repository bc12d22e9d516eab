#pragma once

#include <QLoggingCategory>

// One category per client component, so QT_LOGGING_RULES can turn each on alone.
Q_DECLARE_LOGGING_CATEGORY(lcClientSession)
Q_DECLARE_LOGGING_CATEGORY(lcClientFeed)
Q_DECLARE_LOGGING_CATEGORY(lcClientApp)
