#include "NewTicketDialog.h"

#include "BusyIndicator.h"
#include "app/Session.h"

#include <protocol/Messages.h>
#include <protocol/Reply.h>
#include <validation/Rules.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ccr::client {

using namespace Qt::StringLiterals;
using protocol::Reply;
namespace field = validation::field;

NewTicketDialog::NewTicketDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_subject(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_generalError(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_create(m_buttons->addButton(tr("Raise ticket"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"newTicketDialog"_s);
    setWindowTitle(tr("New ticket"));
    m_subject->setObjectName(u"subjectEdit"_s);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_generalError->setObjectName(u"newTicketError"_s);
    m_create->setObjectName(u"raiseTicketButton"_s);
    m_create->setDefault(true);

    m_subject->setMaxLength(validation::kMaxSubject);
    m_subject->setPlaceholderText(tr("In a few words, what is wrong?"));
    m_description->setPlaceholderText(tr("What happened, since when, and what you have tried."));
    m_description->setTabChangesFocus(true);
    m_generalError->setWordWrap(true);
    m_generalError->setTextFormat(Qt::PlainText);
    m_generalError->setVisible(false);
    FieldErrorLabels::paintAsError(m_generalError);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Subject"), m_errors.wrap(field::subject, m_subject));
    form->addRow(tr("Description"), m_errors.wrap(field::description, m_description));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    resize(520, 360);

    connect(m_subject, &QLineEdit::textEdited, this, [this] { m_errors.clear(field::subject); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { m_errors.clear(field::description); });
    // Accept is ours to decide: the dialog closes on the server's answer, not on the click.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewTicketDialog::submit()
{
    if (!m_create->isEnabled())
        return;
    m_errors.clear();
    m_generalError->setVisible(false);
    const validation::NewTicket ticket{m_subject->text(), m_description->toPlainText()};
    if (const auto errors = validation::validate(ticket); !errors.isEmpty()) {
        m_errors.show(errors);
        if (QWidget *input = m_errors.firstInputWithError())
            input->setFocus();
        return;
    }
    setBusy(true);
    const QJsonObject params{{field::subject, ticket.subject.trimmed()},
                             {field::description, ticket.description.trimmed()}};
    auto creating = m_session->rpc().call(protocol::methods::ticketCreate, params);
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
    validation::FieldErrors errors = validation::fieldErrorsFromJson(error.details);
    if (errors.isEmpty() && !error.field.isEmpty())
        errors.append({error.field, error.message});
    const auto unplaced = m_errors.show(errors);
    if (errors.isEmpty() || !unplaced.isEmpty()) {
        m_generalError->setText(tr("The ticket was not raised: %1").arg(error.message));
        m_generalError->setVisible(true);
    }
}

void NewTicketDialog::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    m_subject->setEnabled(!busy);
    m_description->setReadOnly(busy);
    m_create->setEnabled(!busy);
}

} // namespace ccr::client
