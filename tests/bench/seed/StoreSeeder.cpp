#include "StoreSeeder.h"

#include "common/TextGenerator.h"

#include <domain/TicketStatus.h>
#include <security/PasswordHasher.h>
#include <store/Database.h>
#include <store/Migrations.h>
#include <store/Sql.h>
#include <store/Transaction.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace ccr::bench {

using namespace Qt::StringLiterals;
using ccr::server::Database;
using ccr::server::Outcome;
using ccr::server::Transaction;
using protocol::ErrorCode;
using protocol::Reply;

namespace {

struct Agent
{
    qint64 id;
    QString name;
};

Outcome failed(const QString &what)
{
    return Outcome::of(Reply::failure(ErrorCode::InternalError, what));
}

// Status mix of a help desk that has run for a few years: most tickets closed.
domain::TicketStatus drawStatus(TextGenerator &text)
{
    const int roll = text.uniform(0, 99);
    if (roll < 8)
        return domain::TicketStatus::Open;
    if (roll < 14)
        return domain::TicketStatus::AgentAssigned;
    if (roll < 24)
        return domain::TicketStatus::InProgress;
    if (roll < 30)
        return domain::TicketStatus::WaitingOnCustomer;
    if (roll < 40)
        return domain::TicketStatus::Resolved;
    return domain::TicketStatus::Closed;
}

const char *drawPriority(TextGenerator &text)
{
    const int roll = text.uniform(0, 99);
    return roll < 20 ? "low" : roll < 75 ? "normal" : roll < 93 ? "high" : "urgent";
}

const char *drawContact(TextGenerator &text)
{
    const int roll = text.uniform(0, 99);
    return roll < 60 ? "email" : roll < 85 ? "phone" : "chat";
}

// The four categories of migration 4 plus a few more, as a help desk grows them.
const QStringList kExtraCategories = {u"Accounts"_s, u"Returns"_s, u"Hardware"_s,
                                      u"Network"_s,  u"Mobile"_s,  u"Installation"_s};

} // namespace

StoreSeeder::StoreSeeder(SeedOptions options)
    : m_options(std::move(options))
{
}

SeedReport StoreSeeder::run()
{
    SeedReport report;
    QElapsedTimer total;
    total.start();
    if (!QDir().mkpath(m_options.dataDir)) {
        report.error = u"Cannot create the data directory %1."_s.arg(m_options.dataDir);
        return report;
    }
    Database database(QDir(m_options.dataDir).filePath(u"ccr.sqlite"_s));
    const Outcome migrated = database.runBlocking([](QSqlDatabase &db) {
        const QString error = server::applyMigrations(db);
        return error.isEmpty() ? Outcome::of(Reply::success()) : failed(error);
    });
    if (!migrated.reply.ok()) {
        report.error = migrated.reply.error->message;
        return report;
    }

    QElapsedTimer phase;
    phase.start();
    const QString passwordHash = server::PasswordHasher().hashBlocking(m_options.userPassword);
    report.hashSeconds = phase.nsecsElapsed() / 1e9;
    if (passwordHash.isEmpty()) {
        report.error = u"Cannot hash the password for generated users."_s;
        return report;
    }

    TextGenerator text(m_options.seed);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 threeYears = qint64(3) * 365 * 24 * 3600 * 1000;

    // Users. Emails carry the first new user id, so seeding the same store twice does not collide.
    qint64 firstUserId = 0;
    qint64 adminId = 0;
    database.runBlocking([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(u"SELECT COALESCE(MAX(id), 0) + 1 FROM users"_s) && query.next())
            firstUserId = query.value(0).toLongLong();
        if (query.exec(u"SELECT id FROM users WHERE role = 'admin' ORDER BY id LIMIT 1"_s) && query.next())
            adminId = query.value(0).toLongLong();
        return Outcome::of(Reply::success());
    });
    std::vector<qint64> categoryIds;
    database.runBlocking([&](QSqlDatabase &db) {
        QSqlQuery insert = server::prepare(db, u"INSERT OR IGNORE INTO categories (name) VALUES (?)"_s);
        for (const QString &name : kExtraCategories) {
            insert.bindValue(0, name);
            server::exec(insert);
        }
        QSqlQuery query(db);
        if (query.exec(u"SELECT id FROM categories WHERE active = 1 ORDER BY id"_s)) {
            while (query.next())
                categoryIds.push_back(query.value(0).toLongLong());
        }
        return Outcome::of(Reply::success());
    });
    const QString tag = QString::number(firstUserId);
    report.emailPattern = u"customer-<n>-%1@seed.example.com, agent-<n>-%1@seed.example.com (n from 1)"_s.arg(tag);

    std::vector<qint64> customerIds;
    std::vector<Agent> agents;
    customerIds.reserve(size_t(m_options.customers));
    phase.restart();
    const int userCount = m_options.customers + m_options.agents;
    for (int start = 0; start < userCount && report.error.isEmpty(); start += m_options.batchRows) {
        const int end = std::min(userCount, start + m_options.batchRows);
        const Outcome written = database.runBlocking([&](QSqlDatabase &db) {
            Transaction transaction(db);
            QSqlQuery insert =
                server::prepare(db, u"INSERT INTO users (role, email, first_name, last_name, "
                                    "password_hash, state, email_confirmed, language, created_at, phone) "
                                    "VALUES (?, ?, ?, ?, ?, 'active', 1, ?, ?, ?)"_s);
            for (int i = start; i < end; ++i) {
                const bool agent = i >= m_options.customers;
                const int number = agent ? i - m_options.customers + 1 : i + 1;
                const QString first = text.firstName();
                const QString last = text.lastName();
                insert.bindValue(0, agent ? u"agent"_s : u"customer"_s);
                insert.bindValue(
                    1, u"%1-%2-%3@seed.example.com"_s.arg(agent ? u"agent"_s : u"customer"_s).arg(number).arg(tag));
                insert.bindValue(2, first);
                insert.bindValue(3, last);
                insert.bindValue(4, passwordHash);
                const int language = text.uniform(0, 9);
                insert.bindValue(5, language < 7 ? u"en"_s : language < 9 ? u"ta"_s : u"hi"_s);
                insert.bindValue(6, now - threeYears - text.uniform(0, 1'000'000'000));
                insert.bindValue(7, !agent && text.uniform(0, 9) < 6 ? text.phone() : QString(u""_s));
                if (!server::exec(insert))
                    return failed(u"Inserting users failed."_s);
                const qint64 id = insert.lastInsertId().toLongLong();
                if (agent)
                    agents.push_back({id, first + u' ' + last});
                else
                    customerIds.push_back(id);
            }
            return transaction.commit() ? Outcome::of(Reply::success()) : failed(u"Commit failed."_s);
        });
        if (!written.reply.ok())
            report.error = written.reply.error->message;
        report.users += end - start;
    }
    report.userSeconds = phase.nsecsElapsed() / 1e9;
    if (!report.error.isEmpty())
        return report;
    if (customerIds.empty()) {
        report.error = u"Tickets need at least one customer."_s;
        return report;
    }

    // Tickets, each with the history rows the server itself would have written.
    phase.restart();
    const QString openName = domain::statusName(domain::TicketStatus::Open);
    const QString assignedName = domain::statusName(domain::TicketStatus::AgentAssigned);
    for (qint64 start = 0; start < m_options.tickets && report.error.isEmpty(); start += m_options.batchRows) {
        const qint64 end = std::min<qint64>(m_options.tickets, start + m_options.batchRows);
        const Outcome written = database.runBlocking([&](QSqlDatabase &db) {
            Transaction transaction(db);
            QSqlQuery ticket = server::prepare(db, u"INSERT INTO tickets (customer_id, assignee_id, subject, "
                                                   "description, status, created_at, updated_at, category_id, "
                                                   "priority, contact_phone, preferred_contact, created_by) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            QSqlQuery message = server::prepare(db, u"INSERT INTO messages (ticket_id, author_id, kind, body, "
                                                    "created_at) VALUES (?, ?, ?, ?, ?)"_s);
            QSqlQuery history = server::prepare(db, u"INSERT INTO ticket_history (ticket_id, actor_id, at, kind, "
                                                    "from_value, to_value) VALUES (?, ?, ?, ?, ?, ?)"_s);
            auto addHistory = [&](qint64 ticketId, qint64 actor, qint64 at, const QString &kind, const QString &from,
                                  const QString &to) {
                history.bindValue(0, ticketId);
                history.bindValue(1, actor);
                history.bindValue(2, at);
                history.bindValue(3, kind);
                history.bindValue(4, from);
                history.bindValue(5, to);
                ++report.historyRows;
                return server::exec(history);
            };
            for (qint64 i = start; i < end; ++i) {
                const qint64 customer = customerIds[size_t(text.uniform(0, int(customerIds.size()) - 1))];
                const domain::TicketStatus status = drawStatus(text);
                const bool assigned = status != domain::TicketStatus::Open && !agents.empty();
                const Agent *agent = assigned ? &agents[size_t(text.uniform(0, int(agents.size()) - 1))] : nullptr;
                // Older tickets first, so ids grow with time as they do in a live store.
                const qint64 created = now - threeYears + threeYears * i / std::max<qint64>(1, m_options.tickets);
                const qint64 updated = std::min(now, created + text.uniform(0, 7 * 24 * 3600) * qint64(1000));
                ticket.bindValue(0, customer);
                ticket.bindValue(1, agent ? QVariant(agent->id) : QVariant(QMetaType(QMetaType::LongLong)));
                ticket.bindValue(2, text.subject());
                ticket.bindValue(3, text.description());
                ticket.bindValue(4, domain::statusName(agent ? status : domain::TicketStatus::Open));
                ticket.bindValue(5, created);
                ticket.bindValue(6, updated);
                // One in ten without a category (raised before categories existed).
                const bool categorised = !categoryIds.empty() && text.uniform(0, 9) > 0;
                ticket.bindValue(7, categorised
                                        ? QVariant(categoryIds[size_t(text.uniform(0, int(categoryIds.size()) - 1))])
                                        : QVariant(QMetaType(QMetaType::LongLong)));
                ticket.bindValue(8, QString::fromLatin1(drawPriority(text)));
                const QString contact = QString::fromLatin1(drawContact(text));
                ticket.bindValue(9, contact == u"phone"_s || text.uniform(0, 4) == 0 ? text.phone() : u""_s);
                ticket.bindValue(10, contact);
                // One in ten raised by an agent on a caller's behalf.
                const bool byAgent = !agents.empty() && text.uniform(0, 9) == 0;
                const qint64 raisedBy = byAgent ? agents[size_t(text.uniform(0, int(agents.size()) - 1))].id : 0;
                ticket.bindValue(11, byAgent ? QVariant(raisedBy) : QVariant(QMetaType(QMetaType::LongLong)));
                if (!server::exec(ticket))
                    return failed(u"Inserting tickets failed."_s);
                const qint64 id = ticket.lastInsertId().toLongLong();
                bool ok =
                    addHistory(id, byAgent ? raisedBy : customer, created, u"created"_s, QString(u""_s), openName);
                // A quarter of the tickets have a conversation: chat back and
                // forth, now and then an internal note.
                if (agent && text.uniform(0, 3) == 0) {
                    const int count = text.uniform(1, 4);
                    for (int m = 0; m < count && ok; ++m) {
                        const bool note = text.uniform(0, 9) == 0;
                        const bool fromAgent = note || m % 2 == 1;
                        message.bindValue(0, id);
                        message.bindValue(1, fromAgent ? agent->id : customer);
                        message.bindValue(2, note ? u"note"_s : u"chat"_s);
                        message.bindValue(3, note ? text.note() : text.chatMessage(fromAgent));
                        message.bindValue(4, created + (updated - created) * (m + 1) / (count + 1));
                        ok = server::exec(message);
                        ++report.messages;
                    }
                }
                if (agent) {
                    const qint64 actor = adminId > 0 ? adminId : agent->id;
                    ok = ok && addHistory(id, actor, created + 60'000, u"assignee"_s, u""_s, agent->name);
                    if (status != domain::TicketStatus::AgentAssigned)
                        ok = ok
                             && addHistory(id, agent->id, updated, u"status"_s, assignedName,
                                           domain::statusName(status));
                }
                if (!ok)
                    return failed(u"Inserting ticket history failed."_s);
            }
            return transaction.commit() ? Outcome::of(Reply::success()) : failed(u"Commit failed."_s);
        });
        if (!written.reply.ok())
            report.error = written.reply.error->message;
        else
            report.tickets += end - start;
    }
    report.ticketSeconds = phase.nsecsElapsed() / 1e9;
    // Leave a compact file behind: the server starts without a huge WAL to replay.
    database.runBlocking([](QSqlDatabase &db) {
        server::exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        return Outcome::of(Reply::success());
    });
    report.totalSeconds = total.nsecsElapsed() / 1e9;
    return report;
}

} // namespace ccr::bench
