#include "Logging.h"

Q_LOGGING_CATEGORY(lcClientSession, "ccr.client.session")
Q_LOGGING_CATEGORY(lcClientFeed, "ccr.client.feed")
Q_LOGGING_CATEGORY(lcClientApp, "ccr.client.app")
