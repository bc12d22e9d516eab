#include "StoreSeeder.h"

#include "BulkLoad.h"
#include "TicketLife.h"
#include "common/TextGenerator.h"

#include <domain/TicketStatus.h>
#include <security/PasswordHasher.h>
#include <store/Database.h>
#include <store/Migrations.h>
#include <store/Sql.h>
#include <store/Transaction.h>
#include <tickets/SlaTargets.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace ccr::bench {

using namespace Qt::StringLiterals;
using ccr::server::Database;
using ccr::server::Outcome;
using protocol::ErrorCode;
using protocol::Reply;

namespace {

Outcome failed(const QString &what)
{
    return Outcome::of(Reply::failure(ErrorCode::InternalError, what));
}

Outcome succeeded()
{
    return Outcome::of(Reply::success());
}

QString errorOf(const Outcome &outcome)
{
    return outcome.reply.ok() ? QString() : outcome.reply.error->message;
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

// The tables that receive millions of rows (indexes and FTS triggers set aside).
const QStringList kBulkTables = {u"tickets"_s, u"messages"_s, u"ticket_history"_s, u"ticket_reads"_s, u"ratings"_s};

const QVariant kNull(QMetaType(QMetaType::LongLong));

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : kNull;
}

// Prepared once per batch, reused for every row.
class TicketWriter
{
public:
    TicketWriter(QSqlDatabase &db, SeedReport &report)
        : m_ticket(server::prepare(db, u"INSERT INTO tickets (customer_id, assignee_id, subject, description, "
                                       "status, created_at, updated_at, category_id, priority, contact_phone, "
                                       "preferred_contact, created_by, first_response_due, resolution_due, "
                                       "first_responded_at, resolved_at, sla_breached, first_response_warn_at, "
                                       "resolution_warn_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        , m_history(server::prepare(db, u"INSERT INTO ticket_history (ticket_id, actor_id, at, kind, from_value, "
                                        "to_value) VALUES (?, ?, ?, ?, ?, ?)"_s))
        , m_message(server::prepare(db, u"INSERT INTO messages (ticket_id, author_id, kind, body, created_at) "
                                        "VALUES (?, ?, ?, ?, ?)"_s))
        , m_read(server::prepare(db, u"INSERT INTO ticket_reads (ticket_id, user_id, last_read_message_id) "
                                     "VALUES (?, ?, ?)"_s))
        , m_rating(server::prepare(db, u"INSERT INTO ratings (ticket_id, customer_id, agent_id, score, comment, "
                                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s))
        , m_report(report)
    {
    }

    struct NewTicket
    {
        qint64 customerId = 0;
        const SeedAgent *agent = nullptr;
        QString subject;
        QString description;
        qint64 createdAt = 0;
        qint64 categoryId = 0;
        QString priority;
        QString contactPhone;
        QString preferredContact;
        qint64 createdBy = 0;
    };

    bool write(const NewTicket &ticket, const TicketLife &life, TextGenerator &text)
    {
        const qint64 assignee = life.assigned ? ticket.agent->id : 0;
        const QVariant bindings[] = {ticket.customerId,
                                     optionalId(assignee),
                                     ticket.subject,
                                     ticket.description,
                                     domain::statusName(life.status),
                                     ticket.createdAt,
                                     life.updatedAt,
                                     optionalId(ticket.categoryId),
                                     ticket.priority,
                                     ticket.contactPhone,
                                     ticket.preferredContact,
                                     optionalId(ticket.createdBy),
                                     life.firstResponseDue,
                                     life.resolutionDue,
                                     optionalId(life.firstRespondedAt),
                                     optionalId(life.resolvedAt),
                                     life.slaBreached,
                                     optionalId(life.firstResponseWarnAt),
                                     optionalId(life.resolutionWarnAt)};
        for (int i = 0; i < int(std::size(bindings)); ++i)
            m_ticket.bindValue(i, bindings[i]);
        if (!server::exec(m_ticket))
            return false;
        const qint64 id = m_ticket.lastInsertId().toLongLong();
        for (const PlannedChange &change : life.history) {
            m_history.bindValue(0, id);
            m_history.bindValue(1, optionalId(change.actorId));
            m_history.bindValue(2, change.at);
            m_history.bindValue(3, change.kind);
            m_history.bindValue(4, change.from.isNull() ? u""_s : change.from);
            m_history.bindValue(5, change.to);
            if (!server::exec(m_history))
                return false;
            ++m_report.historyRows;
        }
        qint64 lastMessage = 0;
        qint64 lastChat = 0;
        qint64 lastFromCustomer = 0;
        for (const PlannedMessage &planned : life.messages) {
            m_message.bindValue(0, id);
            m_message.bindValue(1, planned.fromStaff ? assignee : ticket.customerId);
            m_message.bindValue(2, planned.note ? u"note"_s : u"chat"_s);
            m_message.bindValue(3, planned.note ? text.note() : text.chatMessage(planned.fromStaff));
            m_message.bindValue(4, planned.at);
            if (!server::exec(m_message))
                return false;
            lastMessage = m_message.lastInsertId().toLongLong();
            if (!planned.note)
                lastChat = lastMessage;
            if (!planned.fromStaff)
                lastFromCustomer = lastMessage;
            ++m_report.messages;
            m_report.notes += planned.note ? 1 : 0;
        }
        // Read markers: the customer has read the whole chat once the ticket
        // is resolved (and mostly before), else up to their own last line;
        // the assignee has read everything on the ticket.
        const qint64 customerRead = life.customerReadEverything ? lastChat : lastFromCustomer;
        if (customerRead > 0 && !addRead(id, ticket.customerId, customerRead))
            return false;
        if (assignee > 0 && lastMessage > 0 && !addRead(id, assignee, lastMessage))
            return false;
        if (life.rating && assignee > 0) {
            const QVariant rating[] = {id,
                                       ticket.customerId,
                                       assignee,
                                       life.rating->score,
                                       life.rating->comment.isNull() ? u""_s : life.rating->comment,
                                       life.rating->at,
                                       life.rating->at};
            for (int i = 0; i < int(std::size(rating)); ++i)
                m_rating.bindValue(i, rating[i]);
            if (!server::exec(m_rating))
                return false;
            ++m_report.ratings;
        }
        return true;
    }

private:
    bool addRead(qint64 ticketId, qint64 userId, qint64 messageId)
    {
        m_read.bindValue(0, ticketId);
        m_read.bindValue(1, userId);
        m_read.bindValue(2, messageId);
        ++m_report.reads;
        return server::exec(m_read);
    }

    QSqlQuery m_ticket;
    QSqlQuery m_history;
    QSqlQuery m_message;
    QSqlQuery m_read;
    QSqlQuery m_rating;
    SeedReport &m_report;
};

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
    const QDir dir(m_options.dataDir);
    if (!QDir().mkpath(m_options.dataDir)) {
        report.error = u"Cannot create the data directory %1."_s.arg(m_options.dataDir);
        return report;
    }
    const QString storeFile = dir.filePath(u"ccr.sqlite"_s);
    const QString workFile = dir.filePath(u"ccr.sqlite.seeding"_s);

    // 1. The server's schema in the real store, everything in the main file.
    {
        Database database(storeFile);
        report.error = errorOf(database.runBlocking([](QSqlDatabase &db) {
            const QString error = server::applyMigrations(db);
            if (!error.isEmpty())
                return failed(error);
            return server::exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s) ? succeeded()
                                                                          : failed(u"Checkpoint failed."_s);
        }));
        if (!report.error.isEmpty())
            return report;
    }
    // 2. A private copy to load into.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(workFile + suffix);
    if (!QFile::copy(storeFile, workFile)) {
        report.error = u"Cannot copy %1 to %2."_s.arg(storeFile, workFile);
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
    LifeSettings life;
    life.now = QDateTime::currentMSecsSinceEpoch();
    life.messagesPerTicket = std::max(1, m_options.messagesPerTicket);
    const qint64 threeYears = qint64(3) * 365 * 24 * 3600 * 1000;
    qint64 firstUserId = 0;
    std::vector<qint64> categoryIds;
    std::vector<qint64> customerIds;
    std::vector<SeedAgent> agents;
    SetAside setAside;
    {
        Database database(workFile);
        report.error = errorOf(database.runBlocking([&](QSqlDatabase &db) {
            const QString error = enterBulkMode(db);
            if (!error.isEmpty())
                return failed(error);
            QSqlQuery query(db);
            // Emails carry the first new user id, so seeding the same store twice does not collide.
            if (query.exec(u"SELECT COALESCE(MAX(id), 0) + 1 FROM users"_s) && query.next())
                firstUserId = query.value(0).toLongLong();
            if (query.exec(u"SELECT id FROM users WHERE role = 'admin' ORDER BY id LIMIT 1"_s) && query.next())
                life.adminId = query.value(0).toLongLong();
            QSqlQuery insert = server::prepare(db, u"INSERT OR IGNORE INTO categories (name) VALUES (?)"_s);
            for (const QString &name : kExtraCategories) {
                insert.bindValue(0, name);
                if (!server::exec(insert))
                    return failed(u"Inserting categories failed."_s);
            }
            if (query.exec(u"SELECT id FROM categories WHERE active = 1 ORDER BY id"_s)) {
                while (query.next())
                    categoryIds.push_back(query.value(0).toLongLong());
            }
            life.targets = server::loadSlaTargets(db);
            return succeeded();
        }));
        const QString tag = QString::number(firstUserId);
        report.emailPattern = u"customer-<n>-%1@seed.example.com, agent-<n>-%1@seed.example.com (n from 1)"_s.arg(tag);

        // 3. Users (a few tens of thousands: their indexes stay in place).
        phase.restart();
        customerIds.reserve(size_t(m_options.customers));
        const int userCount = m_options.customers + m_options.agents;
        for (int start = 0; start < userCount && report.error.isEmpty(); start += m_options.batchRows) {
            const int end = std::min(userCount, start + m_options.batchRows);
            report.error = errorOf(database.runBlocking([&](QSqlDatabase &db) {
                server::Transaction transaction(db);
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
                    insert.bindValue(6, life.now - threeYears - text.uniform(0, 1'000'000'000));
                    insert.bindValue(7, !agent && text.uniform(0, 9) < 6 ? text.phone() : QString(u""_s));
                    if (!server::exec(insert))
                        return failed(u"Inserting users failed."_s);
                    const qint64 id = insert.lastInsertId().toLongLong();
                    if (agent)
                        agents.push_back({id, first + u' ' + last});
                    else
                        customerIds.push_back(id);
                }
                // Each agent knows one to three categories (automatic assignment by skill).
                QSqlQuery skill =
                    server::prepare(db, u"INSERT OR IGNORE INTO agent_skills (agent_id, category_id) VALUES (?, ?)"_s);
                for (int i = std::max(start, m_options.customers); i < end && !categoryIds.empty(); ++i) {
                    const int skills = text.uniform(1, 3);
                    for (int s = 0; s < skills; ++s) {
                        skill.bindValue(0, agents[size_t(i - m_options.customers)].id);
                        skill.bindValue(1, categoryIds[size_t(text.uniform(0, int(categoryIds.size()) - 1))]);
                        if (!server::exec(skill))
                            return failed(u"Inserting agent skills failed."_s);
                    }
                }
                return transaction.commit() ? succeeded() : failed(u"Commit failed."_s);
            }));
            report.users += end - start;
        }
        report.userSeconds = phase.nsecsElapsed() / 1e9;
        if (report.error.isEmpty() && customerIds.empty())
            report.error = u"Tickets need at least one customer."_s;
        if (!report.error.isEmpty())
            return report;

        // 4. Tickets and everything that happened to them, appended in bulk.
        report.error = errorOf(database.runBlocking([&](QSqlDatabase &db) {
            QString error;
            auto objects = setAsideIndexesAndFtsTriggers(db, kBulkTables, &error);
            if (!objects)
                return failed(error);
            setAside = std::move(*objects);
            return succeeded();
        }));
        phase.restart();
        QElapsedTimer progress;
        progress.start();
        for (qint64 start = 0; start < m_options.tickets && report.error.isEmpty(); start += m_options.batchRows) {
            const qint64 end = std::min<qint64>(m_options.tickets, start + m_options.batchRows);
            report.error = errorOf(database.runBlocking([&](QSqlDatabase &db) {
                server::Transaction transaction(db);
                TicketWriter writer(db, report);
                for (qint64 i = start; i < end; ++i) {
                    TicketWriter::NewTicket ticket;
                    ticket.customerId = customerIds[size_t(text.uniform(0, int(customerIds.size()) - 1))];
                    ticket.agent = agents.empty() ? nullptr : &agents[size_t(text.uniform(0, int(agents.size()) - 1))];
                    // Older tickets first, so ids grow with time as they do in a live store.
                    ticket.createdAt = life.now - threeYears + threeYears * i / std::max<qint64>(1, m_options.tickets);
                    ticket.subject = text.subject();
                    ticket.description = text.description();
                    // One in ten without a category (raised before categories existed).
                    if (!categoryIds.empty() && text.uniform(0, 9) > 0)
                        ticket.categoryId = categoryIds[size_t(text.uniform(0, int(categoryIds.size()) - 1))];
                    ticket.priority = QString::fromLatin1(drawPriority(text));
                    ticket.preferredContact = QString::fromLatin1(drawContact(text));
                    ticket.contactPhone =
                        ticket.preferredContact == u"phone"_s || text.uniform(0, 4) == 0 ? text.phone() : u""_s;
                    // One in ten raised by an agent on a caller's behalf.
                    if (!agents.empty() && text.uniform(0, 9) == 0)
                        ticket.createdBy = agents[size_t(text.uniform(0, int(agents.size()) - 1))].id;
                    const TicketLife planned = planTicketLife(
                        text, life, ticket.createdAt,
                        domain::priorityFromName(ticket.priority).value_or(domain::TicketPriority::Normal),
                        ticket.customerId, ticket.createdBy, ticket.agent);
                    if (!writer.write(ticket, planned, text))
                        return failed(u"Inserting ticket %1 failed."_s.arg(i + 1));
                    ++report.tickets;
                }
                return transaction.commit() ? succeeded() : failed(u"Commit failed."_s);
            }));
            if (progress.elapsed() > 30'000 || end == m_options.tickets) {
                std::fprintf(stderr, "ccr-bench-seed: %lld tickets, %lld messages, %.0f s\n",
                             static_cast<long long>(report.tickets), static_cast<long long>(report.messages),
                             phase.nsecsElapsed() / 1e9);
                progress.restart();
            }
        }
        report.ticketSeconds = phase.nsecsElapsed() / 1e9;
        if (!report.error.isEmpty())
            return report;

        // 5. Indexes and full-text index in one pass each; the running
        //    rating totals from the ratings themselves.
        phase.restart();
        report.error = errorOf(database.runBlocking([&](QSqlDatabase &db) {
            const QString error = restoreSetAside(db, setAside);
            if (!error.isEmpty())
                return failed(error);
            const bool stats =
                server::exec(db, u"DELETE FROM agent_rating_stats"_s)
                && server::exec(db, u"INSERT INTO agent_rating_stats (agent_id, ratings, score_total) "
                                    "SELECT agent_id, COUNT(*), SUM(score) FROM ratings GROUP BY agent_id"_s);
            return stats ? succeeded() : failed(u"Writing agent_rating_stats failed."_s);
        }));
        report.indexSeconds = phase.nsecsElapsed() / 1e9;
        if (!report.error.isEmpty())
            return report;

        // 6. Checks, then the settings the server expects.
        phase.restart();
        report.error = errorOf(database.runBlocking([&](QSqlDatabase &db) {
            const QString error = m_options.verify ? checkStore(db) : QString();
            if (!error.isEmpty())
                return failed(error);
            const QString left = leaveBulkMode(db);
            return left.isEmpty() ? succeeded() : failed(left);
        }));
        report.checkSeconds = phase.nsecsElapsed() / 1e9;
        if (!report.error.isEmpty())
            return report;
    } // closing the last connection folds the (empty) WAL back and removes it

    // 7. The finished copy replaces the store in one rename.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(storeFile + suffix);
    if (std::rename(QFile::encodeName(workFile).constData(), QFile::encodeName(storeFile).constData()) != 0) {
        report.error = u"Cannot rename %1 to %2."_s.arg(workFile, storeFile);
        return report;
    }
    report.totalSeconds = total.nsecsElapsed() / 1e9;
    return report;
}

} // namespace ccr::bench
