#include "MailTemplates.h"

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
            return {u"கடவுச்சொல் மீட்டமைப்பு குறியீடு: {code}"_s,
                    u"வணக்கம் {name},\n\nகடவுச்சொல்லை மீட்டமைக்க இந்தக் குறியீட்டைப் பயன்படுத்தவும்: {code}\n\nஇது {minutes} நிமிடங்களில் காலாவதியாகும். நீங்கள் கேட்கவில்லை என்றால், இந்த மின்னஞ்சலைப் புறக்கணிக்கவும்."_s};
        case MailTemplate::AgentInvitation:
            return {u"Customer Care Registry-இல் முகவராகச் சேர அழைப்பு"_s,
                    u"வணக்கம் {name},\n\nநீங்கள் முகவராகச் சேர்க்கப்பட்டுள்ளீர்கள். கடவுச்சொல்லை அமைக்க இந்தக் குறியீட்டைப் பயன்படுத்தவும்: {code}\n\nஇது {minutes} நிமிடங்களில் காலாவதியாகும்."_s};
        case MailTemplate::LoginAlert:
            return {u"உங்கள் கணக்கில் புதிய உள்நுழைவு"_s,
                    u"வணக்கம் {name},\n\n{time} அன்று {address} முகவரியிலிருந்து புதிய சாதனத்தில் உள்நுழைவு நடந்தது.\n\nஇது நீங்கள் இல்லையென்றால், உடனே உங்கள் கடவுச்சொல்லை மாற்றவும்."_s};
        case MailTemplate::TestMail:
            return {u"சோதனை மின்னஞ்சல்"_s, u"இந்த மின்னஞ்சல் வந்தால், SMTP அமைப்புகள் சரியாக உள்ளன."_s};
        }
    }
    if (language == u"hi") {
        switch (mail) {
        case MailTemplate::ConfirmEmail:
            return {u"अपना ईमेल पुष्टि करें: {code}"_s,
                    u"नमस्ते {name},\n\nआपका पुष्टि कोड है: {code}\n\nयह {minutes} मिनट में समाप्त हो जाएगा।"_s};
        case MailTemplate::PasswordReset:
            return {u"पासवर्ड रीसेट कोड: {code}"_s,
                    u"नमस्ते {name},\n\nपासवर्ड रीसेट करने के लिए यह कोड इस्तेमाल करें: {code}\n\nयह {minutes} मिनट में समाप्त हो जाएगा। अगर आपने अनुरोध नहीं किया, तो इस ईमेल को अनदेखा करें।"_s};
        case MailTemplate::AgentInvitation:
            return {u"Customer Care Registry में एजेंट के रूप में आमंत्रण"_s,
                    u"नमस्ते {name},\n\nआपको एजेंट के रूप में जोड़ा गया है। पासवर्ड सेट करने के लिए यह कोड इस्तेमाल करें: {code}\n\nयह {minutes} मिनट में समाप्त हो जाएगा।"_s};
        case MailTemplate::LoginAlert:
            return {u"आपके खाते में नया लॉगिन"_s,
                    u"नमस्ते {name},\n\n{time} को {address} से एक नए डिवाइस पर लॉगिन हुआ।\n\nअगर यह आप नहीं थे, तो तुरंत अपना पासवर्ड बदलें।"_s};
        case MailTemplate::TestMail:
            return {u"परीक्षण ईमेल"_s, u"अगर यह ईमेल पहुँचा है, तो SMTP सेटिंग्स सही हैं।"_s};
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
        return {u"Test mail from Customer Care Registry"_s,
                u"If this mail arrived, the SMTP settings work."_s};
    }
    return {};
}

QString fill(QString text, const QHash<QString, QString> &values, bool html)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        text.replace(u'{' + it.key() + u'}', html ? it.value().toHtmlEscaped() : it.value());
    return text;
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

RenderedMail renderMail(MailTemplate mail, const QString &language, const QHash<QString, QString> &values)
{
    const Template t = lookup(mail, language);
    return {fill(t.subject, values, false), fill(t.body, values, false) + u"\n\n-- \nCustomer Care Registry\n"_s,
            htmlFrom(t.body, values)};
}

} // namespace ccr::server
