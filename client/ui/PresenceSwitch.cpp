#include "PresenceSwitch.h"

#include "ErrorText.h"
#include "FieldErrorLabels.h"
#include "TicketWords.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace methods = protocol::methods;

namespace {
const QString kOnline = u"online"_s;
const QString kAway = u"away"_s;
} // namespace

PresenceSwitch::PresenceSwitch(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_combo(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"presenceSwitch"_s);
    m_combo->setObjectName(u"presenceCombo"_s);
    m_error->setObjectName(u"presenceError"_s);
    m_combo->addItem(QString(), kOnline);
    m_combo->addItem(QString(), kAway);
    m_combo->setEnabled(false); // until the server has said which
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    FieldErrorLabels::paintAsError(m_error);
    m_label = new QLabel(this);
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, this, &PresenceSwitch::choose);
    connect(&session->rpc(), &protocol::RpcClient::eventReceived, this,
            [this](const QString &event, const QJsonObject &data, qint64) {
                const auto &user = m_session->user();
                if (event == protocol::events::presenceChanged && user
                    && data.value(u"agentId"_s).toInteger() == user->id)
                    show(data.value(u"state"_s).toString());
            });
    retranslate();
}

void PresenceSwitch::retranslate()
{
    m_combo->setAccessibleName(tr("My presence"));
    m_combo->setToolTip(tr("Away: automatic assignment gives you no new tickets."));
    for (int i = 0; i < m_combo->count(); ++i)
        m_combo->setItemText(i, TicketWords::presence(m_combo->itemData(i).toString()));
    m_label->setText(tr("I am"));
    if (!m_unavailable.isEmpty())
        m_error->setText(tr("Presence unavailable"));
}

void PresenceSwitch::load()
{
    fetch();
}

QCoro::Task<> PresenceSwitch::fetch()
{
    QPointer<PresenceSwitch> self(this);
    auto listing = m_session->rpc().call(methods::presenceList);
    const Reply reply = co_await listing;
    if (!self)
        co_return;
    if (!reply.ok()) {
        m_unavailable = reply.error->message;
        m_error->setText(tr("Presence unavailable"));
        m_error->setToolTip(ErrorText::describe(*reply.error));
        m_error->setVisible(true);
        co_return;
    }
    const qint64 ownId = m_session->user() ? m_session->user()->id : 0;
    for (const auto &value : reply.result.value(u"agents"_s).toArray()) {
        if (value[u"id"_s].toInteger() == ownId)
            show(value[u"state"_s].toString());
    }
}

void PresenceSwitch::choose(int index)
{
    const QString wanted = m_combo->itemData(index).toString();
    if (wanted == m_state)
        return;
    m_combo->setEnabled(false);
    auto setting = m_session->rpc().call(methods::presenceSet, {{u"state"_s, wanted}});
    QCoro::connect(std::move(setting), this, [this, wanted](const Reply &reply) {
        m_combo->setEnabled(true);
        if (!reply.ok()) {
            m_error->setText(ErrorText::describe(*reply.error));
            m_error->setVisible(true);
            show(m_state); // back to what is true
            return;
        }
        m_error->setVisible(false);
        m_unavailable.clear();
        show(wanted);
    });
}

void PresenceSwitch::show(const QString &state)
{
    m_state = state;
    const int index = m_combo->findData(state);
    // Offline is what others see while no window is open; this one is open.
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
    m_combo->setEnabled(true);
}

void PresenceSwitch::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ccr::client
