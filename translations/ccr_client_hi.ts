<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ccr::client::BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation>काम जारी है…</translation>
    </message>
</context>
<context>
    <name>ccr::client::CertificateNotice</name>
    <message>
        <source>Forget the old certificate</source>
        <translation>पुराना प्रमाणपत्र भूल जाएँ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>First connection to %1: its certificate is now trusted</source>
        <translation>%1 से पहला कनेक्शन: इसका प्रमाणपत्र अब विश्वसनीय माना गया है</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>फ़िंगरप्रिंट (SHA-256):</translation>
    </message>
    <message>
        <source>If your administrator gave you a fingerprint, check that it is this one. CCR will warn you if the server ever presents a different certificate.</source>
        <translation>अगर आपके व्यवस्थापक ने आपको कोई फ़िंगरप्रिंट दिया है, तो जाँच लें कि वह यही है। अगर सर्वर कभी कोई दूसरा प्रमाणपत्र दिखाए, तो CCR आपको चेतावनी देगा।</translation>
    </message>
    <message>
        <source>Warning: the certificate of %1 has changed. CCR did not connect.</source>
        <translation>चेतावनी: %1 का प्रमाणपत्र बदल गया है। CCR ने कनेक्ट नहीं किया।</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. Do not continue unless your administrator told you the server&apos;s certificate was replaced.</source>
        <translation>हो सकता है कोई कनेक्शन को बीच में पढ़ रहा हो। जब तक आपके व्यवस्थापक ने यह न बताया हो कि सर्वर का प्रमाणपत्र बदला गया है, आगे न बढ़ें।</translation>
    </message>
    <message>
        <source>Trusted fingerprint:</source>
        <translation>विश्वसनीय फ़िंगरप्रिंट:</translation>
    </message>
    <message>
        <source>Fingerprint presented now:</source>
        <translation>अभी दिखाया गया फ़िंगरप्रिंट:</translation>
    </message>
    <message>
        <source>The old certificate of %1 is forgotten</source>
        <translation>%1 का पुराना प्रमाणपत्र भुला दिया गया है</translation>
    </message>
    <message>
        <source>The next connection will trust the certificate the server presents then.</source>
        <translation>अगला कनेक्शन उस समय सर्वर द्वारा दिखाए गए प्रमाणपत्र पर भरोसा करेगा।</translation>
    </message>
</context>
<context>
    <name>ccr::client::ClientOptions</name>
    <message>
        <source>Customer Care Registry desktop client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect without TLS (only for servers started with --plain, e.g. in tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings and known server certificates in this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::CustomerPanel</name>
    <message>
        <source>New ticket</source>
        <translation>नया टिकट</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>मेरे टिकट</translation>
    </message>
    <message>
        <source>No tickets yet — raise one with New ticket</source>
        <translation>अभी कोई टिकट नहीं — &quot;नया टिकट&quot; से एक बनाएँ</translation>
    </message>
</context>
<context>
    <name>ccr::client::LoginWidget</name>
    <message>
        <source>Log in</source>
        <translation>लॉग इन करें</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>खाता बनाएँ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Care Registry</source>
        <translation>ग्राहक सेवा रजिस्ट्री</translation>
    </message>
    <message>
        <source>Log in to raise and follow your tickets.</source>
        <translation>टिकट बनाने और उन पर नज़र रखने के लिए लॉग इन करें।</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>सर्वर का होस्ट नाम या पता दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>अपना ईमेल और पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>लॉग इन हो रहा है…</translation>
    </message>
</context>
<context>
    <name>ccr::client::MainWindow</name>
    <message>
        <source>customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>व्यवस्थापक</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>लॉग &amp;आउट करें</translation>
    </message>
    <message>
        <source>Customer Care Registry</source>
        <translation>ग्राहक सेवा रजिस्ट्री</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;खाता</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;बाहर निकलें</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 से कनेक्ट है</translation>
    </message>
    <message>
        <source>Connected to %1 (not encrypted)</source>
        <translation>%1 से कनेक्ट है (एन्क्रिप्टेड नहीं)</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>ऑफ़लाइन — %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::NewTicketDialog</name>
    <message>
        <source>Raise ticket</source>
        <translation>टिकट बनाएँ</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>नया टिकट</translation>
    </message>
    <message>
        <source>In a few words, what is wrong?</source>
        <translation>कुछ शब्दों में, क्या समस्या है?</translation>
    </message>
    <message>
        <source>What happened, since when, and what you have tried.</source>
        <translation>क्या हुआ, कब से, और आपने क्या-क्या आज़माया।</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>The ticket was not raised: %1</source>
        <translation>टिकट नहीं बना: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::RegistrationWidget</name>
    <message>
        <source>Create account</source>
        <translation>खाता बनाएँ</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>लॉग इन पर वापस जाएँ</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>कम से कम %n अक्षर</numerusform>
            <numerusform>कम से कम %n अक्षर</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>खाता बनाएँ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>पासवर्ड की पुष्टि करें</translation>
    </message>
    <message>
        <source>Your account will be created on %1.</source>
        <translation>आपका खाता %1 पर बनाया जाएगा।</translation>
    </message>
    <message>
        <source>Your account was created, but logging in failed: %1</source>
        <translation>आपका खाता बन गया, लेकिन लॉग इन नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Creating account…</source>
        <translation>खाता बनाया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>ccr::client::Session</name>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 से कनेक्ट नहीं हो सका: %2</translation>
    </message>
</context>
<context>
    <name>ccr::client::StaffPanel</name>
    <message>
        <source>All tickets</source>
        <translation>सभी टिकट</translation>
    </message>
    <message>
        <source>Administrator view</source>
        <translation>व्यवस्थापक दृश्य</translation>
    </message>
    <message>
        <source>Agent view</source>
        <translation>एजेंट दृश्य</translation>
    </message>
    <message>
        <source>No tickets yet. New tickets appear here as customers raise them.</source>
        <translation>अभी कोई टिकट नहीं। ग्राहकों के टिकट बनाते ही नए टिकट यहाँ दिखेंगे।</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketFeed</name>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>टिकट लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation>लाइव अपडेट बंद हैं: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketListModel</name>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Agent assigned</source>
        <translation>एजेंट नियुक्त</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>प्रगति पर</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>ग्राहक की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल हो गया</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>नियुक्त नहीं</translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketTable</name>
    <message>
        <source>Loading tickets…</source>
        <translation>टिकट लोड हो रहे हैं…</translation>
    </message>
</context>
</TS>
