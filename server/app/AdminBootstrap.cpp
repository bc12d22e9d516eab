#include "AdminBootstrap.h"

#include "ServerConfig.h"

#include <security/PasswordHasher.h>
#include <store/Database.h>
#include <store/Migrations.h>
#include <store/Sql.h>
#include <store/Transaction.h>
#include <store/UserRecords.h>
#include <validation/Rules.h>

#include <QDir>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

QString readPassword()
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs("Password for the new admin: ", stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return password;
}

} // namespace

int createAdminFromCommandLine(const ServerConfig &config)
{
    QTextStream err(stderr);
    const QString password = readPassword();
    validation::Registration registration{config.adminFirstName, config.adminLastName, config.createAdminEmail,
                                          password, password};
    if (const auto errors = validation::validate(registration); !errors.isEmpty()) {
        for (const auto &error : errors)
            err << "--"
                << (error.field == u"firstName"  ? u"first-name"_s
                    : error.field == u"lastName" ? u"last-name"_s
                    : error.field == u"email"    ? u"create-admin"_s
                                                 : u"password (stdin)"_s)
                << ": " << error.message << Qt::endl;
        return 2;
    }
    if (!QDir().mkpath(config.dataDir)) {
        err << "Cannot create the data directory " << config.dataDir << Qt::endl;
        return 1;
    }

    PasswordHasher hasher;
    domain::UserProfile admin;
    admin.role = domain::Role::Admin;
    admin.emailConfirmed = true; // the operator vouches for it
    admin.email = validation::normalizedEmail(registration.email);
    admin.firstName = registration.firstName.trimmed();
    admin.lastName = registration.lastName.trimmed();
    const QString hash = hasher.hashBlocking(password);

    Database database(config.databaseFile());
    const Outcome outcome = database.runBlocking([&](QSqlDatabase &db) {
        if (const QString error = applyMigrations(db); !error.isEmpty())
            return Outcome::of(protocol::Reply::failure(protocol::ErrorCode::InternalError, error));
        if (emailExists(db, admin.email))
            return Outcome::of(
                protocol::Reply::failure(protocol::ErrorCode::EmailTaken, u"A user with this email exists already."_s));
        Transaction transaction(db);
        if (hash.isEmpty() || insertUser(db, admin, hash) == 0 || !transaction.commit())
            return Outcome::of(storeFailure());
        return Outcome::of(protocol::Reply::success());
    });
    if (!outcome.reply.ok()) {
        err << outcome.reply.error->message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "Created admin " << admin.email << " in " << config.databaseFile() << Qt::endl;
    return 0;
}

} // namespace ccr::server
