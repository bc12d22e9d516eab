#include "NewTicketDialog.h"

#include "BusyIndicator.h"
#include "FieldErrorLabels.h"
#include "TicketFieldsForm.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;

NewTicketDialog::NewTicketDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_fields(new TicketFieldsForm(session, false, this))
    , m_generalError(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_create(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"newTicketDialog"_s);
    m_generalError->setObjectName(u"newTicketError"_s);
    m_create->setObjectName(u"raiseTicketButton"_s);
    m_create->setDefault(true);

    m_generalError->setWordWrap(true);
    m_generalError->setTextFormat(Qt::PlainText);
    m_generalError->setVisible(false);
    FieldErrorLabels::paintAsError(m_generalError);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addWidget(m_generalError);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    resize(560, 480);
    retranslate();

    // Accept is ours to decide: the dialog closes on the server's answer, not on the click.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewTicketDialog::submit()
{
    if (!m_create->isEnabled())
        return;
    m_generalError->setVisible(false);
    if (!m_fields->validate())
        return;
    setBusy(true);
    auto creating = m_session->rpc().call(protocol::methods::ticketCreate, m_fields->params());
    QCoro::connect(std::move(creating), this, [this](const Reply &reply) { onReply(reply); });
}

void NewTicketDialog::onReply(const Reply &reply)
{
    setBusy(false);
    if (reply.ok()) {
        Q_EMIT ticketCreated(domain::TicketSummary::fromJson(reply.result.value(u"ticket"_s).toObject()));
        accept();
        return;
    }
    const protocol::ApiError &error = *reply.error;
    const auto unplaced = m_fields->showErrors(error);
    if ((error.field.isEmpty() && error.details.isEmpty()) || !unplaced.isEmpty()) {
        m_generalError->setText(tr("The ticket was not raised: %1").arg(error.message));
        m_generalError->setVisible(true);
    }
}

void NewTicketDialog::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    m_fields->setBusy(busy);
    m_create->setEnabled(!busy);
}

void NewTicketDialog::retranslate()
{
    setWindowTitle(tr("New ticket"));
    m_create->setText(tr("Raise ticket"));
}

void NewTicketDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ccr::client
