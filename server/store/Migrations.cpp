#include "Migrations.h"

#include "Sql.h"
#include "Transaction.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

// Ordered, append-only. Each step is the SQLite dialect; the PostgreSQL
// driver (a later issue) adds its own dialect per step here.
struct Migration
{
    int version;
    QStringList sqlite;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1,
         {
             uR"(CREATE TABLE users (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   role TEXT NOT NULL CHECK (role IN ('customer', 'agent', 'admin')),
                   email TEXT NOT NULL UNIQUE,
                   first_name TEXT NOT NULL,
                   last_name TEXT NOT NULL,
                   password_hash TEXT NOT NULL,
                   state TEXT NOT NULL DEFAULT 'active',
                   created_at INTEGER NOT NULL))"_s,
             uR"(CREATE TABLE sessions (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   token_hash TEXT NOT NULL UNIQUE,
                   created_at INTEGER NOT NULL,
                   expires_at INTEGER NOT NULL,
                   revoked INTEGER NOT NULL DEFAULT 0))"_s,
             uR"(CREATE INDEX sessions_user ON sessions (user_id))"_s,
             uR"(CREATE TABLE tickets (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   customer_id INTEGER NOT NULL REFERENCES users(id),
                   assignee_id INTEGER REFERENCES users(id),
                   subject TEXT NOT NULL,
                   description TEXT NOT NULL,
                   status TEXT NOT NULL,
                   created_at INTEGER NOT NULL,
                   updated_at INTEGER NOT NULL))"_s,
             uR"(CREATE INDEX tickets_customer ON tickets (customer_id, id))"_s,
             uR"(CREATE TABLE events (
                   seq INTEGER PRIMARY KEY AUTOINCREMENT,
                   name TEXT NOT NULL,
                   customer_id INTEGER NOT NULL,
                   data TEXT NOT NULL,
                   created_at INTEGER NOT NULL))"_s,
             uR"(CREATE INDEX events_customer ON events (customer_id, seq))"_s,
         }},
        {2,
         {
             // Accounts: confirmation, language for mails, contact details,
             // whether optional notifications are wanted.
             uR"(ALTER TABLE users ADD COLUMN email_confirmed INTEGER NOT NULL DEFAULT 0)"_s,
             uR"(ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en')"_s,
             uR"(ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT '')"_s,
             uR"(ALTER TABLE users ADD COLUMN optional_mail INTEGER NOT NULL DEFAULT 1)"_s,
             uR"(UPDATE users SET email_confirmed = 1 WHERE role <> 'customer')"_s,
             uR"(CREATE TABLE one_time_codes (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   purpose TEXT NOT NULL,
                   code_hash TEXT NOT NULL,
                   expires_at INTEGER NOT NULL,
                   attempts_left INTEGER NOT NULL,
                   used INTEGER NOT NULL DEFAULT 0,
                   created_at INTEGER NOT NULL))"_s,
             uR"(CREATE INDEX one_time_codes_user ON one_time_codes (user_id, purpose))"_s,
             uR"(CREATE TABLE known_clients (
                   user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   client_hash TEXT NOT NULL,
                   first_seen INTEGER NOT NULL,
                   PRIMARY KEY (user_id, client_hash)))"_s,
             // Email: the persistent outbox, written in the transaction of
             // the change that causes the mail.
             uR"(CREATE TABLE outbox (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   to_address TEXT NOT NULL,
                   to_name TEXT NOT NULL,
                   subject TEXT NOT NULL,
                   text_body TEXT NOT NULL,
                   html_body TEXT NOT NULL,
                   message_id TEXT NOT NULL,
                   thread_id TEXT NOT NULL,
                   state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
                   attempts INTEGER NOT NULL DEFAULT 0,
                   next_attempt_at INTEGER NOT NULL,
                   last_error TEXT NOT NULL DEFAULT '',
                   created_at INTEGER NOT NULL,
                   sent_at INTEGER))"_s,
             uR"(CREATE INDEX outbox_due ON outbox (state, next_attempt_at))"_s,
             uR"(CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL))"_s,
         }},
        {3,
         {
             // Every change of a ticket, for its history: who, when, from, to.
             uR"(CREATE TABLE ticket_history (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                   actor_id INTEGER NOT NULL REFERENCES users(id),
                   at INTEGER NOT NULL,
                   kind TEXT NOT NULL CHECK (kind IN ('created', 'status', 'assignee')),
                   from_value TEXT NOT NULL,
                   to_value TEXT NOT NULL))"_s,
             uR"(CREATE INDEX ticket_history_ticket ON ticket_history (ticket_id, id))"_s,
             uR"(INSERT INTO ticket_history (ticket_id, actor_id, at, kind, from_value, to_value)
                   SELECT id, customer_id, created_at, 'created', '', status FROM tickets)"_s,
             uR"(CREATE INDEX tickets_assignee ON tickets (assignee_id, id))"_s,
         }},
        {4,
         {
             // Tickets: category, priority and contact details; who raised it
             // (an agent on a caller's behalf); SLA deadlines and breach marks
             // (bit 1 first response, bit 2 resolution: each notified once).
             uR"(CREATE TABLE categories (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                   active INTEGER NOT NULL DEFAULT 1))"_s,
             uR"(INSERT INTO categories (name) VALUES ('General'), ('Billing'), ('Technical'), ('Delivery'))"_s,
             uR"(ALTER TABLE tickets ADD COLUMN category_id INTEGER REFERENCES categories(id))"_s,
             uR"(ALTER TABLE tickets ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal'
                   CHECK (priority IN ('low', 'normal', 'high', 'urgent')))"_s,
             uR"(ALTER TABLE tickets ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '')"_s,
             uR"(ALTER TABLE tickets ADD COLUMN preferred_contact TEXT NOT NULL DEFAULT 'email'
                   CHECK (preferred_contact IN ('email', 'phone', 'chat')))"_s,
             uR"(ALTER TABLE tickets ADD COLUMN created_by INTEGER REFERENCES users(id))"_s,
             uR"(ALTER TABLE tickets ADD COLUMN first_response_due INTEGER)"_s,
             uR"(ALTER TABLE tickets ADD COLUMN resolution_due INTEGER)"_s,
             uR"(ALTER TABLE tickets ADD COLUMN first_responded_at INTEGER)"_s,
             uR"(ALTER TABLE tickets ADD COLUMN resolved_at INTEGER)"_s,
             uR"(ALTER TABLE tickets ADD COLUMN sla_breached INTEGER NOT NULL DEFAULT 0)"_s,
             uR"(CREATE INDEX tickets_status ON tickets (status, id))"_s,
             uR"(CREATE INDEX tickets_priority ON tickets (priority, id))"_s,
             uR"(CREATE INDEX tickets_category ON tickets (category_id, id))"_s,
             uR"(CREATE INDEX tickets_updated ON tickets (updated_at, id))"_s,
             uR"(CREATE INDEX tickets_resolution_due ON tickets (resolution_due) WHERE resolved_at IS NULL)"_s,
             uR"(CREATE TABLE agent_skills (
                   agent_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
                   PRIMARY KEY (agent_id, category_id)))"_s,
             // Full-text search. External-content FTS5 tables kept by triggers,
             // so the index changes in the same transaction as the row and
             // can never drift from it.
             uR"(CREATE VIRTUAL TABLE tickets_fts USING fts5(
                   subject, description, content='tickets', content_rowid='id', tokenize='unicode61'))"_s,
             uR"(INSERT INTO tickets_fts (rowid, subject, description) SELECT id, subject, description FROM tickets)"_s,
             uR"(CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
                   INSERT INTO tickets_fts (rowid, subject, description) VALUES (new.id, new.subject, new.description);
                 END)"_s,
             uR"(CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN
                   INSERT INTO tickets_fts (tickets_fts, rowid, subject, description)
                     VALUES ('delete', old.id, old.subject, old.description);
                 END)"_s,
             uR"(CREATE TRIGGER tickets_fts_update AFTER UPDATE OF subject, description ON tickets BEGIN
                   INSERT INTO tickets_fts (tickets_fts, rowid, subject, description)
                     VALUES ('delete', old.id, old.subject, old.description);
                   INSERT INTO tickets_fts (rowid, subject, description) VALUES (new.id, new.subject, new.description);
                 END)"_s,
             // Conversation: chat messages and internal notes (kind 'note' is
             // staff only and never leaves the server towards a customer).
             uR"(CREATE TABLE messages (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                   author_id INTEGER NOT NULL REFERENCES users(id),
                   kind TEXT NOT NULL CHECK (kind IN ('chat', 'note')),
                   body TEXT NOT NULL,
                   created_at INTEGER NOT NULL))"_s,
             uR"(CREATE INDEX messages_ticket ON messages (ticket_id, id))"_s,
             uR"(CREATE VIRTUAL TABLE messages_fts USING fts5(
                   body, content='messages', content_rowid='id', tokenize='unicode61'))"_s,
             uR"(CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
                   INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body);
                 END)"_s,
             uR"(CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
                   INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
                 END)"_s,
             // Files by content hash in the data directory; a row per use.
             // message_id stays NULL between a finished upload and its message.
             uR"(CREATE TABLE attachments (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                   message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
                   uploader_id INTEGER NOT NULL REFERENCES users(id),
                   file_name TEXT NOT NULL,
                   mime_type TEXT NOT NULL,
                   size INTEGER NOT NULL,
                   sha256 TEXT NOT NULL,
                   created_at INTEGER NOT NULL))"_s,
             uR"(CREATE INDEX attachments_message ON attachments (message_id))"_s,
             uR"(CREATE INDEX attachments_ticket ON attachments (ticket_id, id))"_s,
             // Read state: the newest message each participant has seen.
             uR"(CREATE TABLE ticket_reads (
                   ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                   user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   last_read_message_id INTEGER NOT NULL,
                   PRIMARY KEY (ticket_id, user_id)))"_s,
             // Canned responses: owner_id NULL means shared with all staff.
             uR"(CREATE TABLE canned_responses (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   owner_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
                   title TEXT NOT NULL,
                   body TEXT NOT NULL,
                   created_at INTEGER NOT NULL,
                   updated_at INTEGER NOT NULL))"_s,
             uR"(CREATE INDEX canned_responses_owner ON canned_responses (owner_id))"_s,
             // Feedback: one rating per ticket; agent_rating_stats is kept in
             // the same transaction so agent statistics are one row read.
             uR"(CREATE TABLE ratings (
                   ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
                   customer_id INTEGER NOT NULL REFERENCES users(id),
                   agent_id INTEGER NOT NULL REFERENCES users(id),
                   score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                   comment TEXT NOT NULL DEFAULT '',
                   created_at INTEGER NOT NULL,
                   updated_at INTEGER NOT NULL))"_s,
             uR"(CREATE INDEX ratings_agent ON ratings (agent_id))"_s,
             uR"(CREATE TABLE agent_rating_stats (
                   agent_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
                   ratings INTEGER NOT NULL DEFAULT 0,
                   score_total INTEGER NOT NULL DEFAULT 0))"_s,
             // Offline chat mail: messages waiting to be batched into one mail
             // per recipient and ticket.
             uR"(CREATE TABLE chat_mail_pending (
                   user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                   ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                   first_message_id INTEGER NOT NULL,
                   due_at INTEGER NOT NULL,
                   PRIMARY KEY (user_id, ticket_id)))"_s,
             uR"(CREATE INDEX chat_mail_pending_due ON chat_mail_pending (due_at))"_s,
         }},
        {5,
         {
             // Finding tickets at a million rows (ticket.list filters and
             // keyset pages): a customer's or an agent's queue by status,
             // newest first, and created-date ranges and sorting.
             uR"(CREATE INDEX tickets_customer_status ON tickets (customer_id, status, id))"_s,
             uR"(CREATE INDEX tickets_assignee_status ON tickets (assignee_id, status, id))"_s,
             uR"(CREATE INDEX tickets_created ON tickets (created_at, id))"_s,
             // customer.search: prefix LIKE on each column uses these
             // (LIKE is case-insensitive, so the indexes are NOCASE).
             uR"(CREATE INDEX users_first_name ON users (first_name COLLATE NOCASE))"_s,
             uR"(CREATE INDEX users_last_name ON users (last_name COLLATE NOCASE))"_s,
             uR"(CREATE INDEX users_email_nocase ON users (email COLLATE NOCASE))"_s,
             uR"(CREATE INDEX users_phone ON users (phone COLLATE NOCASE))"_s,
         }},
        {6,
         {
             // History learns more kinds (priority, category, SLA breaches...)
             // and may be written by the server itself (actor_id NULL: an
             // automatic assignment, a breached target). SQLite cannot alter
             // a CHECK or a NOT NULL, so the table is rebuilt.
             uR"(CREATE TABLE ticket_history_v6 (
                   id INTEGER PRIMARY KEY AUTOINCREMENT,
                   ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                   actor_id INTEGER REFERENCES users(id),
                   at INTEGER NOT NULL,
                   kind TEXT NOT NULL CHECK (kind IN ('created', 'status', 'assignee', 'priority', 'category',
                                                      'contact', 'subject', 'description', 'customer', 'sla')),
                   from_value TEXT NOT NULL,
                   to_value TEXT NOT NULL))"_s,
             uR"(INSERT INTO ticket_history_v6 (id, ticket_id, actor_id, at, kind, from_value, to_value)
                   SELECT id, ticket_id, actor_id, at, kind, from_value, to_value FROM ticket_history)"_s,
             uR"(DROP TABLE ticket_history)"_s,
             uR"(ALTER TABLE ticket_history_v6 RENAME TO ticket_history)"_s,
             uR"(CREATE INDEX ticket_history_ticket ON ticket_history (ticket_id, id))"_s,
             // SLA watcher: each query walks only the tickets still waiting
             // for that target and not yet flagged (partial indexes; the
             // watcher's WHERE repeats these terms exactly).
             uR"(CREATE INDEX tickets_sla_first_response ON tickets (first_response_due)
                   WHERE first_responded_at IS NULL AND (sla_breached & 1) = 0)"_s,
             uR"(CREATE INDEX tickets_sla_resolution ON tickets (resolution_due)
                   WHERE resolved_at IS NULL AND (sla_breached & 2) = 0)"_s,
             // Agent presence as the server last saw it; rows of agents with
             // no live connection say 'offline' (reset at every start).
             uR"(CREATE TABLE agent_presence (
                   agent_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
                   state TEXT NOT NULL CHECK (state IN ('online', 'away', 'offline')),
                   changed_at INTEGER NOT NULL))"_s,
             // Priorities a staff member set or confirmed: the severity
             // classifier's training examples (newest first by labelled_at).
             uR"(CREATE TABLE priority_labels (
                   ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
                   priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
                   labelled_by INTEGER REFERENCES users(id),
                   labelled_at INTEGER NOT NULL))"_s,
             uR"(CREATE INDEX priority_labels_recent ON priority_labels (labelled_at))"_s,
         }},
        {7,
         {
             // Sort keys: every ticket.list sort column gets an index whose
             // order is the list's order, so a page sorted by any column is an
             // index range at a million tickets instead of a full sort
             // (subject: 15 s before). Names shown in the list live in other
             // tables, so their sort keys are copied onto the ticket and kept
             // by triggers in the writing transaction; they cannot drift.
             // The CASE and COALESCE texts must stay identical to the ones in
             // TicketSearch.cpp, or SQLite will not use these indexes.
             uR"(ALTER TABLE tickets ADD COLUMN customer_sort TEXT NOT NULL COLLATE NOCASE DEFAULT '')"_s,
             uR"(ALTER TABLE tickets ADD COLUMN assignee_sort TEXT NOT NULL COLLATE NOCASE DEFAULT '')"_s,
             uR"(ALTER TABLE tickets ADD COLUMN category_sort TEXT NOT NULL COLLATE NOCASE DEFAULT '')"_s,
             uR"(UPDATE tickets SET
                   customer_sort = (SELECT first_name || ' ' || last_name FROM users WHERE id = tickets.customer_id),
                   assignee_sort = COALESCE((SELECT first_name || ' ' || last_name FROM users
                                             WHERE id = tickets.assignee_id), ''),
                   category_sort = COALESCE((SELECT name FROM categories WHERE id = tickets.category_id), ''))"_s,
             uR"(CREATE TRIGGER tickets_sort_insert AFTER INSERT ON tickets BEGIN
                   UPDATE tickets SET
                     customer_sort = (SELECT first_name || ' ' || last_name FROM users WHERE id = new.customer_id),
                     assignee_sort = COALESCE((SELECT first_name || ' ' || last_name FROM users
                                               WHERE id = new.assignee_id), ''),
                     category_sort = COALESCE((SELECT name FROM categories WHERE id = new.category_id), '')
                   WHERE id = new.id;
                 END)"_s,
             uR"(CREATE TRIGGER tickets_sort_customer AFTER UPDATE OF customer_id ON tickets BEGIN
                   UPDATE tickets SET customer_sort = (SELECT first_name || ' ' || last_name FROM users
                                                       WHERE id = new.customer_id)
                   WHERE id = new.id;
                 END)"_s,
             uR"(CREATE TRIGGER tickets_sort_assignee AFTER UPDATE OF assignee_id ON tickets BEGIN
                   UPDATE tickets SET assignee_sort = COALESCE((SELECT first_name || ' ' || last_name FROM users
                                                                WHERE id = new.assignee_id), '')
                   WHERE id = new.id;
                 END)"_s,
             uR"(CREATE TRIGGER tickets_sort_category AFTER UPDATE OF category_id ON tickets BEGIN
                   UPDATE tickets SET category_sort = COALESCE((SELECT name FROM categories
                                                                WHERE id = new.category_id), '')
                   WHERE id = new.id;
                 END)"_s,
             // A renamed person or category re-keys their tickets (a customer's
             // few, an agent's queue, a category's share: rare admin actions).
             uR"(CREATE TRIGGER users_sort_name AFTER UPDATE OF first_name, last_name ON users BEGIN
                   UPDATE tickets SET customer_sort = new.first_name || ' ' || new.last_name
                   WHERE customer_id = new.id;
                   UPDATE tickets SET assignee_sort = new.first_name || ' ' || new.last_name
                   WHERE assignee_id = new.id;
                 END)"_s,
             uR"(CREATE TRIGGER categories_sort_name AFTER UPDATE OF name ON categories BEGIN
                   UPDATE tickets SET category_sort = new.name WHERE category_id = new.id;
                 END)"_s,
             // Keyed by status first: a page is read one status at a time
             // (TicketSearch merges them), so a status filter — the queue
             // views — and the sort order use the same index range.
             // Sorting by status itself or by id uses tickets_status.
             uR"(CREATE INDEX tickets_status_subject ON tickets (status, subject COLLATE NOCASE, id))"_s,
             uR"(CREATE INDEX tickets_status_priority ON tickets (status, (CASE priority WHEN 'low' THEN 0
                   WHEN 'normal' THEN 1 WHEN 'high' THEN 2 ELSE 3 END), id))"_s,
             uR"(CREATE INDEX tickets_status_customer ON tickets (status, customer_sort, id))"_s,
             uR"(CREATE INDEX tickets_status_assignee ON tickets (status, assignee_sort, id))"_s,
             uR"(CREATE INDEX tickets_status_category ON tickets (status, category_sort, id))"_s,
             uR"(CREATE INDEX tickets_status_created ON tickets (status, created_at, id))"_s,
             uR"(CREATE INDEX tickets_status_updated ON tickets (status, updated_at, id))"_s,
             uR"(CREATE INDEX tickets_status_due ON tickets (status, (COALESCE(resolution_due, 9007199254740991)),
                   id))"_s,
         }},
        {8,
         {
             // SLA warnings ("about to breach", tickets/SlaWarnings.h): the
             // moment each target's warning falls due, NULL once it was sent.
             // Open targets of existing tickets get theirs with the same rule
             // as slaWarningAt (a fifth of the target, at least 5 minutes, at
             // most half), counted from creation; the watcher warns at once
             // about those already inside their window.
             uR"(ALTER TABLE tickets ADD COLUMN first_response_warn_at INTEGER)"_s,
             uR"(ALTER TABLE tickets ADD COLUMN resolution_warn_at INTEGER)"_s,
             uR"(UPDATE tickets SET first_response_warn_at = first_response_due
                   - MIN(MAX((first_response_due - created_at) / 5, 300000), (first_response_due - created_at) / 2)
                   WHERE first_response_due IS NOT NULL AND first_responded_at IS NULL
                     AND (sla_breached & 1) = 0 AND status NOT IN ('resolved', 'closed'))"_s,
             uR"(UPDATE tickets SET resolution_warn_at = resolution_due
                   - MIN(MAX((resolution_due - created_at) / 5, 300000), (resolution_due - created_at) / 2)
                   WHERE resolution_due IS NOT NULL AND resolved_at IS NULL AND (sla_breached & 2) = 0)"_s,
             // The watcher's warning queries repeat these terms exactly.
             uR"(CREATE INDEX tickets_sla_first_response_warning ON tickets (first_response_warn_at)
                   WHERE first_response_warn_at IS NOT NULL AND first_responded_at IS NULL)"_s,
             uR"(CREATE INDEX tickets_sla_resolution_warning ON tickets (resolution_warn_at)
                   WHERE resolution_warn_at IS NOT NULL AND resolved_at IS NULL)"_s,
         }},
        {9,
         {
             // Message search in ticket order: the FTS rowid of a message is
             // (ticket_id << 32) | id, so hits come out of the index grouped
             // by ticket, newest ticket first, and a page of tickets is read
             // off the index and stops, as for ticket text (at 5,000,000
             // messages a common word had 240,000 hits to collect first).
             // Message ids stay below 2^32. The view is the external content:
             // FTS5 reads it only to rebuild and to check its integrity.
             uR"(DROP TRIGGER messages_fts_insert)"_s,
             uR"(DROP TRIGGER messages_fts_delete)"_s,
             uR"(DROP TABLE messages_fts)"_s,
             uR"(CREATE VIEW messages_fts_content AS SELECT (ticket_id << 32) | id AS fts_key, body FROM messages)"_s,
             uR"(CREATE VIRTUAL TABLE messages_fts USING fts5(
                   body, content='messages_fts_content', content_rowid='fts_key', tokenize='unicode61'))"_s,
             uR"(INSERT INTO messages_fts (messages_fts) VALUES ('rebuild'))"_s,
             uR"(CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
                   INSERT INTO messages_fts (rowid, body) VALUES ((new.ticket_id << 32) | new.id, new.body);
                 END)"_s,
             uR"(CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
                   INSERT INTO messages_fts (messages_fts, rowid, body)
                     VALUES ('delete', (old.ticket_id << 32) | old.id, old.body);
                 END)"_s,
         }},
        {10,
         {
             // The queue view (statuses and priorities, by id or by last
             // update): a page per status and priority is an exact range.
             uR"(CREATE INDEX tickets_status_priority_updated ON tickets (status, priority, updated_at, id))"_s,
             uR"(CREATE INDEX tickets_status_priority_id ON tickets (status, priority, id))"_s,
         }},
        {11,
         {
             // Finding a caller by the number they read out, in whatever
             // format it was stored ("+91 98450 12345" is found by
             // "98450 12345" or "9845012345"): the digits alone, kept by
             // triggers. A phone holds only digits, spaces and + - ( )
             // (validation/TicketRules.h isValidPhone).
             uR"(ALTER TABLE users ADD COLUMN phone_digits TEXT NOT NULL DEFAULT '')"_s,
             uR"(UPDATE users SET phone_digits = replace(replace(replace(replace(replace(phone, ' ', ''), '+', ''), '-', ''), '(', ''), ')', ''))"_s,
             uR"(CREATE TRIGGER users_phone_digits_insert AFTER INSERT ON users BEGIN
                   UPDATE users SET phone_digits = replace(replace(replace(replace(replace(new.phone, ' ', ''), '+', ''), '-', ''), '(', ''), ')', '') WHERE id = new.id;
                 END)"_s,
             uR"(CREATE TRIGGER users_phone_digits_update AFTER UPDATE OF phone ON users BEGIN
                   UPDATE users SET phone_digits = replace(replace(replace(replace(replace(new.phone, ' ', ''), '+', ''), '-', ''), '(', ''), ')', '') WHERE id = new.id;
                 END)"_s,
         }},
    };
    return steps;
}

int currentVersion(QSqlDatabase &db)
{
    if (!exec(db, u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s))
        return -1;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next())
        return -1;
    return query.value(0).isNull() ? 0 : query.value(0).toInt();
}

} // namespace

int latestSchemaVersion()
{
    return migrations().back().version;
}

QString applyMigrations(QSqlDatabase &db)
{
    const int current = currentVersion(db);
    if (current < 0)
        return u"Cannot read the schema version."_s;
    if (current > latestSchemaVersion())
        return u"The database has schema version %1, newer than this server understands (%2). Upgrade ccr-server."_s
            .arg(current)
            .arg(latestSchemaVersion());
    if (current == latestSchemaVersion())
        return {};

    Transaction transaction(db);
    for (const auto &step : migrations()) {
        if (step.version <= current)
            continue;
        for (const auto &statement : step.sqlite) {
            if (!exec(db, statement))
                return u"Migration to schema version %1 failed."_s.arg(step.version);
        }
        QSqlQuery record = prepare(db, u"INSERT INTO schema_version (version) VALUES (?)"_s);
        record.addBindValue(step.version);
        if (!exec(record))
            return u"Cannot record schema version %1."_s.arg(step.version);
        qCInfo(lcStore) << "migrated store to schema version" << step.version;
    }
    if (!transaction.commit())
        return u"Cannot commit the migrations."_s;
    return {};
}

} // namespace ccr::server
