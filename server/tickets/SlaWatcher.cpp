#include "SlaWatcher.h"

#include "SlaBreaches.h"

#include <mail/OutboxSender.h>
#include <net/EventHub.h>
#include <store/Database.h>
#include <store/Sql.h>

#include <QTimer>

#include <qcoro/qcorofuture.h>

namespace ccr::server {

using namespace Qt::StringLiterals;

SlaWatcher::SlaWatcher(Database &db, EventHub &hub, OutboxSender &mailer, QString mailDomain, int intervalMs,
                       QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_hub(hub)
    , m_mailer(mailer)
    , m_mailDomain(std::move(mailDomain))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { checkNow(); });
}

void SlaWatcher::start()
{
    m_timer->start();
    checkNow(); // breaches that fell due while the server was down
}

QCoro::Task<std::optional<SlaWatcher::PassCounts>> SlaWatcher::checkNow()
{
    const QString mailDomain = m_mailDomain;
    auto pass = m_db.run([mailDomain](QSqlDatabase &db) { return runSlaPass(db, nowMs(), mailDomain, kBatch); });
    const Outcome outcome = co_await pass;
    if (!outcome.reply.ok())
        co_return std::nullopt;
    m_hub.publish(outcome.events);
    if (outcome.mailQueued)
        m_mailer.wake();
    if (outcome.reply.result.value(u"more"_s).toBool())
        QTimer::singleShot(0, this, [this] { checkNow(); }); // a backlog: the next batch
    co_return PassCounts{outcome.reply.result.value(u"flagged"_s).toInt(),
                         outcome.reply.result.value(u"warned"_s).toInt()};
}

} // namespace ccr::server
