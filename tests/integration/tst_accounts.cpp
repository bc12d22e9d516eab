// Accounts through the real protocol against a real ccr-server and a real
// SMTP server (aiosmtpd): every code is read out of the captured mail.
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {
const QString kAdmin = u"admin@example.com"_s;
const QString kPassword = u"correct horse battery"_s;

QJsonObject registration(const QString &first, const QString &last, const QString &email, const QString &password,
                         const QString &confirmation)
{
    return {{u"firstName"_s, first},
            {u"lastName"_s, last},
            {u"email"_s, email},
            {u"password"_s, password},
            {u"passwordConfirmation"_s, confirmation}};
}

QJsonObject ticket()
{
    return {{u"subject"_s, u"Bill is wrong"_s}, {u"description"_s, u"Charged twice in November."_s}};
}
} // namespace

class AccountsTest : public QObject
{
    Q_OBJECT

    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        if (!client->connectTo(m_server->endpoint()))
            return nullptr;
        return client;
    }

    std::unique_ptr<TestClient> admin()
    {
        auto client = connected();
        if (!client || !client->login(kAdmin, kPassword).ok())
            return nullptr;
        return client;
    }

    qsizetype mailsTo(const QString &address)
    {
        qsizetype n = 0;
        for (const auto &mail : m_smtp.mails())
            n += mail.envelopeTo == address ? 1 : 0;
        return n;
    }

    bool waitForMailTo(const QString &address, qsizetype count = 1)
    {
        return QTest::qWaitFor([&] { return mailsTo(address) >= count; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_smtp.start());
        m_server =
            std::make_unique<ServerProcess>(m_smtp.serverArguments() + QStringList{u"--code-resend-seconds"_s, u"2"_s});
        QVERIFY(m_server->createAdmin(kAdmin, kPassword));
        QVERIFY(m_server->start());
    }

    void registrationRulesAreEnforcedByTheServer_data()
    {
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("field");
        QTest::addColumn<ErrorCode>("code");
        const QString ok = u"long enough"_s;
        QTest::newRow("short first name") << registration(u"Al"_s, u"B"_s, u"al@example.com"_s, ok, ok)
                                          << u"firstName"_s << ErrorCode::ValidationFailed;
        QTest::newRow("blank last name") << registration(u"Alan"_s, u"  "_s, u"al@example.com"_s, ok, ok)
                                         << u"lastName"_s << ErrorCode::ValidationFailed;
        QTest::newRow("invalid email") << registration(u"Alan"_s, u"B"_s, u"al@"_s, ok, ok) << u"email"_s
                                       << ErrorCode::ValidationFailed;
        QTest::newRow("short password") << registration(u"Alan"_s, u"B"_s, u"al@example.com"_s, u"short"_s, u"short"_s)
                                        << u"password"_s << ErrorCode::ValidationFailed;
        QTest::newRow("passwords differ") << registration(u"Alan"_s, u"B"_s, u"al@example.com"_s, ok, ok + u'!')
                                          << u"passwordConfirmation"_s << ErrorCode::ValidationFailed;
        QTest::newRow("overlong first name") << registration(QString(101, u'a'), u"B"_s, u"al2@example.com"_s, ok, ok)
                                             << u"firstName"_s << ErrorCode::ValidationFailed;
        QTest::newRow("control characters") << registration(u"Al\u0007an"_s, u"B"_s, u"al3@example.com"_s, ok, ok)
                                            << u"firstName"_s << ErrorCode::ValidationFailed;
        QTest::newRow("mixed-case duplicate") << registration(u"Ada"_s, u"Admin"_s, u"ADMIN@Example.com"_s, ok, ok)
                                              << u"email"_s << ErrorCode::EmailTaken;
        QTest::newRow("wrong type") << QJsonObject{{u"firstName"_s, 7}, {u"email"_s, u"al4@example.com"_s}}
                                    << u"firstName"_s << ErrorCode::InvalidParams;
    }

    void registrationRulesAreEnforcedByTheServer()
    {
        QFETCH(QJsonObject, params);
        QFETCH(QString, field);
        QFETCH(ErrorCode, code);
        auto client = connected();
        QVERIFY(client);
        const qsizetype mailsBefore = m_smtp.mails().size();
        const Reply reply = client->call(methods::authRegister, params);
        QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(errorCodeName(reply.error->code), errorCodeName(code));
        QCOMPARE(reply.error->field, field);
        // Nothing stored: the email cannot log in, and no mail went out.
        if (code != ErrorCode::EmailTaken)
            QCOMPARE(client->login(params[u"email"_s].toString(), u"long enough"_s).error->code,
                     ErrorCode::InvalidCredentials);
        QCOMPARE(m_smtp.mails().size(), mailsBefore);
    }

    void customerConfirmsEmailBeforeRaisingTickets()
    {
        const QString email = u"mia@example.com"_s;
        auto mia = connected();
        QVERIFY(mia);
        QVERIFY(mia->call(methods::authRegister, registration(u"Mia"_s, u"Wong"_s, email, kPassword, kPassword)).ok());
        QVERIFY(waitForMailTo(email));
        const QString firstCode = m_smtp.latestCodeFor(email);
        QCOMPARE(firstCode.size(), 6);

        const Reply login = mia->login(email, kPassword);
        QVERIFY2(login.ok(), qPrintable(toString(login)));
        QCOMPARE(login.result[u"user"_s][u"emailConfirmed"_s].toBool(), false);
        QCOMPARE(login.result[u"emailConfirmationRequired"_s].toBool(), true);
        QCOMPARE(mia->call(methods::ticketCreate, ticket()).error->code, ErrorCode::EmailUnconfirmed);

        const QString wrong = firstCode == u"000000"_s ? u"111111"_s : u"000000"_s;
        QCOMPARE(mia->call(methods::authConfirmEmail, {{u"code"_s, wrong}}).error->code, ErrorCode::CodeInvalid);

        // Asking for a new code at once is refused; a little later it works
        // (this test server allows one every 2 s), and replaces the old one.
        QCOMPARE(mia->call(methods::authResendConfirmation).error->code, ErrorCode::RateLimited);
        bool resent = false; // QTRY evaluates once more after success: ask only until it worked
        QTRY_VERIFY_WITH_TIMEOUT(resent || (resent = mia->call(methods::authResendConfirmation).ok()), 5000);
        QVERIFY(waitForMailTo(email, 2));
        const QString secondCode = m_smtp.latestCodeFor(email);
        if (secondCode != firstCode)
            QCOMPARE(mia->call(methods::authConfirmEmail, {{u"code"_s, firstCode}}).error->code,
                     ErrorCode::CodeInvalid);

        const Reply confirmed = mia->call(methods::authConfirmEmail, {{u"code"_s, secondCode}});
        QVERIFY2(confirmed.ok(), qPrintable(toString(confirmed)));
        QCOMPARE(confirmed.result[u"user"_s][u"emailConfirmed"_s].toBool(), true);
        QVERIFY(mia->call(methods::ticketCreate, ticket()).ok());
        // Codes are single use.
        auto other = connected();
        QVERIFY(other->login(email, kPassword).ok());
        QVERIFY(other->call(methods::authConfirmEmail, {{u"code"_s, secondCode}}).ok()); // already confirmed: no-op
    }

    void adminInvitesAgentWhoSetsAPassword()
    {
        const QString email = u"raj@example.com"_s;
        auto boss = admin();
        QVERIFY(boss);
        const Reply invited = boss->call(methods::userInvite, {{u"role"_s, u"agent"_s},
                                                               {u"firstName"_s, u"Raj"_s},
                                                               {u"lastName"_s, u"Kumar"_s},
                                                               {u"email"_s, email},
                                                               {u"language"_s, u"hi"_s}});
        QVERIFY2(invited.ok(), qPrintable(toString(invited)));
        QCOMPARE(invited.result[u"user"_s][u"state"_s].toString(), u"invited"_s);
        QVERIFY(waitForMailTo(email));
        const CapturedMail mail = m_smtp.mails().last();
        QVERIFY2(mail.text.contains(u"नमस्ते Raj Kumar"_s), qPrintable(mail.text)); // in the invitee's language
        const QString code = m_smtp.latestCodeFor(email);

        auto raj = connected();
        QCOMPARE(raj->login(email, kPassword).error->code, ErrorCode::InvalidCredentials); // no password yet
        const QJsonObject accept{
            {u"email"_s, email}, {u"code"_s, code}, {u"password"_s, kPassword}, {u"passwordConfirmation"_s, kPassword}};
        QVERIFY2(raj->call(methods::authAcceptInvitation, accept).ok(), "accepting the invitation");
        QCOMPARE(raj->call(methods::authAcceptInvitation, accept).error->code, ErrorCode::CodeInvalid); // used
        const Reply login = raj->login(email, kPassword);
        QVERIFY2(login.ok(), qPrintable(toString(login)));
        QCOMPARE(login.result[u"user"_s][u"role"_s].toString(), u"agent"_s);
        QVERIFY(raj->call(methods::ticketList).ok());
        QCOMPARE(raj->call(methods::userList).error->code, ErrorCode::Forbidden);

        // Admins can add admins the same way.
        QVERIFY(boss->call(methods::userInvite, {{u"role"_s, u"admin"_s},
                                                 {u"firstName"_s, u"Second"_s},
                                                 {u"lastName"_s, u"Admin"_s},
                                                 {u"email"_s, u"boss2@example.com"_s}})
                    .ok());
        QCOMPARE(boss->call(methods::userInvite, {{u"role"_s, u"customer"_s},
                                                  {u"firstName"_s, u"Cus"_s},
                                                  {u"lastName"_s, u"Tomer"_s},
                                                  {u"email"_s, u"c@example.com"_s}})
                     .error->field,
                 u"role"_s);
    }

    void selfRegisteredAgentWaitsForApproval()
    {
        const QString email = u"lena@example.com"_s;
        auto lena = connected();
        QVERIFY(lena->call(methods::authRegisterAgent, registration(u"Lena"_s, u"Berg"_s, email, kPassword, kPassword))
                    .ok());
        const Reply login = lena->login(email, kPassword);
        QVERIFY2(login.ok(), qPrintable(toString(login)));
        QCOMPARE(login.result[u"user"_s][u"state"_s].toString(), u"pending"_s);
        QCOMPARE(lena->call(methods::ticketList).error->code, ErrorCode::AccountInactive);
        QVERIFY(lena->call(methods::profileGet).ok());
        // The waiting agent may listen, but hears only about its own account.
        const Reply listening = lena->call(methods::eventsSubscribe, {{u"since"_s, 0}});
        QVERIFY2(listening.ok(), qPrintable(toString(listening)));
        lena->events.clear();

        auto boss = admin();
        const Reply pending = boss->call(methods::userList, {{u"state"_s, u"pending"_s}});
        QVERIFY(pending.ok());
        qint64 lenaId = 0;
        for (const auto &user : pending.result[u"users"_s].toArray())
            lenaId = user[u"email"_s].toString() == email ? user[u"id"_s].toInteger() : lenaId;
        QVERIFY(lenaId > 0);
        const Reply approved = boss->call(methods::userApprove, {{u"userId"_s, lenaId}});
        QVERIFY2(approved.ok(), qPrintable(toString(approved)));
        QVERIFY(lena->waitForEvents(1));
        // No ticket or other user leaked. Now an active agent, she may also
        // hear that she is online (presence.changed about herself).
        for (const auto &event : lena->events)
            QCOMPARE(event.data.value(u"agentId"_s).toInteger(event.data[u"id"_s].toInteger()), lenaId);
        QCOMPARE(lena->events.first().name, QString(events::userChanged));
        QCOMPARE(lena->events.first().data[u"state"_s].toString(), u"active"_s);
        // The waiting session works at once, without logging in again.
        QVERIFY(lena->call(methods::ticketList).ok());
        QCOMPARE(boss->call(methods::userApprove, {{u"userId"_s, lenaId}}).error->code, ErrorCode::ValidationFailed);

        // A rejected agent cannot log in.
        auto tom = connected();
        QVERIFY(tom->call(methods::authRegisterAgent,
                          registration(u"Tom"_s, u"Hale"_s, u"tom@example.com"_s, kPassword, kPassword))
                    .ok());
        const qint64 tomId = tom->login(u"tom@example.com"_s, kPassword).result[u"user"_s][u"id"_s].toInteger();
        QVERIFY(boss->call(methods::userReject, {{u"userId"_s, tomId}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(tom->rpc().state(), RpcClient::State::Disconnected, 5000);
        auto again = connected();
        QCOMPARE(again->login(u"tom@example.com"_s, kPassword).error->code, ErrorCode::AccountInactive);
    }

    void deactivationEndsSessionsAtOnce()
    {
        auto boss = admin();
        auto lena = connected();
        const Reply login = lena->login(u"lena@example.com"_s, kPassword);
        QVERIFY2(login.ok(), qPrintable(toString(login)));
        const qint64 lenaId = login.result[u"user"_s][u"id"_s].toInteger();
        const QString token = lena->token;

        QVERIFY(boss->call(methods::userDeactivate, {{u"userId"_s, lenaId}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(lena->rpc().state(), RpcClient::State::Disconnected, 5000);
        auto back = connected();
        QCOMPARE(back->call(methods::authResume, {{u"token"_s, token}}).error->code, ErrorCode::SessionExpired);
        QCOMPARE(back->login(u"lena@example.com"_s, kPassword).error->code, ErrorCode::AccountInactive);
        // Admins cannot lock themselves out.
        const qint64 bossId = boss->call(methods::profileGet).result[u"user"_s][u"id"_s].toInteger();
        QCOMPARE(boss->call(methods::userDeactivate, {{u"userId"_s, bossId}}).error->code, ErrorCode::Forbidden);

        QVERIFY(boss->call(methods::userReactivate, {{u"userId"_s, lenaId}}).ok());
        QVERIFY(back->login(u"lena@example.com"_s, kPassword).ok());
    }

    void adminEndsAllSessionsOfAUser()
    {
        auto boss = admin();
        auto mia = connected();
        QVERIFY(mia->login(u"mia@example.com"_s, kPassword).ok());
        const QString token = mia->token;
        const qint64 miaId = mia->call(methods::profileGet).result[u"user"_s][u"id"_s].toInteger();
        const Reply ended = boss->call(methods::userEndSessions, {{u"userId"_s, miaId}});
        QVERIFY(ended.ok());
        QCOMPARE(ended.result[u"connectionsClosed"_s].toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(mia->rpc().state(), RpcClient::State::Disconnected, 5000);
        auto back = connected();
        QCOMPARE(back->call(methods::authResume, {{u"token"_s, token}}).error->code, ErrorCode::SessionExpired);
    }

    void forgotPasswordNeverRevealsWhoIsRegistered()
    {
        auto anon = connected();
        const qsizetype miaMails = mailsTo(u"mia@example.com"_s);
        const Reply known = anon->call(methods::authRequestPasswordReset, {{u"email"_s, u"Mia@Example.com"_s}});
        const Reply unknown = anon->call(methods::authRequestPasswordReset, {{u"email"_s, u"ghost@example.com"_s}});
        QVERIFY(known.ok() && unknown.ok());
        QCOMPARE(known.result, unknown.result);
        QVERIFY(waitForMailTo(u"mia@example.com"_s, miaMails + 1));
        QCOMPARE(mailsTo(u"ghost@example.com"_s), 0);
        const QString code = m_smtp.latestCodeFor(u"mia@example.com"_s);
        const QString newPassword = u"a brand new password"_s;
        const QJsonObject reset{{u"email"_s, u"mia@example.com"_s},
                                {u"code"_s, code},
                                {u"password"_s, newPassword},
                                {u"passwordConfirmation"_s, newPassword}};
        // The same answer for an unknown email and a wrong code.
        QJsonObject ghost = reset;
        ghost[u"email"_s] = u"ghost@example.com"_s;
        QCOMPARE(anon->call(methods::authResetPassword, ghost).error->code, ErrorCode::CodeInvalid);
        QVERIFY(anon->call(methods::authResetPassword, reset).ok());
        QCOMPARE(anon->call(methods::authResetPassword, reset).error->code, ErrorCode::CodeInvalid); // single use
        QCOMPARE(anon->login(u"mia@example.com"_s, kPassword).error->code, ErrorCode::InvalidCredentials);
        QVERIFY(anon->login(u"mia@example.com"_s, newPassword).ok());
    }

    void wrongCodesAreThrottled()
    {
        auto anon = connected();
        const qsizetype rajMails = mailsTo(u"raj@example.com"_s);
        QVERIFY(anon->call(methods::authRequestPasswordReset, {{u"email"_s, u"raj@example.com"_s}}).ok());
        QVERIFY(waitForMailTo(u"raj@example.com"_s, rajMails + 1));
        const QString code = m_smtp.latestCodeFor(u"raj@example.com"_s);
        QJsonObject attempt{{u"email"_s, u"raj@example.com"_s},
                            {u"code"_s, u"999999"_s},
                            {u"password"_s, u"another password"_s},
                            {u"passwordConfirmation"_s, u"another password"_s}};
        if (code == u"999999"_s)
            attempt[u"code"_s] = u"888888"_s;
        // A few wrong codes are answered as wrong; then the answer is "wait".
        int wrong = 0;
        for (Reply reply = anon->call(methods::authResetPassword, attempt);
             reply.error->code == ErrorCode::CodeInvalid && wrong < 10;
             reply = anon->call(methods::authResetPassword, attempt))
            ++wrong;
        QVERIFY2(wrong >= 1 && wrong <= 4, qPrintable(QString::number(wrong)));
        attempt[u"code"_s] = code; // even the right code must wait now
        const Reply limited = anon->call(methods::authResetPassword, attempt);
        QCOMPARE(limited.error->code, ErrorCode::RateLimited);
        QVERIFY(limited.error->retryAfterSeconds >= 1);
    }

    void failedLoginsAreSlowedThenLocked()
    {
        auto client = connected();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(client->login(u"raj@example.com"_s, u"not my password"_s).error->code,
                     ErrorCode::InvalidCredentials);
        const Reply limited = client->login(u"raj@example.com"_s, kPassword);
        QCOMPARE(limited.error->code, ErrorCode::RateLimited);
        QVERIFY2(!limited.error->message.contains(u"password"_s, Qt::CaseInsensitive),
                 qPrintable(limited.error->message));
    }

    void loginFromANewClientSendsAnAlert()
    {
        const QString email = u"ravi@example.com"_s;
        auto ravi = connected();
        QVERIFY(
            ravi->call(methods::authRegister, registration(u"Ravi"_s, u"Shah"_s, email, kPassword, kPassword)).ok());
        QVERIFY(waitForMailTo(email)); // the confirmation
        const auto login = [&](const QString &clientId) {
            auto c = connected();
            return c->call(methods::authLogin,
                           {{u"email"_s, email}, {u"password"_s, kPassword}, {u"clientId"_s, clientId}});
        };
        QVERIFY(login(u"laptop"_s).ok()); // the first client of an account: no alert
        QVERIFY(login(u"laptop"_s).ok());
        QVERIFY(login(u"phone"_s).ok());
        QVERIFY(waitForMailTo(email, 2));
        QVERIFY(login(u"phone"_s).ok());
        QTest::qWait(1500); // a wrongly sent third mail would arrive within the sender's poll
        QCOMPARE(mailsTo(email), 2);
        QCOMPARE(m_smtp.mails().last().header("subject"), u"New login to your account"_s);
    }

    void profileIsOwnedAndValidated()
    {
        auto ravi = connected();
        QVERIFY(ravi->login(u"ravi@example.com"_s, kPassword).ok());
        // There is no way to name another user: a userId parameter is ignored.
        const Reply own = ravi->call(methods::profileGet, {{u"userId"_s, 1}});
        QCOMPARE(own.result[u"user"_s][u"email"_s].toString(), u"ravi@example.com"_s);

        const Reply bad = ravi->call(methods::profileUpdate, {{u"firstName"_s, u"Ra"_s}, {u"phone"_s, u"call me"_s}});
        QCOMPARE(bad.error->code, ErrorCode::ValidationFailed);
        QCOMPARE(bad.error->details.size(), 2);
        const Reply updated = ravi->call(methods::profileUpdate, {{u"firstName"_s, u"Ravindra"_s},
                                                                  {u"phone"_s, u"+91 44 1234 5678"_s},
                                                                  {u"language"_s, u"ta"_s},
                                                                  {u"optionalMail"_s, false}});
        QVERIFY2(updated.ok(), qPrintable(toString(updated)));
        QCOMPARE(updated.result[u"user"_s][u"firstName"_s].toString(), u"Ravindra"_s);
        QCOMPARE(updated.result[u"optionalMail"_s].toBool(), false);

        const QString newPassword = u"ravi's new password"_s;
        const Reply wrongOld = ravi->call(methods::profileChangePassword, {{u"oldPassword"_s, u"guess guess"_s},
                                                                           {u"password"_s, newPassword},
                                                                           {u"passwordConfirmation"_s, newPassword}});
        QCOMPARE(wrongOld.error->code, ErrorCode::InvalidCredentials);
        QCOMPARE(wrongOld.error->field, u"oldPassword"_s);
        QVERIFY(ravi->call(methods::profileChangePassword, {{u"oldPassword"_s, kPassword},
                                                            {u"password"_s, newPassword},
                                                            {u"passwordConfirmation"_s, newPassword}})
                    .ok());
        auto again = connected();
        QVERIFY(again->login(u"ravi@example.com"_s, newPassword).ok());
    }

    void customersCannotUseAdminMethods()
    {
        auto ravi = connected();
        QVERIFY(ravi->login(u"ravi@example.com"_s, u"ravi's new password"_s).ok());
        for (const auto &method : {methods::userList, methods::userInvite, methods::userApprove,
                                   methods::userDeactivate, methods::userEndSessions})
            QCOMPARE(ravi->call(method, {{u"userId"_s, 1}}).error->code, ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(AccountsTest)
#include "tst_accounts.moc"
