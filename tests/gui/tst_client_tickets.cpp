// Ticket lists and raising tickets through the real client widgets, offscreen,
// against a real ccr-server process (and a real SMTP capture for the mails):
// a customer raises a ticket with every field and sees it change live as the
// admin assigns it and the agent works on it; staff filters, search and
// header sorting narrow and order the list on the server; pages arrive as the
// view scrolls; an agent raises tickets for callers (found by phone, or new).
// Screenshots land in <build>/tests/gui/screenshots/ for a human to look at.
#include <ClientWindow.h>
#include <ServerProcess.h>
#include <SmtpCapture.h>
#include <TestClient.h>

#include <models/TicketFeed.h>
#include <models/TicketListModel.h>
#include <models/TicketQuery.h>
#include <protocol/Messages.h>
#include <ui/NewTicketDialog.h>
#include <ui/RaiseForCallerDialog.h>
#include <ui/TicketFilterBar.h>
#include <ui/TicketsPage.h>

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ccr::client;
using ccr::protocol::Reply;
namespace methods = ccr::protocol::methods;

namespace {

// Fixture accounts for a throwaway server; not credentials of anything real.
const QString kPassword = u"a long password"_s;
const QString kAdminEmail = u"admin@example.com"_s;
const QString kAgentEmail = u"arun@example.com"_s;
const QString kCustomerEmail = u"priya@example.com"_s;
const QString kCustomerPhone = u"+91 98400 12345"_s;
constexpr int kTimeoutMs = 15000;

QString failure(const Reply &reply)
{
    return reply.ok() ? QString() : reply.error->message;
}

// Picks the entry a person would pick by its words.
void choose(QComboBox *box, const QString &text)
{
    QVERIFY2(box, qPrintable(text));
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(box->objectName() + u": no "_s + text));
    box->setCurrentIndex(index);
}

QStringList column(const TicketListModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

} // namespace

class ClientTicketsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestClient> connected()
    {
        auto client = std::make_unique<TestClient>();
        return client->connectTo(m_server->endpoint()) ? std::move(client) : nullptr;
    }

    // A ticket as the customer's own client raises it.
    qint64 raise(const QString &subject, const QString &priority, qint64 categoryId)
    {
        QJsonObject params{
            {u"subject"_s, subject}, {u"description"_s, u"Details follow."_s}, {u"priority"_s, priority}};
        if (categoryId)
            params.insert(u"categoryId"_s, categoryId);
        const Reply reply = m_customer->call(methods::ticketCreate, params);
        if (!reply.ok())
            qWarning() << "ticket.create:" << failure(reply);
        return reply.result[u"ticket"_s][u"id"_s].toInteger();
    }

    // The category of that name: the store may come with it, else the admin adds it.
    qint64 category(const QString &name)
    {
        for (const auto &value : m_admin->call(methods::categoryList).result[u"categories"_s].toArray()) {
            if (value[u"name"_s].toString() == name)
                return value[u"id"_s].toInteger();
        }
        const Reply reply = m_admin->call(methods::categorySave, {{u"name"_s, name}, {u"active"_s, true}});
        if (!reply.ok())
            qWarning() << "category.save:" << failure(reply);
        return reply.result[u"category"_s][u"id"_s].toInteger();
    }

    std::unique_ptr<ClientWindow> loggedIn(const QString &email)
    {
        auto client = std::make_unique<ClientWindow>(m_server->port());
        client->logIn(email, kPassword);
        if (!QTest::qWaitFor([&] { return client->window().panel() && client->window().panel()->isVisible(); },
                             kTimeoutMs))
            return nullptr;
        // The first-use certificate note was covered elsewhere; a user dismisses it.
        client->dismissCertificateNotice();
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        QVERIFY(m_smtp.start());
        QStringList arguments = m_smtp.serverArguments();
        arguments << u"--email-confirmation"_s << u"off"_s;
        m_server = std::make_unique<ServerProcess>(arguments);
        QVERIFY(m_server->createAdmin(kAdminEmail, kPassword));
        QVERIFY(m_server->start());
        m_admin = connected();
        QVERIFY(m_admin && m_admin->login(kAdminEmail, kPassword).ok());
        m_internet = category(u"Fibre internet"_s);
        m_billing = category(u"Invoices"_s);
        QVERIFY(m_internet > 0 && m_billing > 0);

        // An agent, invited by the admin, with the code from the mail.
        const Reply invited = m_admin->call(methods::userInvite, {{u"role"_s, u"agent"_s},
                                                                  {u"firstName"_s, u"Arun"_s},
                                                                  {u"lastName"_s, u"Agent"_s},
                                                                  {u"email"_s, kAgentEmail}});
        QVERIFY2(invited.ok(), qPrintable(failure(invited)));
        QVERIFY(QTest::qWaitFor([&] { return !m_smtp.latestCodeFor(kAgentEmail).isEmpty(); }, 10000));
        m_agent = connected();
        const Reply accepted =
            m_agent->call(methods::authAcceptInvitation, {{u"email"_s, kAgentEmail},
                                                          {u"code"_s, m_smtp.latestCodeFor(kAgentEmail)},
                                                          {u"password"_s, kPassword},
                                                          {u"passwordConfirmation"_s, kPassword}});
        QVERIFY2(accepted.ok(), qPrintable(failure(accepted)));
        const Reply agentLogin = m_agent->login(kAgentEmail, kPassword);
        QVERIFY(agentLogin.ok());
        m_agentId = agentLogin.result[u"user"_s][u"id"_s].toInteger();

        m_customer = connected();
        QVERIFY(m_customer->registerCustomer(u"Priya"_s, u"Raman"_s, kCustomerEmail, kPassword).ok());
        QVERIFY(m_customer->login(kCustomerEmail, kPassword).ok());
        QVERIFY(m_customer->call(methods::profileUpdate, {{u"phone"_s, kCustomerPhone}}).ok());
    }

    void customerRaisesTicketAndSeesItChangeLive()
    {
        auto admin = loggedIn(kAdminEmail);
        QVERIFY(admin);
        auto customer = loggedIn(kCustomerEmail);
        QVERIFY(customer);
        TicketListModel *mine = customer->ticketModel();
        TicketListModel *all = admin->ticketModel();
        QVERIFY(mine && all);
        // Customers filter by status and search only.
        QVERIFY(customer->inPanel<QComboBox>(u"statusFilter"_s));
        QVERIFY(customer->inPanel<QLineEdit>(u"searchEdit"_s));
        QVERIFY(!customer->inPanel<QComboBox>(u"priorityFilter"_s));
        QVERIFY(!customer->inPanel<QComboBox>(u"agentFilter"_s));

        QTest::mouseClick(customer->inPanel<QPushButton>(u"newTicketButton"_s), Qt::LeftButton);
        NewTicketDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = customer->window().findChild<NewTicketDialog *>()) && dialog->isVisible());
        auto *categories = dialog->findChild<QComboBox *>(u"categoryCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(categories->findText(u"Fibre internet"_s) >= 0, kTimeoutMs);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subjectEdit"_s), u"Fibre link down since morning"_s);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s), u"The light on the box is red."_s);
        choose(categories, u"Fibre internet"_s);
        choose(dialog->findChild<QComboBox *>(u"priorityCombo"_s), u"High"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"contactPhoneEdit"_s), kCustomerPhone);
        choose(dialog->findChild<QComboBox *>(u"preferredContactCombo"_s), u"Phone"_s);
        customer->screenshot(u"tickets-new-ticket-dialog"_s);
        QVERIFY(dialog->grab().save(QCoreApplication::applicationDirPath()
                                    + u"/screenshots/tickets-new-ticket-form.png"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"raiseTicketButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!customer->window().findChild<NewTicketDialog *>(), kTimeoutMs);

        QTRY_COMPARE_WITH_TIMEOUT(mine->rowCount(), 1, kTimeoutMs);
        const qint64 id = mine->ticketAt(0).id;
        QCOMPARE(mine->index(0, TicketListModel::SubjectColumn).data().toString(), u"Fibre link down since morning"_s);
        QCOMPARE(mine->index(0, TicketListModel::CategoryColumn).data().toString(), u"Fibre internet"_s);
        QCOMPARE(mine->index(0, TicketListModel::PriorityColumn).data().toString(), u"High"_s);
        // Every field reached the server.
        const Reply stored = m_admin->call(methods::ticketGet, {{u"ticketId"_s, id}});
        QVERIFY2(stored.ok(), qPrintable(failure(stored)));
        const QJsonObject ticket = stored.result[u"ticket"_s].toObject();
        QCOMPARE(ticket[u"categoryId"_s].toInteger(), m_internet);
        QCOMPARE(ticket[u"priority"_s].toString(), u"high"_s);
        QCOMPARE(ticket[u"contactPhone"_s].toString(), kCustomerPhone);
        QCOMPARE(ticket[u"preferredContact"_s].toString(), u"phone"_s);

        // The admin's list shows it live, with the customer's name.
        QTRY_VERIFY_WITH_TIMEOUT(all->rowOf(id).has_value(), kTimeoutMs);
        QCOMPARE(all->index(*all->rowOf(id), TicketListModel::CustomerColumn).data().toString(), u"Priya Raman"_s);

        // Assigned and worked on elsewhere: the customer's row follows, in place.
        QSignalSpy reloaded(mine, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(mine, &QAbstractItemModel::rowsInserted);
        const Reply assigned = m_admin->call(methods::ticketAssign, {{u"ticketId"_s, id}, {u"agentId"_s, m_agentId}});
        QVERIFY2(assigned.ok(), qPrintable(failure(assigned)));
        QTRY_COMPARE_WITH_TIMEOUT(mine->index(0, TicketListModel::AgentColumn).data().toString(), u"Arun Agent"_s,
                                  kTimeoutMs);
        QCOMPARE(mine->index(0, TicketListModel::StatusColumn).data().toString(), u"Agent assigned"_s);
        const Reply started =
            m_agent->call(methods::ticketSetStatus, {{u"ticketId"_s, id}, {u"status"_s, u"in_progress"_s}});
        QVERIFY2(started.ok(), qPrintable(failure(started)));
        QTRY_COMPARE_WITH_TIMEOUT(mine->index(0, TicketListModel::StatusColumn).data().toString(), u"In progress"_s,
                                  kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(all->index(*all->rowOf(id), TicketListModel::StatusColumn).data().toString(),
                                  u"In progress"_s, kTimeoutMs);
        QCOMPARE(reloaded.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(mine->rowCount(), 1);
        customer->screenshot(u"tickets-customer-live"_s);

        // The customer's status filter: nothing of theirs is done yet.
        choose(customer->inPanel<QComboBox>(u"statusFilter"_s), u"Done (resolved or closed)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(mine->rowCount(), 0, kTimeoutMs);
        choose(customer->inPanel<QComboBox>(u"statusFilter"_s), u"Active"_s);
        QTRY_COMPARE_WITH_TIMEOUT(mine->rowCount(), 1, kTimeoutMs);
        m_assignedTicket = id;
    }

    void staffFiltersSearchAndSortOnTheServer()
    {
        const qint64 printer = raise(u"Printer jams on every page"_s, u"low"_s, m_billing);
        const qint64 invoice = raise(u"Invoice shows the wrong amount"_s, u"normal"_s, m_billing);
        const qint64 website = raise(u"Website down for everyone"_s, u"urgent"_s, m_internet);
        QVERIFY(printer > 0 && invoice > 0 && website > 0);

        auto admin = loggedIn(kAdminEmail);
        QVERIFY(admin);
        TicketListModel *all = admin->ticketModel();
        QTRY_VERIFY_WITH_TIMEOUT(all->rowOf(website).has_value(), kTimeoutMs);
        auto *priority = admin->inPanel<QComboBox>(u"priorityFilter"_s);
        auto *agentFilter = admin->inPanel<QComboBox>(u"agentFilter"_s);
        auto *categoryFilter = admin->inPanel<QComboBox>(u"categoryFilter"_s);
        auto *search = admin->inPanel<QLineEdit>(u"searchEdit"_s);
        QVERIFY(priority && agentFilter && categoryFilter && search);

        choose(priority, u"Urgent"_s);
        QTRY_COMPARE_WITH_TIMEOUT(column(all, TicketListModel::SubjectColumn),
                                  QStringList{u"Website down for everyone"_s}, kTimeoutMs);
        // Live under a filter: a low one stays out, an urgent one comes in.
        const qint64 low = raise(u"Mouse squeaks"_s, u"low"_s, 0);
        const qint64 urgent = raise(u"Payments failing at checkout"_s, u"urgent"_s, m_billing);
        QTRY_VERIFY_WITH_TIMEOUT(all->rowOf(urgent).has_value(), kTimeoutMs);
        QVERIFY(!all->rowOf(low).has_value());
        QCOMPARE(all->rowCount(), 2);

        choose(priority, u"All priorities"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(categoryFilter->findText(u"Invoices"_s) >= 0, "categories loaded", kTimeoutMs);
        choose(categoryFilter, u"Invoices"_s);
        QTRY_COMPARE_WITH_TIMEOUT(all->rowCount(), 3, kTimeoutMs); // printer, invoice, payments
        // Search waits for a pause in typing, then asks the server.
        QTest::keyClicks(search, u"printer"_s);
        QTRY_COMPARE_WITH_TIMEOUT(column(all, TicketListModel::SubjectColumn),
                                  QStringList{u"Printer jams on every page"_s}, kTimeoutMs);
        QCOMPARE(all->query().search, u"printer"_s);
        admin->screenshot(u"tickets-admin-filtered"_s);
        search->clear();
        choose(categoryFilter, u"All categories"_s);

        choose(agentFilter, u"Unassigned"_s);
        QTRY_VERIFY_WITH_TIMEOUT(all->rowOf(website).has_value() && !all->rowOf(m_assignedTicket).has_value(),
                                 kTimeoutMs);
        choose(agentFilter, u"Any agent"_s);
        QTRY_VERIFY_WITH_TIMEOUT(all->rowOf(m_assignedTicket).has_value(), kTimeoutMs);

        // A header click sorts on the server: most urgent first, then the other way round.
        auto *view = admin->inPanel<QTableView>(u"ticketView"_s);
        QHeaderView *header = view->horizontalHeader();
        const int priorityX = header->sectionViewportPosition(TicketListModel::PriorityColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(priorityX, header->height() / 2));
        QTRY_COMPARE_WITH_TIMEOUT(all->query().sortKey, TicketQuery::SortKey::Priority, kTimeoutMs);
        QVERIFY(all->query().descending);
        QTRY_COMPARE_WITH_TIMEOUT(all->ticketAt(0).priority, ccr::domain::TicketPriority::Urgent, kTimeoutMs);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(priorityX, header->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(!all->query().descending, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(all->ticketAt(0).priority, ccr::domain::TicketPriority::Low, kTimeoutMs);
        QCOMPARE(header->sortIndicatorSection(), int(TicketListModel::PriorityColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        // The order holds for the whole list.
        for (int row = 1; row < all->rowCount(); ++row)
            QVERIFY(all->ticketAt(row - 1).priority <= all->ticketAt(row).priority);
        admin->screenshot(u"tickets-admin-sorted"_s);
    }

    void pagesArriveAsTheViewScrolls()
    {
        for (int i = 0; i < TicketFeed::kPageSize + 20; ++i)
            QVERIFY(raise(u"Bulk ticket %1"_s.arg(i), u"normal"_s, 0) > 0);
        auto admin = loggedIn(kAdminEmail);
        QVERIFY(admin);
        TicketListModel *all = admin->ticketModel();
        QTRY_VERIFY_WITH_TIMEOUT(all->rowCount() >= TicketFeed::kPageSize, kTimeoutMs);
        QVERIFY(all->hasMore() || all->rowCount() > TicketFeed::kPageSize);
        auto *view = admin->inPanel<QTableView>(u"ticketView"_s);
        view->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(all->rowCount() > TicketFeed::kPageSize, kTimeoutMs);
        // No ticket twice, and still newest first across the page boundary.
        QSet<qint64> seen;
        for (int row = 0; row < all->rowCount(); ++row) {
            QVERIFY(!seen.contains(all->ticketAt(row).id));
            seen.insert(all->ticketAt(row).id);
            if (row > 0)
                QVERIFY(all->ticketAt(row - 1).id > all->ticketAt(row).id);
        }
    }

    void agentRaisesTicketsForCallers()
    {
        auto agent = loggedIn(kAgentEmail);
        QVERIFY(agent);
        TicketListModel *list = agent->ticketModel();
        // An agent's day starts on their own queue.
        QVERIFY(agent->inPanel<QToolButton>(u"myQueueButton"_s)->isChecked());
        QCOMPARE(list->query().assignee, TicketQuery::Assignee::Mine);
        QTRY_VERIFY_WITH_TIMEOUT(list->rowOf(m_assignedTicket).has_value(), kTimeoutMs);
        QCOMPARE(list->rowCount(), 1);

        // A caller found by part of their phone number.
        QTest::mouseClick(agent->inPanel<QPushButton>(u"raiseForCallerButton"_s), Qt::LeftButton);
        RaiseForCallerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = agent->window().findChild<RaiseForCallerDialog *>()) && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"customerSearchEdit"_s), u"+91 98400"_s);
        auto *results = dialog->findChild<QListWidget *>(u"customerResults"_s);
        QTRY_COMPARE_WITH_TIMEOUT(results->count(), 1, kTimeoutMs);
        QVERIFY(results->item(0)->text().contains(u"Priya Raman"_s));
        QCOMPARE(results->currentRow(), 0);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"contactPhoneEdit"_s)->text(), kCustomerPhone);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subjectEdit"_s), u"Whole office offline"_s);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s),
                         u"The caller says the network is down since the outage this morning."_s);
        // The priority is suggested from the words and pre-filled.
        auto *suggestion = dialog->findChild<QLabel *>(u"prioritySuggestion"_s);
        QTRY_VERIFY_WITH_TIMEOUT(suggestion->isVisible(), kTimeoutMs);
        QVERIFY2(suggestion->text().startsWith(u"Suggested: "_s), qPrintable(suggestion->text()));
        auto *priority = dialog->findChild<QComboBox *>(u"priorityCombo"_s);
        QVERIFY2(suggestion->text().contains(priority->currentText()), qPrintable(suggestion->text()));
        QVERIFY(dialog->grab().save(QCoreApplication::applicationDirPath()
                                    + u"/screenshots/tickets-raise-for-caller.png"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"raiseTicketButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!agent->window().findChild<RaiseForCallerDialog *>(), kTimeoutMs);
        auto *notice = agent->inPanel<QLabel>(u"ticketsNotice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"raised for Priya Raman"_s), qPrintable(notice->text()));
        // It is the customer's ticket, raised by the agent.
        const Reply theirs = m_customer->call(methods::ticketList, {{u"search"_s, u"office offline"_s}});
        QVERIFY2(theirs.ok(), qPrintable(failure(theirs)));
        QCOMPARE(theirs.result[u"tickets"_s].toArray().size(), 1);
        QCOMPARE(theirs.result[u"tickets"_s][0][u"createdById"_s].toInteger(), m_agentId);

        // "All tickets" shows what is not in the agent's queue.
        QTest::mouseClick(agent->inPanel<QToolButton>(u"allTicketsButton"_s), Qt::LeftButton);
        QCOMPARE(list->query().assignee, TicketQuery::Assignee::Anyone);
        QTRY_COMPARE_WITH_TIMEOUT(list->index(0, TicketListModel::SubjectColumn).data().toString(),
                                  u"Whole office offline"_s, kTimeoutMs);
        agent->screenshot(u"tickets-agent-all"_s);

        // A caller with no account yet: taken down on the spot, mailed a code to claim it.
        QTest::mouseClick(agent->inPanel<QPushButton>(u"raiseForCallerButton"_s), Qt::LeftButton);
        QTRY_VERIFY((dialog = agent->window().findChild<RaiseForCallerDialog *>()) && dialog->isVisible());
        ClientWindow::click(dialog->findChild<QRadioButton *>(u"newCustomerRadio"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newFirstNameEdit"_s), u"Kavya"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newLastNameEdit"_s), u"Iyer"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newEmailEdit"_s), u"kavya@example.com"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newPhoneEdit"_s), u"+91 99000 55555"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subjectEdit"_s), u"Cannot find my bill"_s);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s), u"Asked by phone."_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"contactPhoneEdit"_s)->text(), u"+91 99000 55555"_s);
        // The person's own pick is never overwritten by a later suggestion.
        priority = dialog->findChild<QComboBox *>(u"priorityCombo"_s);
        priority->setFocus();
        // A keyboard choice ("activated"), as a person picks.
        QTest::keyClick(priority, priority->currentIndex() + 1 < priority->count() ? Qt::Key_Down : Qt::Key_Up);
        const QString picked = priority->currentText();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s), u" Urgent, everything is down!"_s);
        suggestion = dialog->findChild<QLabel *>(u"prioritySuggestion"_s);
        QTRY_VERIFY_WITH_TIMEOUT(suggestion->isVisible(), kTimeoutMs);
        // Wait for the answer about the new words, then check nothing moved.
        QTRY_VERIFY_WITH_TIMEOUT(suggestion->text().contains(u"Urgent"_s) || suggestion->text().contains(u"High"_s),
                                 kTimeoutMs);
        QCOMPARE(priority->currentText(), picked);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"raiseTicketButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!agent->window().findChild<RaiseForCallerDialog *>(), kTimeoutMs);
        QVERIFY2(notice->text().contains(u"Kavya Iyer"_s) && notice->text().contains(u"claim"_s),
                 qPrintable(notice->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_smtp.latestCodeFor(u"kavya@example.com"_s).isEmpty(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(list->index(0, TicketListModel::CustomerColumn).data().toString(), u"Kavya Iyer"_s,
                                  kTimeoutMs);
        QCOMPARE(list->index(0, TicketListModel::PriorityColumn).data().toString(), picked);
    }

private:
    SmtpCapture m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_customer;
    qint64 m_agentId = 0;
    qint64 m_internet = 0;
    qint64 m_billing = 0;
    qint64 m_assignedTicket = 0;
};

QTEST_MAIN(ClientTicketsTest)
#include "tst_client_tickets.moc"
