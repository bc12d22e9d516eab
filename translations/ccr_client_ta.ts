<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN">
<context>
    <name>ccr::client::BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation>செயல்படுகிறது…</translation>
    </message>
</context>
<context>
    <name>ccr::client::CertificateNotice</name>
    <message>
        <source>Forget the old certificate</source>
        <translation>பழைய சான்றிதழை மறந்துவிடு</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>First connection to %1: its certificate is now trusted</source>
        <translation>%1 உடன் முதல் இணைப்பு: அதன் சான்றிதழ் இப்போது நம்பப்படுகிறது</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>கைரேகை (SHA-256):</translation>
    </message>
    <message>
        <source>If your administrator gave you a fingerprint, check that it is this one. CCR will warn you if the server ever presents a different certificate.</source>
        <translation>உங்கள் நிர்வாகி ஒரு கைரேகையைக் கொடுத்திருந்தால், அது இதுவே என்று சரிபார்க்கவும். சேவையகம் எப்போதாவது வேறு சான்றிதழைக் காட்டினால் CCR உங்களை எச்சரிக்கும்.</translation>
    </message>
    <message>
        <source>Warning: the certificate of %1 has changed. CCR did not connect.</source>
        <translation>எச்சரிக்கை: %1 இன் சான்றிதழ் மாறியுள்ளது. CCR இணைக்கவில்லை.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. Do not continue unless your administrator told you the server&apos;s certificate was replaced.</source>
        <translation>யாரோ இணைப்பை இடைமறிக்கக்கூடும். சேவையகத்தின் சான்றிதழ் மாற்றப்பட்டது என்று உங்கள் நிர்வாகி கூறாவிட்டால் தொடர வேண்டாம்.</translation>
    </message>
    <message>
        <source>Trusted fingerprint:</source>
        <translation>நம்பப்பட்ட கைரேகை:</translation>
    </message>
    <message>
        <source>Fingerprint presented now:</source>
        <translation>இப்போது காட்டப்படும் கைரேகை:</translation>
    </message>
    <message>
        <source>The old certificate of %1 is forgotten</source>
        <translation>%1 இன் பழைய சான்றிதழ் மறக்கப்பட்டது</translation>
    </message>
    <message>
        <source>The next connection will trust the certificate the server presents then.</source>
        <translation>அடுத்த இணைப்பு, அப்போது சேவையகம் காட்டும் சான்றிதழை நம்பும்.</translation>
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
        <translation>புதிய டிக்கெட்</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>என் டிக்கெட்டுகள்</translation>
    </message>
    <message>
        <source>No tickets yet — raise one with New ticket</source>
        <translation>இன்னும் டிக்கெட்டுகள் இல்லை — &quot;புதிய டிக்கெட்&quot; மூலம் ஒன்றை உருவாக்குங்கள்</translation>
    </message>
</context>
<context>
    <name>ccr::client::LoginWidget</name>
    <message>
        <source>Log in</source>
        <translation>உள்நுழை</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>கணக்கை உருவாக்கு</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>போர்ட்</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Care Registry</source>
        <translation>வாடிக்கையாளர் சேவை பதிவேடு</translation>
    </message>
    <message>
        <source>Log in to raise and follow your tickets.</source>
        <translation>உங்கள் டிக்கெட்டுகளை உருவாக்கவும் பின்தொடரவும் உள்நுழையுங்கள்.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>சேவையகம்</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>சேவையகத்தின் பெயர் அல்லது முகவரியை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>உங்கள் மின்னஞ்சலையும் கடவுச்சொல்லையும் உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>உள்நுழைகிறது…</translation>
    </message>
</context>
<context>
    <name>ccr::client::MainWindow</name>
    <message>
        <source>customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>முகவர்</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>நிர்வாகி</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;வெளியேறு</translation>
    </message>
    <message>
        <source>Customer Care Registry</source>
        <translation>வாடிக்கையாளர் சேவை பதிவேடு</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;கணக்கு</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;நிரலை மூடு</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 உடன் இணைக்கிறது…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 உடன் இணைக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Connected to %1 (not encrypted)</source>
        <translation>%1 உடன் இணைக்கப்பட்டது (மறையாக்கம் இல்லை)</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>இணைப்பில் இல்லை — %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>இணைக்கப்படவில்லை</translation>
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
        <translation>டிக்கெட்டை உருவாக்கு</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>புதிய டிக்கெட்</translation>
    </message>
    <message>
        <source>In a few words, what is wrong?</source>
        <translation>சில சொற்களில், என்ன பிரச்சினை?</translation>
    </message>
    <message>
        <source>What happened, since when, and what you have tried.</source>
        <translation>என்ன நடந்தது, எப்போதிலிருந்து, நீங்கள் என்ன முயன்றீர்கள்.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>தலைப்பு</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>விவரம்</translation>
    </message>
    <message>
        <source>The ticket was not raised: %1</source>
        <translation>டிக்கெட் உருவாக்கப்படவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::RegistrationWidget</name>
    <message>
        <source>Create account</source>
        <translation>கணக்கை உருவாக்கு</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>உள்நுழைவுக்குத் திரும்பு</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>குறைந்தது %n எழுத்து</numerusform>
            <numerusform>குறைந்தது %n எழுத்துகள்</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>கணக்கை உருவாக்கு</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>முதல் பெயர்</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>கடைசி பெயர்</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>கடவுச்சொல்லை உறுதிப்படுத்து</translation>
    </message>
    <message>
        <source>Your account will be created on %1.</source>
        <translation>உங்கள் கணக்கு %1 இல் உருவாக்கப்படும்.</translation>
    </message>
    <message>
        <source>Your account was created, but logging in failed: %1</source>
        <translation>உங்கள் கணக்கு உருவாக்கப்பட்டது, ஆனால் உள்நுழைவு தோல்வியடைந்தது: %1</translation>
    </message>
    <message>
        <source>Creating account…</source>
        <translation>கணக்கு உருவாக்கப்படுகிறது…</translation>
    </message>
</context>
<context>
    <name>ccr::client::Session</name>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 உடன் இணைக்க முடியவில்லை: %2</translation>
    </message>
</context>
<context>
    <name>ccr::client::StaffPanel</name>
    <message>
        <source>All tickets</source>
        <translation>அனைத்து டிக்கெட்டுகளும்</translation>
    </message>
    <message>
        <source>Administrator view</source>
        <translation>நிர்வாகி பார்வை</translation>
    </message>
    <message>
        <source>Agent view</source>
        <translation>முகவர் பார்வை</translation>
    </message>
    <message>
        <source>No tickets yet. New tickets appear here as customers raise them.</source>
        <translation>இன்னும் டிக்கெட்டுகள் இல்லை. வாடிக்கையாளர்கள் உருவாக்கும்போது புதிய டிக்கெட்டுகள் இங்கே தோன்றும்.</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketFeed</name>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>டிக்கெட்டுகளை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation>நேரடி புதுப்பிப்புகள் நிறுத்தப்பட்டுள்ளன: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketListModel</name>
    <message>
        <source>Open</source>
        <translation>திறந்தது</translation>
    </message>
    <message>
        <source>Agent assigned</source>
        <translation>முகவர் ஒதுக்கப்பட்டார்</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>நடைபெறுகிறது</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>வாடிக்கையாளருக்காகக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>தீர்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>மூடப்பட்டது</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ஒதுக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>தலைப்பு</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>முகவர்</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketTable</name>
    <message>
        <source>Loading tickets…</source>
        <translation>டிக்கெட்டுகள் ஏற்றப்படுகின்றன…</translation>
    </message>
</context>
</TS>
