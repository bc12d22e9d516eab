// Attachments through the real protocol: a file streamed in chunks by a
// customer and read back by an agent byte for byte, content stored once per
// hash, who may download what, the limits, and every bad input refused with
// a typed error, nothing stored and no partial file left in the data
// directory — also when the client vanishes or goes quiet mid-upload.
#include <ServerProcess.h>
#include <TestClient.h>

#include <protocol/Messages.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <vector>

using namespace Qt::StringLiterals;
using namespace ccr::protocol;

namespace {

const QString kPassword = u"correct horse battery"_s;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (auto &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject chunkParams(const QString &uploadId, qint64 offset, const QByteArray &bytes)
{
    return {{u"uploadId"_s, uploadId}, {u"offset"_s, offset}, {u"data"_s, QString::fromLatin1(bytes.toBase64())}};
}

} // namespace

class AttachmentsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_customer;
    std::unique_ptr<TestClient> m_other; // another customer
    qint64 m_ticket = 0;                 // the customer's, for uploads that succeed
    qint64 m_badTicket = 0;              // the customer's, where every upload fails
    qint64 m_otherTicket = 0;            // the other customer's
    qint64 m_closedTicket = 0;           // the customer's, closed
    qint64 m_attachment = 0;             // the customer's finished upload on m_ticket

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server->endpoint()) ? std::move(client) : nullptr;
    }

    std::unique_ptr<TestClient> customer(const QString &first, const QString &email)
    {
        auto client = connected();
        if (!client || !client->registerCustomer(first, u"Tester"_s, email, kPassword).ok()
            || !client->login(email, kPassword).ok())
            return nullptr;
        return client;
    }

    qint64 raiseTicket(TestClient &client, const QString &subject)
    {
        return client.call(methods::ticketCreate, {{u"subject"_s, subject}, {u"description"_s, u"Details."_s}})
            .result[u"ticket"_s][u"id"_s]
            .toInteger();
    }

    TestClient *client(const QString &who) const
    {
        return who == u"customer" ? m_customer.get()
               : who == u"other"  ? m_other.get()
               : who == u"agent"  ? m_agent.get()
                                  : m_admin.get();
    }

    QString attachmentsDir() const { return m_server->dataDir() + u"/attachments"_s; }

    // Stored content, relative to the attachments folder; temporary files apart.
    QStringList storedFiles() const
    {
        QStringList files;
        QDirIterator it(attachmentsDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next().mid(attachmentsDir().size() + 1);
            if (!path.startsWith(u"tmp/"_s))
                files << path;
        }
        files.sort();
        return files;
    }

    QStringList tempFiles() const { return QDir(attachmentsDir() + u"/tmp"_s).entryList(QDir::Files | QDir::Hidden); }

    // Read straight from the store file (WAL lets a second reader in).
    int attachmentRows() const
    {
        int count = -1;
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(m_server->dataDir() + u"/ccr.sqlite"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(u"SELECT COUNT(*) FROM attachments"_s) && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return count;
    }

    bool everyoneGetsPong()
    {
        for (auto *c : {m_admin.get(), m_agent.get(), m_customer.get(), m_other.get()}) {
            if (!c->call(methods::ping).ok())
                return false;
        }
        return true;
    }

    // begin + chunks + finish; the finished attachment's JSON (empty on failure).
    QJsonObject upload(TestClient &client, qint64 ticketId, const QString &fileName, const QByteArray &bytes)
    {
        const Reply begun = client.call(methods::attachmentBegin, {{u"ticketId"_s, ticketId},
                                                                   {u"fileName"_s, fileName},
                                                                   {u"mimeType"_s, u"application/octet-stream"_s},
                                                                   {u"size"_s, bytes.size()}});
        if (!begun.ok()) {
            qWarning() << "begin:" << toString(begun);
            return {};
        }
        const QString uploadId = begun.result[u"uploadId"_s].toString();
        const qint64 chunkSize = begun.result[u"chunkSize"_s].toInteger();
        for (qint64 offset = 0; offset < bytes.size(); offset += chunkSize) {
            const Reply sent =
                client.call(methods::attachmentChunk, chunkParams(uploadId, offset, bytes.mid(offset, chunkSize)));
            if (!sent.ok()
                || sent.result[u"received"_s].toInteger() != std::min<qint64>(offset + chunkSize, bytes.size())) {
                qWarning() << "chunk at" << offset << toString(sent);
                return {};
            }
        }
        const Reply finished =
            client.call(methods::attachmentFinish, {{u"uploadId"_s, uploadId}, {u"sha256"_s, sha256Of(bytes)}});
        if (!finished.ok())
            qWarning() << "finish:" << toString(finished);
        return finished.result[u"attachment"_s].toObject();
    }

    // Every chunk until eof, in pieces of `length`.
    std::optional<QByteArray> download(TestClient &client, qint64 attachmentId, qint64 length, Reply *failure = nullptr)
    {
        QByteArray bytes;
        for (;;) {
            const Reply chunk =
                client.call(methods::attachmentDownload,
                            {{u"attachmentId"_s, attachmentId}, {u"offset"_s, bytes.size()}, {u"length"_s, length}});
            if (!chunk.ok()) {
                if (failure)
                    *failure = chunk;
                return std::nullopt;
            }
            bytes += QByteArray::fromBase64(chunk.result[u"data"_s].toString().toLatin1());
            if (chunk.result[u"eof"_s].toBool())
                return bytes;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->createAdmin(u"admin@example.com"_s, kPassword));
        QVERIFY(m_server->start());
        m_admin = connected();
        QVERIFY(m_admin && m_admin->login(u"admin@example.com"_s, kPassword).ok());

        // An agent who registered and was approved.
        m_agent = connected();
        QVERIFY(m_agent);
        const Reply registered = m_agent->call(methods::authRegisterAgent, {{u"firstName"_s, u"Arun"_s},
                                                                            {u"lastName"_s, u"Agent"_s},
                                                                            {u"email"_s, u"arun@example.com"_s},
                                                                            {u"password"_s, kPassword},
                                                                            {u"passwordConfirmation"_s, kPassword}});
        QVERIFY2(registered.ok(), qPrintable(toString(registered)));
        const qint64 agentId = registered.result[u"user"_s][u"id"_s].toInteger();
        QVERIFY(m_admin->call(methods::userApprove, {{u"userId"_s, agentId}}).ok());
        QVERIFY(m_agent->login(u"arun@example.com"_s, kPassword).ok());

        m_customer = customer(u"Chitra"_s, u"chitra@example.com"_s);
        m_other = customer(u"Dinesh"_s, u"dinesh@example.com"_s);
        QVERIFY(m_customer && m_other);
        m_ticket = raiseTicket(*m_customer, u"Router logs"_s);
        m_badTicket = raiseTicket(*m_customer, u"Nothing sticks here"_s);
        m_otherTicket = raiseTicket(*m_other, u"Someone else's"_s);
        m_closedTicket = raiseTicket(*m_customer, u"Withdrawn"_s);
        QVERIFY(m_ticket > 0 && m_badTicket > 0 && m_otherTicket > 0 && m_closedTicket > 0);
        const Reply closed =
            m_admin->call(methods::ticketSetStatus, {{u"ticketId"_s, m_closedTicket}, {u"status"_s, u"closed"_s}});
        QVERIFY2(closed.ok(), qPrintable(toString(closed)));
    }

    void customerUploadsAndAgentDownloadsByteForByte()
    {
        const QByteArray bytes = randomBytes(700 * 1024 + 123, 42); // three chunks, the last one short
        const QJsonObject attachment = upload(*m_customer, m_ticket, u"modem log (1).bin"_s, bytes);
        QVERIFY(!attachment.isEmpty());
        QCOMPARE(attachment[u"fileName"_s].toString(), u"modem log (1).bin"_s);
        QCOMPARE(attachment[u"mimeType"_s].toString(), u"application/octet-stream"_s);
        QCOMPARE(attachment[u"size"_s].toInteger(), bytes.size());
        m_attachment = attachment[u"id"_s].toInteger();
        QVERIFY(m_attachment > 0);

        // Stored once, named by its hash, with exactly these bytes.
        const QString sha = sha256Of(bytes);
        QCOMPARE(storedFiles(), QStringList{sha.left(2) + u'/' + sha});
        QFile stored(attachmentsDir() + u'/' + sha.left(2) + u'/' + sha);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(stored.readAll() == bytes);
        QCOMPARE(tempFiles(), QStringList());

        // The agent reads it back in the server's chunk size and in odd pieces.
        for (const qint64 length : {qint64(256 * 1024), qint64(100'000)}) {
            Reply failure;
            const auto downloaded = download(*m_agent, m_attachment, length, &failure);
            QVERIFY2(downloaded, qPrintable(toString(failure)));
            QCOMPARE(downloaded->size(), bytes.size());
            QVERIFY2(*downloaded == bytes, "the downloaded bytes differ from the uploaded ones");
        }
        const auto own = download(*m_customer, m_attachment, 256 * 1024);
        QVERIFY(own && *own == bytes);
    }

    void identicalContentIsStoredOnce()
    {
        const QByteArray bytes = randomBytes(300 * 1024, 7);
        const QJsonObject first = upload(*m_customer, m_ticket, u"a.bin"_s, bytes);
        const QJsonObject second = upload(*m_agent, m_ticket, u"copy of a.bin"_s, bytes);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(first[u"id"_s].toInteger() != second[u"id"_s].toInteger()); // two uses ...
        const QString sha = sha256Of(bytes);
        QCOMPARE(storedFiles().count(sha.left(2) + u'/' + sha), 1); // ... one file
        const auto back = download(*m_agent, second[u"id"_s].toInteger(), 256 * 1024);
        QVERIFY(back && *back == bytes);
        QCOMPARE(tempFiles(), QStringList());
    }

    void pipelinedChunksAreWrittenInOrder()
    {
        // Every chunk sent before the first answer arrives.
        const QByteArray bytes = randomBytes(4 * 256 * 1024 - 5, 11);
        const Reply begun = m_customer->call(methods::attachmentBegin, {{u"ticketId"_s, m_ticket},
                                                                        {u"fileName"_s, u"burst.bin"_s},
                                                                        {u"mimeType"_s, u"application/octet-stream"_s},
                                                                        {u"size"_s, bytes.size()}});
        QVERIFY2(begun.ok(), qPrintable(toString(begun)));
        const QString uploadId = begun.result[u"uploadId"_s].toString();
        std::vector<QCoro::Task<Reply>> inFlight;
        for (qint64 offset = 0; offset < bytes.size(); offset += 256 * 1024)
            inFlight.push_back(m_customer->rpc().call(methods::attachmentChunk,
                                                      chunkParams(uploadId, offset, bytes.mid(offset, 256 * 1024))));
        for (auto &task : inFlight) {
            const Reply sent = QCoro::waitFor(std::move(task));
            QVERIFY2(sent.ok(), qPrintable(toString(sent)));
        }
        const Reply finished =
            m_customer->call(methods::attachmentFinish, {{u"uploadId"_s, uploadId}, {u"sha256"_s, sha256Of(bytes)}});
        QVERIFY2(finished.ok(), qPrintable(toString(finished)));
        const auto back = download(*m_agent, finished.result[u"attachment"_s][u"id"_s].toInteger(), 256 * 1024);
        QVERIFY(back && *back == bytes);
    }

    void emptyFileIsAFile()
    {
        const QJsonObject empty = upload(*m_customer, m_ticket, u"empty.txt"_s, {});
        QVERIFY(!empty.isEmpty());
        const Reply read = m_agent->call(methods::attachmentDownload, {{u"attachmentId"_s, empty[u"id"_s]}});
        QVERIFY2(read.ok(), qPrintable(toString(read)));
        QCOMPARE(read.result[u"data"_s].toString(), QString());
        QVERIFY(read.result[u"eof"_s].toBool());
    }

    void whoMayDownload_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>(
            "uploader"); // "customer": m_attachment; else the agent's: unsent, on a chat or a note
        QTest::addColumn<bool>("allowed");
        QTest::newRow("customer, own file") << u"customer"_s << u"customer"_s << true;
        QTest::newRow("agent, customer's file") << u"agent"_s << u"customer"_s << true;
        QTest::newRow("admin, customer's file") << u"admin"_s << u"customer"_s << true;
        QTest::newRow("another customer") << u"other"_s << u"customer"_s << false;
        QTest::newRow("customer, agent's unsent file") << u"customer"_s << u"agent"_s << false;
        QTest::newRow("admin, agent's unsent file") << u"admin"_s << u"agent"_s << true;
        QTest::newRow("customer, file on an agent's chat message") << u"customer"_s << u"chat"_s << true;
        QTest::newRow("customer, file on an internal note") << u"customer"_s << u"note"_s << false;
        QTest::newRow("admin, file on a note") << u"admin"_s << u"note"_s << true;
    }

    void whoMayDownload()
    {
        QFETCH(QString, who);
        QFETCH(QString, uploader);
        QFETCH(bool, allowed);
        qint64 id = m_attachment;
        if (uploader != u"customer") {
            const QJsonObject staffFile = upload(*m_agent, m_ticket, u"draft.txt"_s, "from the agent");
            QVERIFY(!staffFile.isEmpty());
            id = staffFile[u"id"_s].toInteger();
        }
        if (uploader == u"chat" || uploader == u"note") { // sent with a message (message.send claims it)
            const Reply sent = m_agent->call(methods::messageSend, {{u"ticketId"_s, m_ticket},
                                                                    {u"kind"_s, uploader},
                                                                    {u"body"_s, u"See the file."_s},
                                                                    {u"attachmentIds"_s, QJsonArray{id}}});
            QVERIFY2(sent.ok(), qPrintable(toString(sent)));
        }
        const Reply reply = client(who)->call(methods::attachmentDownload, {{u"attachmentId"_s, id}});
        QVERIFY2(reply.ok() == allowed, qPrintable(toString(reply)));
        if (!allowed) {
            QCOMPARE(errorCodeName(reply.error->code), errorCodeName(ErrorCode::NotFound));
            QCOMPARE(reply.result, QJsonObject()); // not a byte
        }
    }

    void badInputIsRefusedAndNothingStays_data()
    {
        // Chunk, finish and cancel rows run against a fresh upload of 1000
        // bytes on the customer's ticket, of which `sent` were already sent.
        // "$upload", "$ticket", "$other", "$closed", "$attachment" and
        // "$bigText" (base64 of more than a chunk) are filled in.
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<int>("sent"); // -1: no upload begun
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("field");

        const QString begin = methods::attachmentBegin;
        const auto file = [](const QString &name, const QString &type = u"text/plain"_s, qint64 size = 10) {
            return QJsonObject{
                {u"ticketId"_s, u"$ticket"_s}, {u"fileName"_s, name}, {u"mimeType"_s, type}, {u"size"_s, size}};
        };
        const auto bad = ErrorCode::ValidationFailed;
        QTest::newRow("no ticket") << u"customer"_s << begin
                                   << QJsonObject{{u"fileName"_s, u"a.txt"_s},
                                                  {u"mimeType"_s, u"text/plain"_s},
                                                  {u"size"_s, 1}}
                                   << -1 << ErrorCode::InvalidParams << u"ticketId"_s;
        QTest::newRow("slash in name") << u"customer"_s << begin << file(u"../../etc/passwd"_s) << -1 << bad
                                       << u"fileName"_s;
        QTest::newRow("backslash in name")
            << u"customer"_s << begin << file(u"..\\boot.ini"_s) << -1 << bad << u"fileName"_s;
        QTest::newRow("newline in name") << u"customer"_s << begin << file(u"a\nb.txt"_s) << -1 << bad << u"fileName"_s;
        QTest::newRow("NUL in name") << u"customer"_s << begin << file(u"a"_s + QChar(0) + u"b"_s) << -1 << bad
                                     << u"fileName"_s;
        QTest::newRow("bidi override in name")
            << u"customer"_s << begin << file(u"invoice\u202Etxt.exe"_s) << -1 << bad << u"fileName"_s;
        QTest::newRow("empty name") << u"customer"_s << begin << file(QString()) << -1 << bad << u"fileName"_s;
        QTest::newRow("dot") << u"customer"_s << begin << file(u"."_s) << -1 << bad << u"fileName"_s;
        QTest::newRow("dot dot") << u"customer"_s << begin << file(u".."_s) << -1 << bad << u"fileName"_s;
        QTest::newRow("name of 256 bytes")
            << u"customer"_s << begin << file(QString(128, u'é')) << -1 << bad << u"fileName"_s;
        QTest::newRow("type without subtype")
            << u"customer"_s << begin << file(u"a.png"_s, u"image"_s) << -1 << bad << u"mimeType"_s;
        QTest::newRow("type with parameters")
            << u"customer"_s << begin << file(u"a.txt"_s, u"text/plain; charset=utf-8"_s) << -1 << bad << u"mimeType"_s;
        QTest::newRow("over the size limit")
            << u"customer"_s << begin << file(u"big.iso"_s, u"application/x-iso9660-image"_s, 10 * 1024 * 1024 + 1)
            << -1 << ErrorCode::LimitExceeded << u"size"_s;
        QTest::newRow("negative size") << u"customer"_s << begin << file(u"a.txt"_s, u"text/plain"_s, -1) << -1
                                       << ErrorCode::InvalidParams << u"size"_s;
        QJsonObject othersTicket = file(u"a.txt"_s);
        othersTicket[u"ticketId"_s] = u"$other"_s;
        QTest::newRow("another customer's ticket")
            << u"customer"_s << begin << othersTicket << -1 << ErrorCode::NotFound << u"ticketId"_s;
        QJsonObject noTicket = file(u"a.txt"_s);
        noTicket[u"ticketId"_s] = 999999;
        QTest::newRow("no such ticket") << u"agent"_s << begin << noTicket << -1 << ErrorCode::NotFound
                                        << u"ticketId"_s;
        QJsonObject closed = file(u"a.txt"_s);
        closed[u"ticketId"_s] = u"$closed"_s;
        QTest::newRow("closed ticket") << u"customer"_s << begin << closed << -1 << ErrorCode::TicketClosed
                                       << u"ticketId"_s;

        const QString chunk = methods::attachmentChunk;
        const QString tenBytes = QString::fromLatin1(QByteArray(10, 'x').toBase64());
        const auto piece = [&](qint64 offset, const QString &data) {
            return QJsonObject{{u"uploadId"_s, u"$upload"_s}, {u"offset"_s, offset}, {u"data"_s, data}};
        };
        QTest::newRow("offset behind") << u"customer"_s << chunk << piece(50, tenBytes) << 100
                                       << ErrorCode::OffsetMismatch << u"offset"_s;
        QTest::newRow("offset ahead") << u"customer"_s << chunk << piece(10, tenBytes) << 0 << ErrorCode::OffsetMismatch
                                      << u"offset"_s;
        QTest::newRow("not base64") << u"customer"_s << chunk << piece(0, u"!!!not base64!!!"_s) << 0
                                    << ErrorCode::InvalidParams << u"data"_s;
        QTest::newRow("no bytes") << u"customer"_s << chunk << piece(0, QString()) << 0 << ErrorCode::InvalidParams
                                  << u"data"_s;
        QTest::newRow("beyond the size announced")
            << u"customer"_s << chunk << piece(995, tenBytes) << 995 << ErrorCode::LimitExceeded << u"data"_s;
        QTest::newRow("chunk larger than chunkSize")
            << u"customer"_s << chunk << piece(0, u"$bigText"_s) << 0 << ErrorCode::LimitExceeded << u"data"_s;
        QTest::newRow("another customer's upload")
            << u"other"_s << chunk << piece(0, tenBytes) << 0 << ErrorCode::NotFound << u"uploadId"_s;
        QTest::newRow("an agent on the customer's upload")
            << u"agent"_s << chunk << piece(0, tenBytes) << 0 << ErrorCode::NotFound << u"uploadId"_s;
        QTest::newRow("unknown upload") << u"customer"_s << chunk
                                        << QJsonObject{{u"uploadId"_s, u"0123456789abcdef"_s},
                                                       {u"offset"_s, 0},
                                                       {u"data"_s, tenBytes}}
                                        << -1 << ErrorCode::NotFound << u"uploadId"_s;

        const QString finish = methods::attachmentFinish;
        const auto done = [](const QString &sha) {
            return QJsonObject{{u"uploadId"_s, u"$upload"_s}, {u"sha256"_s, sha}};
        };
        QTest::newRow("wrong hash") << u"customer"_s << finish << done(sha256Of("something else")) << 1000
                                    << ErrorCode::ChecksumMismatch << u"sha256"_s;
        QTest::newRow("finished too early")
            << u"customer"_s << finish << done(sha256Of("x")) << 500 << bad << u"size"_s;
        QTest::newRow("hash not hex") << u"customer"_s << finish << done(u"xyz"_s) << 1000 << ErrorCode::InvalidParams
                                      << u"sha256"_s;
        QTest::newRow("finishing another's upload")
            << u"other"_s << finish << done(sha256Of("x")) << 1000 << ErrorCode::NotFound << u"uploadId"_s;
        QTest::newRow("cancelling another's upload")
            << u"other"_s << QString(methods::attachmentCancel) << QJsonObject{{u"uploadId"_s, u"$upload"_s}} << 10
            << ErrorCode::NotFound << u"uploadId"_s;

        const QString get = methods::attachmentDownload;
        QTest::newRow("download by another customer")
            << u"other"_s << get << QJsonObject{{u"attachmentId"_s, u"$attachment"_s}} << -1 << ErrorCode::NotFound
            << u"attachmentId"_s;
        QTest::newRow("download of nothing") << u"agent"_s << get << QJsonObject{{u"attachmentId"_s, 999999}} << -1
                                             << ErrorCode::NotFound << u"attachmentId"_s;
        QTest::newRow("download length 0")
            << u"agent"_s << get << QJsonObject{{u"attachmentId"_s, u"$attachment"_s}, {u"length"_s, 0}} << -1
            << ErrorCode::InvalidParams << u"length"_s;
        QTest::newRow("download more than a chunk")
            << u"agent"_s << get << QJsonObject{{u"attachmentId"_s, u"$attachment"_s}, {u"length"_s, 256 * 1024 + 1}}
            << -1 << ErrorCode::InvalidParams << u"length"_s;
        QTest::newRow("download beyond the end")
            << u"agent"_s << get << QJsonObject{{u"attachmentId"_s, u"$attachment"_s}, {u"offset"_s, 10'000'000}} << -1
            << ErrorCode::InvalidParams << u"offset"_s;
    }

    void badInputIsRefusedAndNothingStays()
    {
        QFETCH(QString, who);
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(int, sent);
        QFETCH(ErrorCode, code);
        QFETCH(QString, field);
        QVERIFY(m_attachment > 0); // from the first test
        const QStringList filesBefore = storedFiles();
        const int rowsBefore = attachmentRows();
        QVERIFY(rowsBefore > 0);

        const QByteArray content = randomBytes(1000, 99);
        QString uploadId;
        if (sent >= 0) {
            const Reply begun = m_customer->call(methods::attachmentBegin, {{u"ticketId"_s, m_badTicket},
                                                                            {u"fileName"_s, u"part.bin"_s},
                                                                            {u"mimeType"_s, u"application/zip"_s},
                                                                            {u"size"_s, content.size()}});
            QVERIFY2(begun.ok(), qPrintable(toString(begun)));
            uploadId = begun.result[u"uploadId"_s].toString();
            if (sent > 0)
                QVERIFY(m_customer->call(methods::attachmentChunk, chunkParams(uploadId, 0, content.left(sent))).ok());
        }
        const QHash<QString, QJsonValue> fill = {
            {u"$upload"_s, uploadId},
            {u"$ticket"_s, m_badTicket},
            {u"$other"_s, m_otherTicket},
            {u"$closed"_s, m_closedTicket},
            {u"$attachment"_s, m_attachment},
            {u"$bigText"_s, QString::fromLatin1(QByteArray(256 * 1024 + 3, 'z').toBase64())},
        };
        for (const QString &key : params.keys()) {
            const QJsonValue value = params.value(key);
            if (value.isString() && fill.contains(value.toString()))
                params.insert(key, fill.value(value.toString()));
        }

        const Reply reply = client(who)->call(method, params);
        QVERIFY2(!reply.ok(), qPrintable(toString(reply)));
        QCOMPARE(errorCodeName(reply.error->code), errorCodeName(code));
        QCOMPARE(reply.error->field, field);

        if (!uploadId.isEmpty())
            m_customer->call(methods::attachmentCancel, {{u"uploadId"_s, uploadId}}); // gone already, or now
        QVERIFY(everyoneGetsPong());
        QTRY_COMPARE(tempFiles(), QStringList());
        QCOMPARE(storedFiles(), filesBefore);
        QCOMPARE(attachmentRows(), rowsBefore);
    }

    void aDisconnectMidUploadLeavesNothing()
    {
        auto leaving = connected();
        QVERIFY(leaving && leaving->login(u"chitra@example.com"_s, kPassword).ok());
        const QByteArray bytes = randomBytes(400 * 1024, 3);
        const Reply begun = leaving->call(methods::attachmentBegin, {{u"ticketId"_s, m_badTicket},
                                                                     {u"fileName"_s, u"cut.bin"_s},
                                                                     {u"mimeType"_s, u"application/octet-stream"_s},
                                                                     {u"size"_s, bytes.size()}});
        QVERIFY2(begun.ok(), qPrintable(toString(begun)));
        const QString uploadId = begun.result[u"uploadId"_s].toString();
        QVERIFY(leaving->call(methods::attachmentChunk, chunkParams(uploadId, 0, bytes.left(256 * 1024))).ok());
        QTRY_COMPARE(tempFiles().size(), 1);
        // The same customer on another connection cannot take it over.
        QCOMPARE(m_customer->call(methods::attachmentChunk, chunkParams(uploadId, 256 * 1024, bytes.mid(256 * 1024)))
                     .error->code,
                 ErrorCode::NotFound);

        const QStringList filesBefore = storedFiles();
        const int rowsBefore = attachmentRows();
        leaving.reset(); // the connection drops mid-upload
        QTRY_COMPARE(tempFiles(), QStringList());
        QCOMPARE(storedFiles(), filesBefore);
        QCOMPARE(attachmentRows(), rowsBefore);
        QVERIFY(everyoneGetsPong());
    }

    void limitsOnCountAndConcurrency()
    {
        // At most 5 files wait for one message (per person and ticket) ...
        const qint64 ticket = raiseTicket(*m_customer, u"Many screenshots"_s);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!upload(*m_customer, ticket, u"shot %1.png"_s.arg(i), QByteArray::number(i)).isEmpty());
        const Reply sixth = m_customer->call(methods::attachmentBegin, {{u"ticketId"_s, ticket},
                                                                        {u"fileName"_s, u"shot 6.png"_s},
                                                                        {u"mimeType"_s, u"image/png"_s},
                                                                        {u"size"_s, 1}});
        QVERIFY(!sixth.ok());
        QCOMPARE(errorCodeName(sixth.error->code), errorCodeName(ErrorCode::LimitExceeded));
        QCOMPARE(sixth.error->field, u"ticketId"_s);
        // ... which is per person: the agent may still attach to it.
        QVERIFY(!upload(*m_agent, ticket, u"answer.txt"_s, "ok").isEmpty());

        // At most 4 uploads in progress on one connection.
        QStringList open;
        for (int i = 0; i < 4; ++i) {
            const Reply begun = m_agent->call(methods::attachmentBegin, {{u"ticketId"_s, m_otherTicket},
                                                                         {u"fileName"_s, u"f%1"_s.arg(i)},
                                                                         {u"mimeType"_s, u"text/plain"_s},
                                                                         {u"size"_s, 5}});
            QVERIFY2(begun.ok(), qPrintable(toString(begun)));
            open << begun.result[u"uploadId"_s].toString();
        }
        const Reply fifth = m_agent->call(methods::attachmentBegin, {{u"ticketId"_s, m_otherTicket},
                                                                     {u"fileName"_s, u"f5"_s},
                                                                     {u"mimeType"_s, u"text/plain"_s},
                                                                     {u"size"_s, 5}});
        QVERIFY(!fifth.ok());
        QCOMPARE(errorCodeName(fifth.error->code), errorCodeName(ErrorCode::LimitExceeded));
        for (const auto &id : open)
            QVERIFY(m_agent->call(methods::attachmentCancel, {{u"uploadId"_s, id}}).ok());
        QVERIFY(m_agent->call(methods::attachmentCancel, {{u"uploadId"_s, open.first()}}).error->code
                == ErrorCode::NotFound); // cancelled means gone
    }

    void aQuietUploadIsAbandoned()
    {
        ServerProcess quick({u"--attachment-idle-ms"_s, u"300"_s});
        QVERIFY(quick.start());
        TestClient client;
        QVERIFY(client.connectTo(quick.endpoint()));
        QVERIFY(client.registerCustomer(u"Quinn"_s, u"Quiet"_s, u"quinn@example.com"_s, kPassword).ok());
        QVERIFY(client.login(u"quinn@example.com"_s, kPassword).ok());
        const qint64 ticket = raiseTicket(client, u"Slow upload"_s);
        const Reply begun = client.call(methods::attachmentBegin, {{u"ticketId"_s, ticket},
                                                                   {u"fileName"_s, u"slow.bin"_s},
                                                                   {u"mimeType"_s, u"application/octet-stream"_s},
                                                                   {u"size"_s, 20}});
        QVERIFY2(begun.ok(), qPrintable(toString(begun)));
        const QString uploadId = begun.result[u"uploadId"_s].toString();
        QVERIFY(client.call(methods::attachmentChunk, chunkParams(uploadId, 0, "0123456789")).ok());
        const QDir temp(quick.dataDir() + u"/attachments/tmp"_s);
        QTRY_COMPARE(temp.entryList(QDir::Files).size(), 0); // removed once quiet for too long
        const Reply late = client.call(methods::attachmentChunk, chunkParams(uploadId, 10, "0123456789"));
        QVERIFY(!late.ok());
        QCOMPARE(errorCodeName(late.error->code), errorCodeName(ErrorCode::NotFound));
        QVERIFY(client.call(methods::ping).ok());
    }

    void whatACrashLeavesIsRemovedAtStart()
    {
        ServerProcess crashing;
        QVERIFY(crashing.start());
        TestClient client;
        QVERIFY(client.connectTo(crashing.endpoint()));
        QVERIFY(client.registerCustomer(u"Kiran"_s, u"Killed"_s, u"kiran@example.com"_s, kPassword).ok());
        QVERIFY(client.login(u"kiran@example.com"_s, kPassword).ok());
        const qint64 ticket = raiseTicket(client, u"Interrupted upload"_s);
        const QString uploadId = client
                                     .call(methods::attachmentBegin, {{u"ticketId"_s, ticket},
                                                                      {u"fileName"_s, u"killed.bin"_s},
                                                                      {u"mimeType"_s, u"application/octet-stream"_s},
                                                                      {u"size"_s, 20}})
                                     .result[u"uploadId"_s]
                                     .toString();
        QVERIFY(client.call(methods::attachmentChunk, chunkParams(uploadId, 0, "0123456789")).ok());
        crashing.kill();
        const QDir temp(crashing.dataDir() + u"/attachments/tmp"_s);
        QCOMPARE(temp.entryList(QDir::Files).size(), 1); // nobody could clean up
        QVERIFY(crashing.start());
        QCOMPARE(temp.entryList(QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(AttachmentsTest)
#include "tst_attachments.moc"
