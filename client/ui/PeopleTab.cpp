#include "PeopleTab.h"

#include "BusyIndicator.h"
#include "ErrorText.h"
#include "FieldErrorLabels.h"
#include "InviteDialog.h"
#include "app/Session.h"
#include "models/PeopleModel.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;
using domain::AccountState;
using protocol::Reply;
namespace methods = protocol::methods;

PeopleTab::PeopleTab(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PeopleModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_inviteAgent(new QPushButton(this))
    , m_inviteAdmin(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_deactivate(new QPushButton(this))
    , m_reactivate(new QPushButton(this))
    , m_endSessions(new QPushButton(this))
{
    setObjectName(u"peopleTab"_s);
    m_view->setObjectName(u"peopleView"_s);
    m_status->setObjectName(u"peopleStatus"_s);
    m_inviteAgent->setObjectName(u"inviteAgentButton"_s);
    m_inviteAdmin->setObjectName(u"inviteAdminButton"_s);
    m_approve->setObjectName(u"approveButton"_s);
    m_reject->setObjectName(u"rejectButton"_s);
    m_deactivate->setObjectName(u"deactivateButton"_s);
    m_reactivate->setObjectName(u"reactivateButton"_s);
    m_endSessions->setObjectName(u"endSessionsButton"_s);
    if (const auto &user = session->user())
        m_model->setSelfId(user->id);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->setVisible(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_inviteAgent);
    top->addWidget(m_inviteAdmin);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_approve, m_reject, m_deactivate, m_reactivate, m_endSessions})
        actions->addWidget(button);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_busy);
    layout->addLayout(actions);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &row) {
        m_selectedId = row.isValid() ? m_model->userAt(row.row()).id : 0;
        updateButtons();
    });
    // Upserts may move or replace rows: keep the same person selected.
    retranslate();
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PeopleTab::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { selectUser(m_selectedId); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectUser(m_selectedId); });
    connect(&session->rpc(), &protocol::RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64) {
                if (event == protocol::events::userChanged)
                    m_model->upsert(domain::UserProfile::fromJson(data));
            });
    connect(m_inviteAgent, &QPushButton::clicked, this, [this] { openInviteDialog(domain::Role::Agent); });
    connect(m_inviteAdmin, &QPushButton::clicked, this, [this] { openInviteDialog(domain::Role::Admin); });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (const auto user = selectedUser())
            changeState(methods::userApprove, *user);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        const auto user = selectedUser();
        if (!user)
            return;
        confirmThen(
            tr("Reject %1's request for an agent account? They will not be able to log in.").arg(user->displayName()),
            tr("Reject"), [this, user = *user] { changeState(methods::userReject, user); });
    });
    connect(m_deactivate, &QPushButton::clicked, this, [this] {
        const auto user = selectedUser();
        if (!user)
            return;
        confirmThen(tr("Deactivate %1? They are logged out at once and cannot log in until reactivated.")
                        .arg(user->displayName()),
                    tr("Deactivate"), [this, user = *user] { changeState(methods::userDeactivate, user); });
    });
    connect(m_reactivate, &QPushButton::clicked, this, [this] {
        if (const auto user = selectedUser())
            changeState(methods::userReactivate, *user);
    });
    connect(m_endSessions, &QPushButton::clicked, this, [this] {
        if (const auto user = selectedUser())
            endSessions(*user);
    });
    updateButtons();
}

void PeopleTab::load()
{
    // Not a slot and not awaited: the task runs on its own, guarded by QPointer.
    loadUsers();
}

QCoro::Task<> PeopleTab::loadUsers()
{
    QPointer<PeopleTab> self(this);
    setBusy(true);
    QList<domain::UserProfile> users;
    // Two narrow lists rather than every account: customers are the many.
    for (const auto role : {domain::Role::Agent, domain::Role::Admin}) {
        auto listing = m_session->rpc().call(methods::userList, {{u"role"_s, domain::roleName(role)}});
        const Reply listed = co_await listing;
        if (!self)
            co_return;
        if (!listed.ok()) {
            setBusy(false);
            showStatus(tr("Could not load the people: %1").arg(ErrorText::describe(*listed.error)), true);
            co_return;
        }
        for (const auto &value : listed.result.value(u"users"_s).toArray())
            users.append(domain::UserProfile::fromJson(value.toObject()));
    }
    // Loaded once the event stream is live, the lists are at least as new as
    // any event that came before them, and every later event is newer.
    m_model->setUsers(std::move(users));
    setBusy(false);
}

std::optional<domain::UserProfile> PeopleTab::selectedUser() const
{
    if (const auto row = m_model->rowOf(m_selectedId))
        return m_model->userAt(*row);
    return std::nullopt;
}

void PeopleTab::selectUser(qint64 userId)
{
    if (const auto row = m_model->rowOf(userId))
        m_view->selectRow(*row);
    updateButtons();
}

void PeopleTab::updateButtons()
{
    const auto user = selectedUser();
    // The server refuses changes to one's own account; so do the buttons.
    const bool usable = user && !m_busyNow && user->id != m_model->selfId();
    const auto state = user ? user->state : AccountState::Active;
    m_approve->setEnabled(usable && state == AccountState::Pending);
    m_reject->setEnabled(usable && state == AccountState::Pending);
    m_deactivate->setEnabled(usable && (state == AccountState::Active || state == AccountState::Invited));
    m_reactivate->setEnabled(usable && state == AccountState::Deactivated);
    m_endSessions->setEnabled(usable && (state == AccountState::Active || state == AccountState::Pending));
    m_inviteAgent->setEnabled(!m_busyNow);
    m_inviteAdmin->setEnabled(!m_busyNow);
}

void PeopleTab::openInviteDialog(domain::Role role)
{
    auto *dialog = new InviteDialog(m_session, role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InviteDialog::invited, this, [this](const domain::UserProfile &user) {
        m_model->upsert(user);
        selectUser(user.id);
        showStatus(tr("Invitation sent to %1.").arg(user.email), false);
    });
    dialog->open();
}

void PeopleTab::confirmThen(const QString &question, const QString &confirmText, std::function<void()> action)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Please confirm"), question, QMessageBox::Cancel, this);
    box->setObjectName(u"confirmActionBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(confirmText, QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmActionButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, std::move(action));
    box->open();
}

void PeopleTab::changeState(QString method, const domain::UserProfile &user)
{
    if (m_busyNow)
        return;
    m_status->setVisible(false);
    setBusy(true);
    auto changing = m_session->rpc().call(method, {{u"userId"_s, user.id}});
    QCoro::connect(std::move(changing), this, [this, method, name = user.displayName()](const Reply &reply) {
        onStateChanged(method, name, reply);
    });
}

void PeopleTab::onStateChanged(const QString &method, const QString &name, const Reply &reply)
{
    setBusy(false);
    if (!reply.ok()) {
        showStatus(tr("%1: %2").arg(name, ErrorText::describe(*reply.error)), true);
        return;
    }
    m_model->upsert(domain::UserProfile::fromJson(reply.result.value(u"user"_s).toObject()));
    QString message;
    if (method == methods::userApprove)
        message = tr("%1 is approved and can work on tickets now.").arg(name);
    else if (method == methods::userReject)
        message = tr("%1's request was declined.").arg(name);
    else if (method == methods::userDeactivate)
        message = tr("%1 is deactivated and was logged out.").arg(name);
    else
        message = tr("%1 is active again.").arg(name);
    showStatus(message, false);
}

void PeopleTab::endSessions(const domain::UserProfile &user)
{
    if (m_busyNow)
        return;
    m_status->setVisible(false);
    setBusy(true);
    auto ending = m_session->rpc().call(methods::userEndSessions, {{u"userId"_s, user.id}});
    QCoro::connect(std::move(ending), this, [this, name = user.displayName()](const Reply &reply) {
        setBusy(false);
        if (!reply.ok()) {
            showStatus(tr("%1: %2").arg(name, ErrorText::describe(*reply.error)), true);
            return;
        }
        const int closed = reply.result.value(u"connectionsClosed"_s).toInt();
        showStatus(tr("%1 was logged out (%n open connection(s) closed).", nullptr, closed).arg(name), false);
    });
}

void PeopleTab::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        FieldErrorLabels::paintAsError(m_status);
    else
        m_status->setPalette(palette());
    m_status->setVisible(true);
}

void PeopleTab::setBusy(bool busy)
{
    m_busyNow = busy;
    m_busy->setBusy(busy);
    updateButtons();
}

void PeopleTab::retranslate()
{
    m_heading->setText(tr("Agents and administrators"));
    m_view->setAccessibleName(tr("Agents and administrators"));
    m_inviteAgent->setText(tr("Invite agent…"));
    m_inviteAdmin->setText(tr("Invite admin…"));
    m_approve->setText(tr("Approve"));
    m_reject->setText(tr("Reject…"));
    m_deactivate->setText(tr("Deactivate…"));
    m_reactivate->setText(tr("Reactivate"));
    m_endSessions->setText(tr("End sessions"));
    m_endSessions->setToolTip(tr("Log this person out everywhere; they can log in again."));
}

void PeopleTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ccr::client
