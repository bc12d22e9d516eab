#include "TicketServices.h"

#include "PriorityLabels.h"

#include <app/ServerConfig.h>
#include <store/Database.h>

#include <qcoro/qcorofuture.h>

namespace ccr::server {

using namespace Qt::StringLiterals;

TicketServices::TicketServices(Database &db, EventHub &hub, OutboxSender &mailer, const ServerConfig &config)
    : m_db(db)
    , m_presence(db, hub)
    , m_sla(db, hub, mailer, config.mailDomain, config.slaCheckSeconds * 1000)
{
}

QCoro::Task<QString> TicketServices::start()
{
    auto resetting = m_presence.resetAll();
    if (!co_await resetting)
        co_return u"Cannot reset agent presence."_s;
    SeverityClassifier *classifier = &m_classifier;
    auto training = m_db.query<bool>([classifier](QSqlDatabase &db) {
        const auto examples = recentLabelledTexts(db, kTrainingExamples);
        if (examples)
            classifier->train(*examples);
        return examples.has_value();
    });
    const std::optional<bool> trained = co_await training;
    if (!trained || !*trained)
        co_return u"Cannot read the labelled tickets for the severity classifier."_s;
    m_sla.start();
    co_return QString();
}

} // namespace ccr::server
