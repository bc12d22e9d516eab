#include "MailTemplates.h"

#include <QRegularExpression>
#include <QStringList>

namespace ccr::server {
namespace {

using namespace Qt::StringLiterals;

struct Template
{
    QString subject;
    QString body; // paragraphs separated by blank lines
};

// Kept in code, not in files an operator could lose: three languages, a
// handful of short texts. {code} and the like are filled at render time.
Template lookup(MailTemplate mail, const QString &language)
{
    if (language == u"ta") {
        switch (mail) {
        case MailTemplate::ConfirmEmail:
            return {u"உங்கள் மின்னஞ்சலை உறுதிப்படுத்தவும்: {code}"_s,
                    u"வணக்கம் {name},\n\nஉங்கள் உறுதிப்படுத்தல் குறியீடு: {code}\n\nஇது {minutes} நிமிடங்களில் காலாவதியாகும்."_s};
        case MailTemplate::PasswordReset:
            return {
                u"கடவுச்சொல் மீட்டமைப்பு குறியீடு: {code}"_s,
                u"வணக்கம் {name},\n\nகடவுச்சொல்லை மீட்டமைக்க இந்தக் குறியீட்டைப் பயன்படுத்தவும்: {code}\n\nஇது {minutes} நிமிடங்களில் காலாவதியாகும். நீங்கள் கேட்கவில்லை என்றால், இந்த மின்னஞ்சலைப் புறக்கணிக்கவும்."_s};
        case MailTemplate::AgentInvitation:
            return {
                u"Customer Care Registry-இல் முகவராகச் சேர அழைப்பு"_s,
                u"வணக்கம் {name},\n\nநீங்கள் முகவராகச் சேர்க்கப்பட்டுள்ளீர்கள். கடவுச்சொல்லை அமைக்க இந்தக் குறியீட்டைப் பயன்படுத்தவும்: {code}\n\nஇது {minutes} நிமிடங்களில் காலாவதியாகும்."_s};
        case MailTemplate::LoginAlert:
            return {
                u"உங்கள் கணக்கில் புதிய உள்நுழைவு"_s,
                u"வணக்கம் {name},\n\n{time} அன்று {address} முகவரியிலிருந்து புதிய சாதனத்தில் உள்நுழைவு நடந்தது.\n\nஇது நீங்கள் இல்லையென்றால், உடனே உங்கள் கடவுச்சொல்லை மாற்றவும்."_s};
        case MailTemplate::TestMail: return {u"சோதனை மின்னஞ்சல்"_s, u"இந்த மின்னஞ்சல் வந்தால், SMTP அமைப்புகள் சரியாக உள்ளன."_s};
        case MailTemplate::TicketAssigned:
            return {u"[#{ticket}] {subject}"_s,
                    u"வணக்கம் {name},\n\nஉங்கள் புகார் #{ticket} \"{subject}\" முகவர் {agent} அவர்களிடம் ஒப்படைக்கப்பட்டுள்ளது."_s};
        case MailTemplate::TicketStatusChanged:
            return {u"[#{ticket}] {subject}"_s, u"வணக்கம் {name},\n\nஉங்கள் புகார் #{ticket} இன் நிலை இப்போது: {status}."_s};
        case MailTemplate::TicketResolved:
            return {
                u"[#{ticket}] {subject}"_s,
                u"வணக்கம் {name},\n\nஉங்கள் புகார் #{ticket} தீர்க்கப்பட்டது. {agent} அவர்களின் சேவையை மதிப்பிட Customer Care Registry-ஐத் திறக்கவும்."_s};
        case MailTemplate::ChatMessages:
            return {
                u"[#{ticket}] {subject}"_s,
                u"வணக்கம் {name},\n\nநீங்கள் இணைப்பில் இல்லாதபோது #{ticket} \"{subject}\" பற்றி வந்த புதிய செய்திகள்:\n\n{messages}\n\nபதிலளிக்க Customer Care Registry-ஐத் திறக்கவும்."_s};
        case MailTemplate::CustomerInvitation:
            return {
                u"Customer Care Registry-இல் உங்களுக்காக ஒரு புகார் பதிவு செய்யப்பட்டது"_s,
                u"வணக்கம் {name},\n\nஎங்கள் முகவர் உங்களுக்காக ஒரு புகாரைப் பதிவு செய்துள்ளார். அதைப் பார்க்கவும் தொடரவும், இந்தக் குறியீட்டைப் பயன்படுத்தி கடவுச்சொல்லை அமைக்கவும்: {code}\n\nஇது {minutes} நிமிடங்களில் காலாவதியாகும்."_s};
        case MailTemplate::SlaFirstResponseBreached:
            return {
                u"[#{ticket}] முதல் பதில் தாமதம்: {subject}"_s,
                u"வணக்கம் {name},\n\nபுகார் #{ticket} \"{subject}\" க்கு இன்னும் முதல் பதில் அளிக்கப்படவில்லை; அது {due} க்குள் அளிக்கப்பட வேண்டியது.\n\nபொறுப்பாளர்: {agent}"_s};
        case MailTemplate::SlaResolutionBreached:
            return {
                u"[#{ticket}] தீர்வு தாமதம்: {subject}"_s,
                u"வணக்கம் {name},\n\nபுகார் #{ticket} \"{subject}\" {due} க்குள் தீர்க்கப்பட்டிருக்க வேண்டும், ஆனால் இன்னும் திறந்தே உள்ளது.\n\nபொறுப்பாளர்: {agent}"_s};
        }
    }
    if (language == u"hi") {
        switch (mail) {
        case MailTemplate::ConfirmEmail:
            return {u"अपना ईमेल पुष्टि करें: {code}"_s,
                    u"नमस्ते {name},\n\nआपका पुष्टि कोड है: {code}\n\nयह {minutes} मिनट में समाप्त हो जाएगा।"_s};
        case MailTemplate::PasswordReset:
            return {
                u"पासवर्ड रीसेट कोड: {code}"_s,
                u"नमस्ते {name},\n\nपासवर्ड रीसेट करने के लिए यह कोड इस्तेमाल करें: {code}\n\nयह {minutes} मिनट में समाप्त हो जाएगा। अगर आपने अनुरोध नहीं किया, तो इस ईमेल को अनदेखा करें।"_s};
        case MailTemplate::AgentInvitation:
            return {
                u"Customer Care Registry में एजेंट के रूप में आमंत्रण"_s,
                u"नमस्ते {name},\n\nआपको एजेंट के रूप में जोड़ा गया है। पासवर्ड सेट करने के लिए यह कोड इस्तेमाल करें: {code}\n\nयह {minutes} मिनट में समाप्त हो जाएगा।"_s};
        case MailTemplate::LoginAlert:
            return {
                u"आपके खाते में नया लॉगिन"_s,
                u"नमस्ते {name},\n\n{time} को {address} से एक नए डिवाइस पर लॉगिन हुआ।\n\nअगर यह आप नहीं थे, तो तुरंत अपना पासवर्ड बदलें।"_s};
        case MailTemplate::TestMail: return {u"परीक्षण ईमेल"_s, u"अगर यह ईमेल पहुँचा है, तो SMTP सेटिंग्स सही हैं।"_s};
        case MailTemplate::TicketAssigned:
            return {u"[#{ticket}] {subject}"_s,
                    u"नमस्ते {name},\n\nआपकी शिकायत #{ticket} \"{subject}\" एजेंट {agent} को सौंपी गई है।"_s};
        case MailTemplate::TicketStatusChanged:
            return {u"[#{ticket}] {subject}"_s, u"नमस्ते {name},\n\nआपकी शिकायत #{ticket} की स्थिति अब है: {status}।"_s};
        case MailTemplate::TicketResolved:
            return {
                u"[#{ticket}] {subject}"_s,
                u"नमस्ते {name},\n\nआपकी शिकायत #{ticket} हल हो गई है। {agent} की सेवा को रेटिंग देने के लिए Customer Care Registry खोलें।"_s};
        case MailTemplate::ChatMessages:
            return {
                u"[#{ticket}] {subject}"_s,
                u"नमस्ते {name},\n\nजब आप ऑनलाइन नहीं थे, #{ticket} \"{subject}\" पर ये नए संदेश आए:\n\n{messages}\n\nजवाब देने के लिए Customer Care Registry खोलें।"_s};
        case MailTemplate::CustomerInvitation:
            return {
                u"Customer Care Registry में आपके लिए एक शिकायत दर्ज की गई"_s,
                u"नमस्ते {name},\n\nहमारे एजेंट ने आपके लिए एक शिकायत दर्ज की है। उसे देखने और आगे बढ़ाने के लिए यह कोड इस्तेमाल करके अपना पासवर्ड सेट करें: {code}\n\nयह {minutes} मिनट में समाप्त हो जाएगा।"_s};
        case MailTemplate::SlaFirstResponseBreached:
            return {
                u"[#{ticket}] पहला जवाब देर से: {subject}"_s,
                u"नमस्ते {name},\n\nशिकायत #{ticket} \"{subject}\" का अभी तक पहला जवाब नहीं दिया गया है; यह {due} तक देना था।\n\nज़िम्मेदार: {agent}"_s};
        case MailTemplate::SlaResolutionBreached:
            return {
                u"[#{ticket}] समाधान देर से: {subject}"_s,
                u"नमस्ते {name},\n\nशिकायत #{ticket} \"{subject}\" को {due} तक हल होना था, लेकिन यह अभी भी खुली है।\n\nज़िम्मेदार: {agent}"_s};
        }
    }
    switch (mail) {
    case MailTemplate::ConfirmEmail:
        return {u"Confirm your email: {code}"_s,
                u"Hello {name},\n\nYour confirmation code is: {code}\n\nIt expires in {minutes} minutes."_s};
    case MailTemplate::PasswordReset:
        return {u"Your password reset code: {code}"_s,
                u"Hello {name},\n\nUse this code to set a new password: {code}\n\nIt expires in {minutes} minutes. "
                "If you did not ask for it, ignore this email."_s};
    case MailTemplate::AgentInvitation:
        return {u"You are invited to Customer Care Registry as an agent"_s,
                u"Hello {name},\n\nAn administrator added you as an agent. Use this code to set your password: "
                "{code}\n\nIt expires in {minutes} minutes."_s};
    case MailTemplate::LoginAlert:
        return {u"New login to your account"_s,
                u"Hello {name},\n\nYour account was used to log in from a new device at {time} from {address}.\n\n"
                "If this was not you, change your password now."_s};
    case MailTemplate::TestMail:
        return {u"Test mail from Customer Care Registry"_s, u"If this mail arrived, the SMTP settings work."_s};
    case MailTemplate::TicketAssigned:
        return {
            u"[#{ticket}] {subject}"_s,
            u"Hello {name},\n\nYour ticket #{ticket} \"{subject}\" is now with {agent}, who will get back to you."_s};
    case MailTemplate::TicketStatusChanged:
        return {u"[#{ticket}] {subject}"_s, u"Hello {name},\n\nYour ticket #{ticket} is now: {status}."_s};
    case MailTemplate::TicketResolved:
        return {u"[#{ticket}] {subject}"_s,
                u"Hello {name},\n\nYour ticket #{ticket} has been resolved. Open Customer Care Registry to rate "
                "how {agent} helped you, or to reopen it if the problem is still there."_s};
    case MailTemplate::ChatMessages:
        return {u"[#{ticket}] {subject}"_s,
                u"Hello {name},\n\nNew messages on #{ticket} \"{subject}\" while you were away:\n\n{messages}\n\n"
                "Open Customer Care Registry to answer."_s};
    case MailTemplate::CustomerInvitation:
        return {u"A support ticket was opened for you at Customer Care Registry"_s,
                u"Hello {name},\n\nOne of our agents opened a support ticket for you. To follow it and write to us, "
                "set a password for your account with this code: {code}\n\nIt expires in {minutes} minutes."_s};
    case MailTemplate::SlaFirstResponseBreached:
        return {u"[#{ticket}] First response overdue: {subject}"_s,
                u"Hello {name},\n\nTicket #{ticket} \"{subject}\" has had no first response yet; it was due by "
                "{due}.\n\nAssigned to: {agent}"_s};
    case MailTemplate::SlaResolutionBreached:
        return {u"[#{ticket}] Resolution overdue: {subject}"_s,
                u"Hello {name},\n\nTicket #{ticket} \"{subject}\" was due to be resolved by {due} and is still "
                "open.\n\nAssigned to: {agent}"_s};
    }
    return {};
}

// One pass over the template: text that came from a value (a chat message
// quoting "{code}", say) is never filled in again.
QString fill(const QString &text, const QHash<QString, QString> &values, bool html)
{
    static const QRegularExpression placeholder(u"\\{([A-Za-z]+)\\}"_s);
    QString filled;
    qsizetype copiedUpTo = 0;
    auto matches = placeholder.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd())
            continue;
        filled += QStringView(text).mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        filled += html ? value->toHtmlEscaped() : *value;
        copiedUpTo = match.capturedEnd();
    }
    filled += QStringView(text).mid(copiedUpTo);
    return filled;
}

QString htmlFrom(const QString &body, const QHash<QString, QString> &values)
{
    QString html = u"<!DOCTYPE html><html><body style=\"font-family: sans-serif; line-height: 1.5\">"_s;
    const QStringList paragraphs = body.toHtmlEscaped().split(u"\n\n"_s);
    for (const auto &paragraph : paragraphs)
        html += u"<p>"_s + fill(paragraph, values, true).replace(u'\n', u"<br>"_s) + u"</p>"_s;
    return html + u"<p style=\"color: #666\">Customer Care Registry</p></body></html>"_s;
}

} // namespace

QString statusLabel(const QString &statusName, const QString &language)
{
    static const QHash<QString, QStringList> labels = {
        // en, ta, hi
        {u"open"_s, {u"Open"_s, u"திறந்துள்ளது"_s, u"खुला"_s}},
        {u"agent_assigned"_s, {u"Agent assigned"_s, u"முகவர் ஒதுக்கப்பட்டார்"_s, u"एजेंट नियुक्त"_s}},
        {u"in_progress"_s, {u"In progress"_s, u"செயல்பாட்டில்"_s, u"प्रगति पर"_s}},
        {u"waiting_on_customer"_s,
         {u"Waiting for your answer"_s, u"உங்கள் பதிலுக்காகக் காத்திருக்கிறது"_s, u"आपके उत्तर की प्रतीक्षा"_s}},
        {u"resolved"_s, {u"Resolved"_s, u"தீர்க்கப்பட்டது"_s, u"हल हो गया"_s}},
        {u"closed"_s, {u"Closed"_s, u"மூடப்பட்டது"_s, u"बंद"_s}},
    };
    const QStringList names = labels.value(statusName);
    if (names.isEmpty())
        return statusName;
    return names.at(language == u"ta" ? 1 : language == u"hi" ? 2 : 0);
}

RenderedMail renderMail(MailTemplate mail, const QString &language, const QHash<QString, QString> &values)
{
    const Template t = lookup(mail, language);
    return {fill(t.subject, values, false), fill(t.body, values, false) + u"\n\n-- \nCustomer Care Registry\n"_s,
            htmlFrom(t.body, values)};
}

} // namespace ccr::server
