// The chat model without a server: pages and live messages merged by id in
// id order (never a duplicate, whatever overlaps), notes marked, who read
// what, and who is typing (shown for a few seconds, then gone).
#include <models/ChatModel.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ccr::client::ChatMessage;
using ccr::client::ChatModel;

namespace {

constexpr qint64 kTicket = 7;
constexpr qint64 kSelf = 100;
constexpr qint64 kOther = 200;

ChatMessage message(qint64 id, qint64 author = kOther, ChatMessage::Kind kind = ChatMessage::Kind::Chat,
                    qint64 ticket = kTicket)
{
    ChatMessage m;
    m.id = id;
    m.ticketId = ticket;
    m.authorId = author;
    m.authorName = author == kSelf ? u"Me Myself"_s : u"Other Person"_s;
    m.kind = kind;
    m.body = u"message %1"_s.arg(id);
    m.createdAt = QDateTime::fromSecsSinceEpoch(1'700'000'000 + id, Qt::UTC);
    return m;
}

QList<ChatMessage> messages(const QList<qint64> &ids)
{
    QList<ChatMessage> list;
    for (const qint64 id : ids)
        list.append(message(id));
    return list;
}

QList<qint64> idsOf(const ChatModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(ChatModel::MessageIdRole).toLongLong());
    return ids;
}

} // namespace

class ChatModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesPagesAndEventsOncePerMessageInOrder_data()
    {
        QTest::addColumn<QList<qint64>>("early");        // events before any page
        QTest::addColumn<QList<QList<qint64>>>("pages"); // then pages in this order (newest first, as sent)
        QTest::addColumn<QList<qint64>>("live");         // then these, as events
        QTest::addColumn<QList<qint64>>("expected");     // rows, oldest first

        QTest::newRow("one page") << QList<qint64>{} << QList<QList<qint64>>{{5, 4, 3}} << QList<qint64>{}
                                  << QList<qint64>{3, 4, 5};
        QTest::newRow("older page goes above") << QList<qint64>{} << QList<QList<qint64>>{{9, 8, 7}, {6, 5, 4}}
                                               << QList<qint64>{} << QList<qint64>{4, 5, 6, 7, 8, 9};
        QTest::newRow("overlapping pages") << QList<qint64>{} << QList<QList<qint64>>{{9, 8, 7}, {8, 7, 6}}
                                           << QList<qint64>{} << QList<qint64>{6, 7, 8, 9};
        QTest::newRow("event before the page that also holds it")
            << QList<qint64>{10} << QList<QList<qint64>>{{10, 9}} << QList<qint64>{} << QList<qint64>{9, 10};
        QTest::newRow("live after page") << QList<qint64>{} << QList<QList<qint64>>{{3, 2}} << QList<qint64>{4, 5}
                                         << QList<qint64>{2, 3, 4, 5};
        QTest::newRow("replayed events after reconnect") << QList<qint64>{} << QList<QList<qint64>>{{3, 2}}
                                                         << QList<qint64>{4, 3, 4, 5, 5} << QList<qint64>{2, 3, 4, 5};
        QTest::newRow("live out of order")
            << QList<qint64>{} << QList<QList<qint64>>{} << QList<qint64>{8, 6, 7} << QList<qint64>{6, 7, 8};
        QTest::newRow("a page with a duplicate in itself")
            << QList<qint64>{} << QList<QList<qint64>>{{4, 4, 3}} << QList<qint64>{} << QList<qint64>{3, 4};
    }

    void mergesPagesAndEventsOncePerMessageInOrder()
    {
        QFETCH(QList<qint64>, early);
        QFETCH(QList<QList<qint64>>, pages);
        QFETCH(QList<qint64>, live);
        QFETCH(QList<qint64>, expected);
        ChatModel model(nullptr, kTicket, kSelf);
        for (const qint64 id : early)
            QVERIFY(model.applyMessage(message(id)));
        for (const auto &page : pages)
            model.applyPage(messages(page), true);
        for (const qint64 id : live)
            model.applyMessage(message(id));
        QCOMPARE(idsOf(model), expected);
    }

    void applyMessageSaysWhetherItWasNew()
    {
        ChatModel model(nullptr, kTicket, kSelf);
        QVERIFY(model.applyMessage(message(1)));
        QVERIFY(!model.applyMessage(message(1)));
        // Another ticket's message is not this conversation's.
        QVERIFY(!model.applyMessage(message(2, kOther, ChatMessage::Kind::Chat, kTicket + 1)));
        model.applyPage({message(3, kOther, ChatMessage::Kind::Chat, kTicket + 1)}, false);
        QCOMPARE(model.rowCount(), 1);
    }

    void marksNotesAndOwnMessages()
    {
        ChatModel model(nullptr, kTicket, kSelf);
        model.applyPage({message(1, kOther), message(2, kSelf, ChatMessage::Kind::Note)}, false);
        QCOMPARE(model.index(0).data(ChatModel::IsNoteRole).toBool(), false);
        QCOMPARE(model.index(0).data(ChatModel::IsOwnRole).toBool(), false);
        QCOMPARE(model.index(1).data(ChatModel::IsNoteRole).toBool(), true);
        QCOMPARE(model.index(1).data(ChatModel::IsOwnRole).toBool(), true);
        QCOMPARE(model.index(1).data(ChatModel::BodyRole).toString(), u"message 2"_s);
        QVERIFY(!model.hasMore());
    }

    void readStateOfOwnMessages_data()
    {
        QTest::addColumn<qint64>("reader");
        QTest::addColumn<qint64>("lastRead");
        QTest::addColumn<QList<bool>>("readRows"); // rows: 1 own, 2 other's, 3 own

        QTest::newRow("other read up to the first") << kOther << qint64(1) << QList<bool>{true, false, false};
        QTest::newRow("other read everything") << kOther << qint64(3) << QList<bool>{true, false, true};
        QTest::newRow("own read marker is no news") << kSelf << qint64(3) << QList<bool>{false, false, false};
        QTest::newRow("nothing read") << kOther << qint64(0) << QList<bool>{false, false, false};
    }

    void readStateOfOwnMessages()
    {
        QFETCH(qint64, reader);
        QFETCH(qint64, lastRead);
        QFETCH(QList<bool>, readRows);
        ChatModel model(nullptr, kTicket, kSelf);
        model.applyPage({message(1, kSelf), message(2, kOther), message(3, kSelf)}, false);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyRead(reader, lastRead);
        QList<bool> read;
        for (int row = 0; row < model.rowCount(); ++row)
            read.append(model.index(row).data(ChatModel::IsReadRole).toBool());
        QCOMPARE(read, readRows);
        QCOMPARE(changed.isEmpty(), readRows == QList<bool>({false, false, false}));
    }

    void readMarkersOnlyMoveForward()
    {
        ChatModel model(nullptr, kTicket, kSelf);
        model.applyPage({message(1, kSelf), message(2, kSelf)}, false);
        model.applyRead(kOther, 2);
        model.applyRead(kOther, 1); // a late, older marker
        QVERIFY(model.index(1).data(ChatModel::IsReadRole).toBool());
    }

    void typingShowsForAWhileThenGoes()
    {
        ChatModel model(nullptr, kTicket, kSelf);
        QSignalSpy changed(&model, &ChatModel::typingChanged);
        model.applyTyping(kSelf, u"Me Myself"_s); // one's own typing is not shown
        QVERIFY(model.typingNames().isEmpty());
        model.applyTyping(kOther, u"Other Person"_s);
        model.applyTyping(kOther, u"Other Person"_s); // renewed, not doubled
        QCOMPARE(model.typingNames(), QStringList{u"Other Person"_s});
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(model.typingNames().isEmpty(), int(ChatModel::kTypingShownFor.count()) * 3);
        QCOMPARE(changed.size(), 2);
    }

    void aMessageEndsItsAuthorsTyping()
    {
        ChatModel model(nullptr, kTicket, kSelf);
        model.applyTyping(kOther, u"Other Person"_s);
        QVERIFY(model.applyMessage(message(1, kOther)));
        QVERIFY(model.typingNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ChatModelTest)
#include "tst_chat_model.moc"
