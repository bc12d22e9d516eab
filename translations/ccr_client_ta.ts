<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN">
<context>
    <name>ccr::client::AgentPresenceModel</name>
    <message>
        <source>Customer rating</source>
        <translation>வாடிக்கையாளர் மதிப்பீடு</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>இன்னும் மதிப்பீடுகள் இல்லை</translation>
    </message>
    <message>
        <source>%1 of 5 (1 rating)</source>
        <translation>5-இல் %1 (1 மதிப்பீடு)</translation>
    </message>
    <message>
        <source>%1 of 5 (%2 ratings)</source>
        <translation>5-இல் %1 (%2 மதிப்பீடுகள்)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>முகவர்</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>இருப்பு நிலை</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>திறந்த டிக்கெட்டுகள்</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>திறன்கள்</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n open</source>
        <translation>
            <numerusform>%1 — %2, %n திறந்தது</numerusform>
            <numerusform>%1 — %2, %n திறந்தவை</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>ccr::client::AgentSkillsForm</name>
    <message>
        <source>Agent skills</source>
        <translation>முகவர் திறன்கள்</translation>
    </message>
    <message>
        <source>Save skills</source>
        <translation>திறன்களைச் சேமி</translation>
    </message>
    <message>
        <source>Categories the agent is skilled in</source>
        <translation>முகவர் திறமை பெற்ற வகைகள்</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>முகவர்</translation>
    </message>
    <message>
        <source>Skilled in</source>
        <translation>திறமை உள்ள வகைகள்</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (செயலற்றது)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>சேமிக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>%1&apos;s skills are saved.</source>
        <translation>%1 இன் திறன்கள் சேமிக்கப்பட்டன.</translation>
    </message>
</context>
<context>
    <name>ccr::client::AgentsTab</name>
    <message>
        <source>Agents</source>
        <translation>முகவர்கள்</translation>
    </message>
    <message>
        <source>Could not load the agents: %1</source>
        <translation>முகவர்களை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>No active agents yet. Invite agents in People; they appear here once they can work.</source>
        <translation>இன்னும் செயலில் உள்ள முகவர்கள் இல்லை. நபர்கள் தாவலில் முகவர்களை அழைக்கவும்; அவர்கள் வேலை செய்யத் தொடங்கியதும் இங்கே தோன்றுவார்கள்.</translation>
    </message>
    <message>
        <source>This server does not report agent presence.</source>
        <translation>இந்தச் சேவையகம் முகவர்களின் இருப்பு நிலையைத் தெரிவிப்பதில்லை.</translation>
    </message>
    <message>
        <source>Presence changes live as agents log in, step away or leave.</source>
        <translation>முகவர்கள் உள்நுழையும்போதும், விலகும்போதும், வெளியேறும்போதும் இருப்பு நிலை உடனே மாறும்.</translation>
    </message>
</context>
<context>
    <name>ccr::client::AssignmentSettingsForm</name>
    <message>
        <source>Automatic assignment</source>
        <translation>தானியங்கி ஒதுக்கீடு</translation>
    </message>
    <message>
        <source>Only agents skilled in the ticket&apos;s category</source>
        <translation>டிக்கெட்டின் வகையில் திறமை உள்ள முகவர்களுக்கு மட்டும்</translation>
    </message>
    <message>
        <source>Save assignment</source>
        <translation>ஒதுக்கீட்டைச் சேமி</translation>
    </message>
    <message>
        <source>Off — administrators assign by hand</source>
        <translation>அணைக்கப்பட்டது — நிர்வாகிகள் கைமுறையாக ஒதுக்குவார்கள்</translation>
    </message>
    <message>
        <source>Round robin among online agents</source>
        <translation>இணைப்பில் உள்ள முகவர்களுக்குச் சுழற்சி முறையில்</translation>
    </message>
    <message>
        <source>Online agent with the least open work</source>
        <translation>குறைந்த திறந்த வேலை உள்ள இணைப்பிலுள்ள முகவருக்கு</translation>
    </message>
    <message>
        <source>New tickets go to</source>
        <translation>புதிய டிக்கெட்டுகள் செல்வது</translation>
    </message>
    <message>
        <source>Could not load the assignment settings: %1</source>
        <translation>ஒதுக்கீட்டு அமைப்புகளை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>சேமிக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>The assignment settings are saved.</source>
        <translation>ஒதுக்கீட்டு அமைப்புகள் சேமிக்கப்பட்டன.</translation>
    </message>
</context>
<context>
    <name>ccr::client::AttachmentDownload</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 ஐ எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>The download of %1 was stopped.</source>
        <translation>%1 பதிவிறக்கம் நிறுத்தப்பட்டது.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 ஐப் பதிவிறக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: the server sent nothing.</source>
        <translation>%1 ஐப் பதிவிறக்க முடியவில்லை: சேவையகம் எதையும் அனுப்பவில்லை.</translation>
    </message>
</context>
<context>
    <name>ccr::client::AttachmentUpload</name>
    <message>
        <source>%1 was not uploaded: not connected.</source>
        <translation>%1 பதிவேற்றப்படவில்லை: இணைப்பு இல்லை.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 ஐப் படிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>%1 was not accepted: %2</source>
        <translation>%1 ஏற்கப்படவில்லை: %2</translation>
    </message>
    <message>
        <source>%1 was not accepted: the server named no chunk size.</source>
        <translation>%1 ஏற்கப்படவில்லை: சேவையகம் பகுதி அளவைக் குறிப்பிடவில்லை.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2</source>
        <translation>%1 ஐ முழுமையாகப் படிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>%1 பதிவேற்றப்படவில்லை: %2</translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation>%1 சேமிக்கப்படவில்லை: %2</translation>
    </message>
</context>
<context>
    <name>ccr::client::BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation>செயல்படுகிறது…</translation>
    </message>
</context>
<context>
    <name>ccr::client::CannedPicker</name>
    <message>
        <source>Insert a canned response</source>
        <translation>தயார் பதிலைச் செருகு</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>வடிகட்ட தட்டச்சு செய்யவும்…</translation>
    </message>
    <message>
        <source>Filter canned responses</source>
        <translation>தயார் பதில்களை வடிகட்டு</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>நிர்வகி…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>செருகு</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ஏற்றுகிறது…</translation>
    </message>
    <message>
        <source>No canned responses yet. Create one with Manage…</source>
        <translation>இன்னும் தயார் பதில்கள் இல்லை. நிர்வகி… மூலம் ஒன்றை உருவாக்கவும்</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>“%1” உடன் எதுவும் பொருந்தவில்லை.</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>தயார் பதில்கள்</translation>
    </message>
</context>
<context>
    <name>ccr::client::CannedResponseModel</name>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (பகிரப்பட்டது)</translation>
    </message>
    <message>
        <source>Could not load the canned responses: %1</source>
        <translation>தயார் பதில்களை ஏற்ற முடியவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::CannedResponsesDialog</name>
    <message>
        <source>Shared with all agents and administrators</source>
        <translation>எல்லா முகவர்களுடனும் நிர்வாகிகளுடனும் பகிரப்பட்டது</translation>
    </message>
    <message>
        <source>Shared responses can be changed by administrators only.</source>
        <translation>பகிரப்பட்ட பதில்களை நிர்வாகிகள் மட்டுமே மாற்ற முடியும்.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>புதியது</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>தயார் பதில்கள்</translation>
    </message>
    <message>
        <source>Placeholders filled in when inserted: %1</source>
        <translation>செருகும்போது நிரப்பப்படும் இடங்காட்டிகள்: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>தலைப்பு</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>உரை</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>சேமிக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>நீக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” நீக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>ccr::client::CategoryEditor</name>
    <message>
        <source>Categories</source>
        <translation>வகைகள்</translation>
    </message>
    <message>
        <source>Active — customers can choose it</source>
        <translation>செயலில் — வாடிக்கையாளர்கள் இதைத் தேர்வு செய்யலாம்</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>புதிய வகை</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>வகையைச் சேமி</translation>
    </message>
    <message>
        <source>e.g. Billing</source>
        <translation>எ.கா. கட்டணம்</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Could not load the categories: %1</source>
        <translation>வகைகளை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (செயலற்றது)</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>வகையைச் சேர்</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>சேமிக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>“%1” சேமிக்கப்பட்டது.</translation>
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
    <name>ccr::client::ChangePasswordForm</name>
    <message>
        <source>Change password</source>
        <translation>கடவுச்சொல்லை மாற்று</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>குறைந்தது %n எழுத்து</numerusform>
            <numerusform>குறைந்தது %n எழுத்துகள்</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>தற்போதைய கடவுச்சொல்</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>புதிய கடவுச்சொல்</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>புதிய கடவுச்சொல்லை உறுதிப்படுத்து</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>உங்கள் தற்போதைய கடவுச்சொல்லை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Your password is changed. Your other sessions were logged out.</source>
        <translation>உங்கள் கடவுச்சொல் மாற்றப்பட்டது. உங்கள் மற்ற அமர்வுகள் வெளியேற்றப்பட்டன.</translation>
    </message>
</context>
<context>
    <name>ccr::client::ChatComposer</name>
    <message>
        <source>Attach…</source>
        <translation>இணை…</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter அனுப்பும்</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>அனுப்பு</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>ஒரு செய்தியை எழுதுங்கள்…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>செய்தி</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the conversation)</source>
        <translation>கோப்புகளை இணைக்கவும் (அல்லது உரையாடலின் மேல் இழுத்து விடவும்)</translation>
    </message>
    <message>
        <source>Canned…</source>
        <translation>தயார் பதில்…</translation>
    </message>
    <message>
        <source>Insert a canned response (Ctrl+Space)</source>
        <translation>தயார் பதிலைச் செருகு (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>உள் குறிப்பு</translation>
    </message>
    <message>
        <source>Only agents and administrators see internal notes; the customer never does.</source>
        <translation>உள் குறிப்புகளை முகவர்களும் நிர்வாகிகளும் மட்டுமே பார்ப்பார்கள்; வாடிக்கையாளர் ஒருபோதும் பார்க்க மாட்டார்.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>கோப்புகளை இணை</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>%1 பதிவேற்றம்</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>அகற்று</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 ஐ அகற்று</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>தயார்</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>பதிவேற்றுகிறது…</translation>
    </message>
    <message>
        <source>Waiting for the files to finish uploading</source>
        <translation>கோப்புகள் பதிவேற்றி முடியக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Write an internal note (only staff will see it)…</source>
        <translation>உள் குறிப்பை எழுதுங்கள் (ஊழியர்கள் மட்டுமே பார்ப்பார்கள்)…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>குறிப்பைச் சேர்</translation>
    </message>
</context>
<context>
    <name>ccr::client::ChatModel</name>
    <message>
        <source>Could not load the conversation: %1</source>
        <translation>உரையாடலை ஏற்ற முடியவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::ChatPanel</name>
    <message>
        <source>Drop the files to attach them to your message</source>
        <translation>உங்கள் செய்தியுடன் இணைக்க கோப்புகளை இங்கே விடுங்கள்</translation>
    </message>
    <message>
        <source>Rate your agent…</source>
        <translation>உங்கள் முகவரை மதிப்பிடுங்கள்…</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>தட்டச்சு குறிகாட்டி</translation>
    </message>
    <message>
        <source>This ticket is closed, so no more messages can be sent. Reopen it to continue the conversation.</source>
        <translation>இந்த டிக்கெட் மூடப்பட்டுள்ளது, எனவே இனி செய்திகளை அனுப்ப முடியாது. உரையாடலைத் தொடர அதை மீண்டும் திறக்கவும்.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>உரையாடலை ஏற்றுகிறது…</translation>
    </message>
    <message>
        <source>No messages yet. Write to the customer below, or add an internal note.</source>
        <translation>இன்னும் செய்திகள் இல்லை. கீழே வாடிக்கையாளருக்கு எழுதுங்கள், அல்லது உள் குறிப்பைச் சேர்க்கவும்.</translation>
    </message>
    <message>
        <source>No messages yet. Write to us below; an agent answers here.</source>
        <translation>இன்னும் செய்திகள் இல்லை. கீழே எங்களுக்கு எழுதுங்கள்; ஒரு முகவர் இங்கே பதிலளிப்பார்.</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>முந்தைய செய்திகளை ஏற்றுகிறது…</translation>
    </message>
    <message>
        <source>This is the start of the conversation.</source>
        <translation>இது உரையாடலின் தொடக்கம்.</translation>
    </message>
    <message>
        <source>Scroll up for earlier messages.</source>
        <translation>முந்தைய செய்திகளுக்கு மேலே உருட்டவும்.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 தட்டச்சு செய்கிறார்…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 மற்றும் %2 தட்டச்சு செய்கிறார்கள்…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>பலர் தட்டச்சு செய்கிறார்கள்…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>அனுப்பப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>Files cannot be attached: the ticket is closed.</source>
        <translation>கோப்புகளை இணைக்க முடியாது: டிக்கெட் மூடப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 ஐச் சேமி</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 ஐச் சேமிக்கிறது…</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1, %2 இல் சேமிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>ccr::client::ClientOptions</name>
    <message>
        <source>Customer Care Registry desktop client.</source>
        <translation>வாடிக்கையாளர் சேவை பதிவேட்டின் கணினி பயன்பாடு.</translation>
    </message>
    <message>
        <source>Server host name or address.</source>
        <translation>சேவையகத்தின் பெயர் அல்லது முகவரி.</translation>
    </message>
    <message>
        <source>Server port.</source>
        <translation>சேவையகப் போர்ட்.</translation>
    </message>
    <message>
        <source>Connect without TLS (only for servers started with --plain, e.g. in tests).</source>
        <translation>TLS இல்லாமல் இணை (--plain உடன் தொடங்கிய சேவையகங்களுக்கு மட்டும், எ.கா. சோதனைகளில்).</translation>
    </message>
    <message>
        <source>Keep settings and known server certificates in this directory.</source>
        <translation>அமைப்புகளையும் அறிந்த சேவையகச் சான்றிதழ்களையும் இந்தக் கோப்புறையில் வை.</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation>--port க்கு 1 முதல் 65535 வரையிலான எண் தேவை.</translation>
    </message>
</context>
<context>
    <name>ccr::client::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>இணைப்பு நிலை</translation>
    </message>
    <message numerus="yes">
        <source>Offline — reconnecting in %n s…</source>
        <translation>
            <numerusform>இணைப்பில் இல்லை — %n வினாடியில் மீண்டும் இணைக்கிறது…</numerusform>
            <numerusform>இணைப்பில் இல்லை — %n வினாடியில் மீண்டும் இணைக்கிறது…</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting now…</source>
        <translation>இணைப்பில் இல்லை — இப்போது மீண்டும் இணைக்கிறது…</translation>
    </message>
    <message>
        <source>Offline — not reconnecting by itself</source>
        <translation>இணைப்பில் இல்லை — தானாக மீண்டும் இணைக்காது</translation>
    </message>
    <message>
        <source>What you have typed is kept. Sending needs the connection: try again once it is back.</source>
        <translation>நீங்கள் தட்டச்சு செய்தவை பாதுகாக்கப்படும். அனுப்ப இணைப்பு தேவை: இணைப்பு திரும்பியதும் மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>மீண்டும் முயலுங்கள்</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>இப்போதே இணை</translation>
    </message>
</context>
<context>
    <name>ccr::client::CustomerPanel</name>
    <message>
        <source>My tickets</source>
        <translation>என் டிக்கெட்டுகள்</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>சுயவிவரம்</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>புதிய டிக்கெட்</translation>
    </message>
    <message>
        <source>Confirm your email to raise tickets.</source>
        <translation>டிக்கெட்டுகளை உருவாக்க உங்கள் மின்னஞ்சலை உறுதிப்படுத்துங்கள்.</translation>
    </message>
</context>
<context>
    <name>ccr::client::EmailConfirmationBanner</name>
    <message>
        <source>Confirm</source>
        <translation>உறுதிப்படுத்து</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>புதிய குறியீட்டை அனுப்பு</translation>
    </message>
    <message>
        <source>Confirming your email lets you raise tickets and makes sure our replies reach you.</source>
        <translation>மின்னஞ்சலை உறுதிப்படுத்தினால் நீங்கள் டிக்கெட்டுகளை உருவாக்கலாம், எங்கள் பதில்களும் உங்களை வந்தடையும்.</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6 இலக்கக் குறியீடு</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <source>Enter the code we emailed to %1</source>
        <translation>%1 க்கு நாங்கள் மின்னஞ்சலில் அனுப்பிய குறியீட்டை உள்ளிடுங்கள்</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the email.</source>
        <translation>மின்னஞ்சலில் உள்ள 6 இலக்கக் குறியீட்டை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>A new code is on its way. The old one no longer works.</source>
        <translation>புதிய குறியீடு வந்துகொண்டிருக்கிறது. பழையது இனி செல்லாது.</translation>
    </message>
    <message numerus="yes">
        <source>A code was sent a moment ago. You can ask for a new one in %n second(s).</source>
        <translation>
            <numerusform>சற்று முன் ஒரு குறியீடு அனுப்பப்பட்டது. %n விநாடியில் புதியதைக் கேட்கலாம்.</numerusform>
            <numerusform>சற்று முன் ஒரு குறியீடு அனுப்பப்பட்டது. %n விநாடிகளில் புதியதைக் கேட்கலாம்.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::client::ErrorText</name>
    <message numerus="yes">
        <source>Too many attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>அதிக முயற்சிகள். %n விநாடி காத்திருந்து மீண்டும் முயலுங்கள்.</numerusform>
            <numerusform>அதிக முயற்சிகள். %n விநாடிகள் காத்திருந்து மீண்டும் முயலுங்கள்.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::client::FeedbackDialog</name>
    <message>
        <source>How did we do?</source>
        <translation>நாங்கள் எப்படிச் செய்தோம்?</translation>
    </message>
    <message>
        <source>your agent</source>
        <translation>உங்கள் முகவர்</translation>
    </message>
    <message>
        <source>Ticket #%1 “%2” is resolved. How well did %3 help you?</source>
        <translation>டிக்கெட் #%1 “%2” தீர்க்கப்பட்டது. %3 உங்களுக்கு எவ்வளவு நன்றாக உதவினார்?</translation>
    </message>
    <message numerus="yes">
        <source>%n of 5</source>
        <translation>
            <numerusform>5 இல் %n</numerusform>
            <numerusform>5 இல் %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything you would like to tell us (optional)</source>
        <translation>எங்களிடம் சொல்ல விரும்புவது (விருப்பத்தேர்வு)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>கருத்து</translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation>மதிப்பீட்டை அனுப்பு</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>இப்போது வேண்டாம்</translation>
    </message>
    <message>
        <source>You rated this %1 of 5 on %2. You can change it until the ticket is closed.</source>
        <translation>நீங்கள் %2 அன்று இதற்கு 5 இல் %1 மதிப்பீடு அளித்தீர்கள். டிக்கெட் மூடப்படும் வரை அதை மாற்றலாம்.</translation>
    </message>
    <message>
        <source>Change rating</source>
        <translation>மதிப்பீட்டை மாற்று</translation>
    </message>
    <message>
        <source>Choose 1 (very poor) to 5 (excellent)</source>
        <translation>1 (மிக மோசம்) முதல் 5 (மிகச் சிறப்பு) வரை தேர்ந்தெடுக்கவும்</translation>
    </message>
    <message>
        <source>1 — Very poor</source>
        <translation>1 — மிக மோசம்</translation>
    </message>
    <message>
        <source>2 — Poor</source>
        <translation>2 — மோசம்</translation>
    </message>
    <message>
        <source>3 — Okay</source>
        <translation>3 — பரவாயில்லை</translation>
    </message>
    <message>
        <source>4 — Good</source>
        <translation>4 — நன்று</translation>
    </message>
    <message>
        <source>5 — Excellent</source>
        <translation>5 — மிகச் சிறப்பு</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5.</source>
        <translation>1 முதல் 5 வரை ஒரு மதிப்பெண்ணைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>Keep the comment under %1 characters.</source>
        <translation>கருத்தை %1 எழுத்துகளுக்குள் வைக்கவும்.</translation>
    </message>
    <message>
        <source>The rating was not saved: %1</source>
        <translation>மதிப்பீடு சேமிக்கப்படவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::InviteDialog</name>
    <message>
        <source>Send invitation</source>
        <translation>அழைப்பை அனுப்பு</translation>
    </message>
    <message>
        <source>Invite an administrator</source>
        <translation>ஒரு நிர்வாகியை அழை</translation>
    </message>
    <message>
        <source>Invite an agent</source>
        <translation>ஒரு முகவரை அழை</translation>
    </message>
    <message>
        <source>The new administrator gets an email with a code to set their password. Administrators can manage every account.</source>
        <translation>புதிய நிர்வாகிக்கு கடவுச்சொல் அமைக்க ஒரு குறியீட்டுடன் மின்னஞ்சல் வரும். நிர்வாகிகள் எல்லாக் கணக்குகளையும் நிர்வகிக்கலாம்.</translation>
    </message>
    <message>
        <source>The new agent gets an email with a code to set their password.</source>
        <translation>புதிய முகவருக்கு கடவுச்சொல் அமைக்க ஒரு குறியீட்டுடன் மின்னஞ்சல் வரும்.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
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
        <source>Language of the invitation</source>
        <translation>அழைப்பின் மொழி</translation>
    </message>
    <message>
        <source>No invitation was sent: %1</source>
        <translation>அழைப்பு அனுப்பப்படவில்லை: %1</translation>
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
        <translation>name@example.com</translation>
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
    <message>
        <source>Remember me on this computer</source>
        <translation>இந்தக் கணினியில் என்னை நினைவில் வை</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>கடவுச்சொல் மறந்துவிட்டதா?</translation>
    </message>
    <message>
        <source>I have an invitation code</source>
        <translation>என்னிடம் அழைப்புக் குறியீடு உள்ளது</translation>
    </message>
    <message>
        <source>Your system has no keychain; you will need to log in next time.</source>
        <translation>உங்கள் கணினியில் கீசெயின் (கடவுச்சொல் சேமிப்பகம்) இல்லை; அடுத்த முறை மீண்டும் உள்நுழைய வேண்டும்.</translation>
    </message>
    <message>
        <source>Resuming your session…</source>
        <translation>உங்கள் அமர்வு தொடர்கிறது…</translation>
    </message>
</context>
<context>
    <name>ccr::client::MailTab</name>
    <message>
        <source>Refresh</source>
        <translation>புதுப்பி</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>அனுப்புதல் வரிசை</translation>
    </message>
    <message>
        <source>Test mail</source>
        <translation>சோதனை மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation>சோதனை மின்னஞ்சல் அனுப்பு</translation>
    </message>
    <message>
        <source>Send a test mail to…</source>
        <translation>சோதனை மின்னஞ்சலை இவருக்கு அனுப்பு…</translation>
    </message>
    <message>
        <source>Could not load the outbox: %1</source>
        <translation>அனுப்புதல் வரிசையை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>No mail has been sent yet.</source>
        <translation>இதுவரை எந்த மின்னஞ்சலும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>Newest first; refreshed every few seconds while this tab is open.</source>
        <translation>புதியவை முதலில்; இந்தத் தாவல் திறந்திருக்கும்போது சில விநாடிகளுக்கு ஒருமுறை புதுப்பிக்கப்படும்.</translation>
    </message>
    <message>
        <source>Enter the address to send the test mail to.</source>
        <translation>சோதனை மின்னஞ்சலை அனுப்ப வேண்டிய முகவரியை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>அனுப்பப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>The test mail is queued; its state shows in the outbox below.</source>
        <translation>சோதனை மின்னஞ்சல் வரிசையில் உள்ளது; அதன் நிலை கீழே உள்ள அனுப்புதல் வரிசையில் தெரியும்.</translation>
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
        <source>Customer Care Registry</source>
        <translation>வாடிக்கையாளர் சேவை பதிவேடு</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;கணக்கு</translation>
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
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your saved login has ended: %1</source>
        <translation>சேமித்த உள்நுழைவு முடிந்துவிட்டது: %1</translation>
    </message>
    <message>
        <source>Could not resume your saved login: %1</source>
        <translation>சேமித்த உள்நுழைவைத் தொடர முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Your system has no keychain; you will need to log in next time.</source>
        <translation>உங்கள் கணினியில் கீசெயின் (கடவுச்சொல் சேமிப்பகம்) இல்லை; அடுத்த முறை மீண்டும் உள்நுழைய வேண்டும்.</translation>
    </message>
    <message>
        <source>Back online; updates missed meanwhile were applied.</source>
        <translation>மீண்டும் இணைப்பில்; இடையில் தவறிய புதுப்பிப்புகள் சேர்க்கப்பட்டன.</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>டிக்கெட்டுகள் (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>காட்சி (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>மொழி (&amp;L)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>கணினி மொழி (%1)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>அறிவிப்புகள் (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>உதவி (&amp;H)</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>No notifications yet — news about your tickets will appear here</source>
        <translation>இன்னும் அறிவிப்புகள் இல்லை — உங்கள் டிக்கெட்டுகள் பற்றிய செய்திகள் இங்கே தோன்றும்</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>அனைத்தையும் படித்ததாகக் குறி</translation>
    </message>
</context>
<context>
    <name>ccr::client::MessageBubble</name>
    <message>
        <source>You</source>
        <translation>நீங்கள்</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>உள் குறிப்பு — வாடிக்கையாளருக்குத் தெரியாது</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>முன்னோட்டத்தை ஏற்றுகிறது…</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 இன் முன்னோட்டம்</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>சேமி…</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 ஐச் சேமி</translation>
    </message>
    <message>
        <source>✓✓ Read</source>
        <translation>✓✓ படிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>முன்னோட்டம் இல்லை</translation>
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
        <source>The ticket was not raised: %1</source>
        <translation>டிக்கெட் உருவாக்கப்படவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::Notifier</name>
    <message>
        <source>Ticket #%1 was assigned to you</source>
        <translation>டிக்கெட் #%1 உங்களுக்கு ஒதுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>resolution is overdue</source>
        <translation>தீர்வுக்கான காலம் கடந்துவிட்டது</translation>
    </message>
    <message>
        <source>first response is overdue</source>
        <translation>முதல் பதிலுக்கான காலம் கடந்துவிட்டது</translation>
    </message>
    <message>
        <source>SLA breached on ticket #%1: %2</source>
        <translation>டிக்கெட் #%1 இல் SLA மீறப்பட்டது: %2</translation>
    </message>
    <message>
        <source>%1 is now handling your ticket #%2</source>
        <translation>%1 இப்போது உங்கள் டிக்கெட் #%2 ஐக் கையாள்கிறார்</translation>
    </message>
    <message>
        <source>Your ticket #%1 is now: %2</source>
        <translation>உங்கள் டிக்கெட் #%1 இப்போது: %2</translation>
    </message>
    <message>
        <source>%1 wrote on ticket #%2</source>
        <translation>%1 டிக்கெட் #%2 இல் எழுதினார்</translation>
    </message>
    <message>
        <source>New reply on your ticket #%1</source>
        <translation>உங்கள் டிக்கெட் #%1 இல் புதிய பதில்</translation>
    </message>
    <message>
        <source>resolution due in %1</source>
        <translation>தீர்வுக்கான காலக்கெடுவுக்கு இன்னும் %1 உள்ளது</translation>
    </message>
    <message>
        <source>first response due in %1</source>
        <translation>முதல் பதிலுக்கான காலக்கெடுவுக்கு இன்னும் %1 உள்ளது</translation>
    </message>
    <message>
        <source>SLA about to breach on ticket #%1: %2</source>
        <translation>டிக்கெட் #%1 இல் SLA மீறப்படவுள்ளது: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n நாள்</numerusform>
            <numerusform>%n நாட்கள்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n மணி நேரம்</numerusform>
            <numerusform>%n மணி நேரம்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n நிமிடம்</numerusform>
            <numerusform>%n நிமிடங்கள்</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days then hours</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours then minutes</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ccr::client::OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>வரிசையில்</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>அனுப்பப்படுகிறது</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <source>Failed ✗</source>
        <translation>தோல்வி ✗</translation>
    </message>
    <message>
        <source>To</source>
        <translation>பெறுநர்</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>State</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>முயற்சிகள்</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>கடைசி பிழை</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
</context>
<context>
    <name>ccr::client::PasswordCodeWidget</name>
    <message>
        <source>Send me a code</source>
        <translation>எனக்கு ஒரு குறியீட்டை அனுப்பு</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>உள்நுழைவுக்குத் திரும்பு</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>6 digits from the email</source>
        <translation>மின்னஞ்சலில் உள்ள 6 இலக்கங்கள்</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>குறைந்தது %n எழுத்து</numerusform>
            <numerusform>குறைந்தது %n எழுத்துகள்</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>புதிய கடவுச்சொல்</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>கடவுச்சொல்லை உறுதிப்படுத்து</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>உங்கள் கடவுச்சொல்லை மீட்டமை</translation>
    </message>
    <message>
        <source>Accept your invitation</source>
        <translation>உங்கள் அழைப்பை ஏற்கவும்</translation>
    </message>
    <message>
        <source>Enter the email of your account. We will mail you a 6-digit code to set a new password with.</source>
        <translation>உங்கள் கணக்கின் மின்னஞ்சலை உள்ளிடுங்கள். புதிய கடவுச்சொல் அமைக்க 6 இலக்கக் குறியீட்டை மின்னஞ்சலில் அனுப்புவோம்.</translation>
    </message>
    <message>
        <source>Enter your email, the 6-digit code from your invitation email, and the password you want to use.</source>
        <translation>உங்கள் மின்னஞ்சல், அழைப்பு மின்னஞ்சலில் உள்ள 6 இலக்கக் குறியீடு, நீங்கள் பயன்படுத்த விரும்பும் கடவுச்சொல் ஆகியவற்றை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>புதிய கடவுச்சொல்லை அமை</translation>
    </message>
    <message>
        <source>Activate my account</source>
        <translation>என் கணக்கைச் செயல்படுத்து</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>உங்கள் கணக்கின் மின்னஞ்சல் முகவரியை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Send another code</source>
        <translation>மற்றொரு குறியீட்டை அனுப்பு</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the email.</source>
        <translation>மின்னஞ்சலில் உள்ள 6 இலக்கக் குறியீட்டை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Your password is set, but logging in failed: %1</source>
        <translation>உங்கள் கடவுச்சொல் அமைக்கப்பட்டது, ஆனால் உள்நுழைவு தோல்வியடைந்தது: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::PendingApprovalWidget</name>
    <message>
        <source>Check now</source>
        <translation>இப்போது சரிபார்</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>வெளியேறு</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>ஒப்புதலுக்காகக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Thank you, %1. An administrator has to approve your agent account before you can work on tickets.</source>
        <translation>நன்றி, %1. நீங்கள் டிக்கெட்டுகளில் பணியாற்றும் முன் ஒரு நிர்வாகி உங்கள் முகவர் கணக்கை ஒப்புக்கொள்ள வேண்டும்.</translation>
    </message>
    <message>
        <source>You can leave this window open: it changes by itself the moment you are approved.</source>
        <translation>இந்தச் சாளரத்தைத் திறந்தே வைக்கலாம்: ஒப்புதல் கிடைத்த உடனே அது தானாக மாறும்.</translation>
    </message>
    <message>
        <source>This page cannot update itself (%1). Use Check now.</source>
        <translation>இந்தப் பக்கம் தானாகப் புதுப்பிக்க முடியாது (%1). &quot;இப்போது சரிபார்&quot; என்பதைப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>இன்னும் ஒப்புதல் கிடைக்கவில்லை.</translation>
    </message>
</context>
<context>
    <name>ccr::client::PeopleModel</name>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>முகவர்</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>நிர்வாகி</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>ஒப்புதலுக்காகக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>அழைக்கப்பட்டவர்</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>நிராகரிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>செயலிழக்கப்பட்டது</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (நீங்கள்)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>பங்கு</translation>
    </message>
    <message>
        <source>State</source>
        <translation>நிலை</translation>
    </message>
</context>
<context>
    <name>ccr::client::PeopleTab</name>
    <message>
        <source>Invite agent…</source>
        <translation>முகவரை அழை…</translation>
    </message>
    <message>
        <source>Invite admin…</source>
        <translation>நிர்வாகியை அழை…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>ஒப்புக்கொள்</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>நிராகரி…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>செயலிழக்கச் செய்…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>மீண்டும் செயல்படுத்து</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>அமர்வுகளை முடி</translation>
    </message>
    <message>
        <source>Log this person out everywhere; they can log in again.</source>
        <translation>இவரை எல்லா இடங்களிலிருந்தும் வெளியேற்று; அவர் மீண்டும் உள்நுழையலாம்.</translation>
    </message>
    <message>
        <source>Agents and administrators</source>
        <translation>முகவர்களும் நிர்வாகிகளும்</translation>
    </message>
    <message>
        <source>Reject %1&apos;s request for an agent account? They will not be able to log in.</source>
        <translation>முகவர் கணக்கிற்கான %1 இன் கோரிக்கையை நிராகரிக்கவா? அவரால் உள்நுழைய முடியாது.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>நிராகரி</translation>
    </message>
    <message>
        <source>Deactivate %1? They are logged out at once and cannot log in until reactivated.</source>
        <translation>%1 ஐச் செயலிழக்கச் செய்யவா? அவர் உடனே வெளியேற்றப்படுவார்; மீண்டும் செயல்படுத்தும் வரை உள்நுழைய முடியாது.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>செயலிழக்கச் செய்</translation>
    </message>
    <message>
        <source>Could not load the people: %1</source>
        <translation>நபர்களின் பட்டியலை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>%1 க்கு அழைப்பு அனுப்பப்பட்டது.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>உறுதிப்படுத்துங்கள்</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is approved and can work on tickets now.</source>
        <translation>%1 ஒப்புக்கொள்ளப்பட்டார், இப்போது டிக்கெட்டுகளில் பணியாற்றலாம்.</translation>
    </message>
    <message>
        <source>%1&apos;s request was declined.</source>
        <translation>%1 இன் கோரிக்கை நிராகரிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>%1 is deactivated and was logged out.</source>
        <translation>%1 செயலிழக்கப்பட்டு வெளியேற்றப்பட்டார்.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 மீண்டும் செயலில் உள்ளார்.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was logged out (%n open connection(s) closed).</source>
        <translation>
            <numerusform>%1 வெளியேற்றப்பட்டார் (%n திறந்த இணைப்பு மூடப்பட்டது).</numerusform>
            <numerusform>%1 வெளியேற்றப்பட்டார் (%n திறந்த இணைப்புகள் மூடப்பட்டன).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::client::PresenceSwitch</name>
    <message>
        <source>My presence</source>
        <translation>என் இருப்பு நிலை</translation>
    </message>
    <message>
        <source>Away: automatic assignment gives you no new tickets.</source>
        <translation>விலகி: தானியங்கி ஒதுக்கீடு உங்களுக்குப் புதிய டிக்கெட்டுகளைத் தராது.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>நான்</translation>
    </message>
    <message>
        <source>Presence unavailable</source>
        <translation>இருப்பு நிலை கிடைக்கவில்லை</translation>
    </message>
</context>
<context>
    <name>ccr::client::ProfileDetailsForm</name>
    <message>
        <source>Your details</source>
        <translation>உங்கள் விவரங்கள்</translation>
    </message>
    <message>
        <source>Email me optional notifications</source>
        <translation>விருப்ப அறிவிப்புகளை எனக்கு மின்னஞ்சலில் அனுப்பு</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>மாற்றங்களைச் சேமி</translation>
    </message>
    <message>
        <source>Optional, e.g. +91 44 1234 5678</source>
        <translation>விருப்பத்தேர்வு, எ.கா. +91 44 1234 5678</translation>
    </message>
    <message>
        <source>Tips and news about the help desk. Mails about your own tickets and account always come.</source>
        <translation>உதவி மையம் பற்றிய குறிப்புகளும் செய்திகளும். உங்கள் டிக்கெட்டுகள், கணக்கு பற்றிய மின்னஞ்சல்கள் எப்போதும் வரும்.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
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
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Language of emails</source>
        <translation>மின்னஞ்சல்களின் மொழி</translation>
    </message>
    <message>
        <source>Could not load your profile: %1</source>
        <translation>உங்கள் சுயவிவரத்தை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>சேமிக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>Your details are saved.</source>
        <translation>உங்கள் விவரங்கள் சேமிக்கப்பட்டன.</translation>
    </message>
</context>
<context>
    <name>ccr::client::RaiseForCallerDialog</name>
    <message>
        <source>Find a customer</source>
        <translation>வாடிக்கையாளரைத் தேடு</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>புதிய வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Raise ticket</source>
        <translation>டிக்கெட்டை உருவாக்கு</translation>
    </message>
    <message>
        <source>Raise a ticket for a caller</source>
        <translation>அழைப்பாளருக்காக டிக்கெட் எழுப்பு</translation>
    </message>
    <message>
        <source>Name, email or phone number</source>
        <translation>பெயர், மின்னஞ்சல் அல்லது தொலைபேசி எண்</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>பொருந்தும் வாடிக்கையாளர்கள்</translation>
    </message>
    <message>
        <source>Type a name, an email or a phone number.</source>
        <translation>பெயர், மின்னஞ்சல் அல்லது தொலைபேசி எண்ணைத் தட்டச்சு செய்யவும்.</translation>
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
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>They get an email with a code to claim their account.</source>
        <translation>தங்கள் கணக்கைப் பெற ஒரு குறியீட்டுடன் அவர்களுக்கு மின்னஞ்சல் வரும்.</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>அழைப்பாளர்</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>டிக்கெட்</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>தேடுகிறது…</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>தேட முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Add them as a new customer.</source>
        <translation>“%1” உடன் யாரும் பொருந்தவில்லை. அவரைப் புதிய வாடிக்கையாளராகச் சேர்க்கவும்.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found — pick one.</source>
        <translation>
            <numerusform>%n வாடிக்கையாளர் கிடைத்தார் — தேர்ந்தெடுக்கவும்.</numerusform>
            <numerusform>%n வாடிக்கையாளர்கள் கிடைத்தனர் — ஒருவரைத் தேர்ந்தெடுக்கவும்.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick the caller from the list, or add them as a new customer.</source>
        <translation>பட்டியலிலிருந்து அழைப்பாளரைத் தேர்ந்தெடுக்கவும், அல்லது புதிய வாடிக்கையாளராகச் சேர்க்கவும்.</translation>
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
        <translation>name@example.com</translation>
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
    <message>
        <source>I am an agent</source>
        <translation>நான் ஒரு முகவர்</translation>
    </message>
    <message>
        <source>Agent accounts start once an administrator approves them.</source>
        <translation>ஒரு நிர்வாகி ஒப்புக்கொண்டதும் முகவர் கணக்குகள் தொடங்கும்.</translation>
    </message>
</context>
<context>
    <name>ccr::client::Session</name>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 உடன் இணைக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>யாரும் உள்நுழையவில்லை.</translation>
    </message>
</context>
<context>
    <name>ccr::client::SettingsTab</name>
    <message>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
</context>
<context>
    <name>ccr::client::ShortcutRegistry</name>
    <message>
        <source>&amp;New ticket…</source>
        <translation>புதிய டிக்கெட் (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Search tickets</source>
        <translation>டிக்கெட்டுகளைத் தேடு (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>புதுப்பி (&amp;R)</translation>
    </message>
    <message>
        <source>Ne&amp;xt ticket</source>
        <translation>அடுத்த டிக்கெட் (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>முந்தைய டிக்கெட் (&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>பதிலளி (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>ஒதுக்கு (&amp;A)…</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>நிலையை மாற்று (&amp;T)…</translation>
    </message>
    <message>
        <source>Insert &amp;canned response…</source>
        <translation>தயார் பதிலைச் செருகு (&amp;C)…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>வெளியேறு (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>நிரலை மூடு (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>விசைப்பலகை குறுக்குவழிகள் (&amp;K)</translation>
    </message>
    <message>
        <source>Raise a new ticket</source>
        <translation>புதிய டிக்கெட்டை உருவாக்கு</translation>
    </message>
    <message>
        <source>Jump to the ticket search field</source>
        <translation>டிக்கெட் தேடல் புலத்திற்குச் செல்</translation>
    </message>
    <message>
        <source>Load the ticket list again</source>
        <translation>டிக்கெட் பட்டியலை மீண்டும் ஏற்று</translation>
    </message>
    <message>
        <source>Select the next ticket in the list</source>
        <translation>பட்டியலில் அடுத்த டிக்கெட்டைத் தேர்ந்தெடு</translation>
    </message>
    <message>
        <source>Select the previous ticket in the list</source>
        <translation>பட்டியலில் முந்தைய டிக்கெட்டைத் தேர்ந்தெடு</translation>
    </message>
    <message>
        <source>Write a reply in the open ticket&apos;s chat</source>
        <translation>திறந்த டிக்கெட்டின் உரையாடலில் பதில் எழுது</translation>
    </message>
    <message>
        <source>Assign the open ticket to an agent</source>
        <translation>திறந்த டிக்கெட்டை ஒரு முகவருக்கு ஒதுக்கு</translation>
    </message>
    <message>
        <source>Change the open ticket&apos;s status</source>
        <translation>திறந்த டிக்கெட்டின் நிலையை மாற்று</translation>
    </message>
    <message>
        <source>Insert a canned response into the reply</source>
        <translation>பதிலில் ஒரு தயார் பதிலைச் செருகு</translation>
    </message>
    <message>
        <source>Log out and return to the login page</source>
        <translation>வெளியேறி உள்நுழைவுப் பக்கத்திற்குத் திரும்பு</translation>
    </message>
    <message>
        <source>Close the client</source>
        <translation>நிரலை மூடு</translation>
    </message>
    <message>
        <source>Show this list of shortcuts</source>
        <translation>இந்தக் குறுக்குவழிப் பட்டியலைக் காட்டு</translation>
    </message>
</context>
<context>
    <name>ccr::client::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>விசைப்பலகை குறுக்குவழிகள்</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window. Commands marked &quot;not here&quot; work once the view they act on is open.</source>
        <translation>இந்த விசைகள் முதன்மைச் சாளரத்தில் எங்கும் வேலை செய்யும். &quot;இங்கு இல்லை&quot; எனக் குறிக்கப்பட்ட கட்டளைகள், அவை செயல்படும் பார்வை திறந்ததும் வேலை செய்யும்.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>விசைகள்</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>கட்டளை</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>என்ன செய்யும்</translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>(இங்கு இல்லை)</translation>
    </message>
</context>
<context>
    <name>ccr::client::SlaSettingsForm</name>
    <message>
        <source>Service level targets</source>
        <translation>சேவை நிலை இலக்குகள்</translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation>இலக்குகளைச் சேமி</translation>
    </message>
    <message>
        <source>Minutes from when a ticket is raised. Changes apply to tickets raised or re-prioritised afterwards.</source>
        <translation>டிக்கெட் எழுப்பப்பட்டதிலிருந்து நிமிடங்கள். மாற்றங்கள் இனி எழுப்பப்படும் அல்லது முன்னுரிமை மாற்றப்படும் டிக்கெட்டுகளுக்குப் பொருந்தும்.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>முதல் பதில்</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>தீர்வு</translation>
    </message>
    <message>
        <source> min</source>
        <translation> நிமி</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not load the targets: %1</source>
        <translation>இலக்குகளை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>சேமிக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>The targets are saved.</source>
        <translation>இலக்குகள் சேமிக்கப்பட்டன.</translation>
    </message>
</context>
<context>
    <name>ccr::client::SmtpSettingsForm</name>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>வெளிச்செல்லும் மின்னஞ்சல் (SMTP)</translation>
    </message>
    <message>
        <source>Save mail settings</source>
        <translation>மின்னஞ்சல் அமைப்புகளைச் சேமி</translation>
    </message>
    <message>
        <source>None (plain text)</source>
        <translation>இல்லை (வெற்று உரை)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password</source>
        <translation>தற்போதைய கடவுச்சொல்லை வைத்திருக்க காலியாக விடவும்</translation>
    </message>
    <message>
        <source>e.g. help@example.com</source>
        <translation>எ.கா. help@example.com</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>சேவையகம்</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>போர்ட்</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>பாதுகாப்பு</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>பயனர் பெயர்</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>அனுப்புநர் முகவரி</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>அனுப்புநர் பெயர்</translation>
    </message>
    <message>
        <source>Could not load the mail settings: %1</source>
        <translation>மின்னஞ்சல் அமைப்புகளை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>A password is set.</source>
        <translation>கடவுச்சொல் அமைக்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>Mail is configured: the server sends mail through %1, port %2.</source>
        <translation>மின்னஞ்சல் அமைக்கப்பட்டுள்ளது: சேவையகம் %1, போர்ட் %2 வழியாக மின்னஞ்சல் அனுப்புகிறது.</translation>
    </message>
    <message>
        <source>Mail is not configured: the server sends no mail until a host and a sender address are set.</source>
        <translation>மின்னஞ்சல் அமைக்கப்படவில்லை: சேவையகமும் அனுப்புநர் முகவரியும் அமைக்கப்படும் வரை சேவையகம் எந்த மின்னஞ்சலும் அனுப்பாது.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>எதுவும் மாறவில்லை.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>சேமிக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>The mail settings are saved.</source>
        <translation>மின்னஞ்சல் அமைப்புகள் சேமிக்கப்பட்டன.</translation>
    </message>
</context>
<context>
    <name>ccr::client::StaffPanel</name>
    <message>
        <source>All tickets</source>
        <translation>அனைத்து டிக்கெட்டுகளும்</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>டிக்கெட்டுகள்</translation>
    </message>
    <message>
        <source>People</source>
        <translation>நபர்கள்</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>சுயவிவரம்</translation>
    </message>
</context>
<context>
    <name>ccr::client::StatusStyle</name>
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
        <source>Low</source>
        <translation>குறைவு</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>இயல்பு</translation>
    </message>
    <message>
        <source>High</source>
        <translation>அதிகம்</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>அவசரம்</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketDetailView</name>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>முன்னுரிமை</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>விருப்பமான தொடர்பு முறை</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>முகவர்</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>ஒதுக்க வேண்டியவர்</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>ஒதுக்கு</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>ஒதுக்கு…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>புதுப்பிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>முதல் பதில்</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>தீர்வு</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>நிலையை மாற்று</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>விவரம்</translation>
    </message>
    <message>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>என்ன நடந்தது</translation>
    </message>
    <message>
        <source>History</source>
        <translation>வரலாறு</translation>
    </message>
    <message>
        <source>Could not load the ticket: %1</source>
        <translation>டிக்கெட்டை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>கொடுக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ஒதுக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>%1, raised by staff for the customer</source>
        <translation>%1, வாடிக்கையாளருக்காகப் பணியாளர் எழுப்பியது</translation>
    </message>
    <message>
        <source>Change the status to “%1”</source>
        <translation>நிலையை “%1” ஆக மாற்று</translation>
    </message>
    <message>
        <source>You cannot change the status of this ticket now.</source>
        <translation>இப்போது இந்த டிக்கெட்டின் நிலையை நீங்கள் மாற்ற முடியாது.</translation>
    </message>
    <message>
        <source>Choose an agent…</source>
        <translation>ஒரு முகவரைத் தேர்ந்தெடுக்கவும்…</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>மீண்டும் ஒதுக்கு</translation>
    </message>
    <message>
        <source>The status is now “%1”.</source>
        <translation>நிலை இப்போது “%1”.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>%1 க்கு ஒதுக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>The priority is now %1.</source>
        <translation>முன்னுரிமை இப்போது %1.</translation>
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
    <message>
        <source>Could not load more tickets: %1</source>
        <translation>மேலும் டிக்கெட்டுகளை ஏற்ற முடியவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketFieldsForm</name>
    <message>
        <source>In a few words, what is wrong?</source>
        <translation>சில சொற்களில், என்ன பிரச்சினை?</translation>
    </message>
    <message>
        <source>What happened, since when, and what you have tried.</source>
        <translation>என்ன நடந்தது, எப்போதிலிருந்து, நீங்கள் என்ன முயன்றீர்கள்.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>தெரியவில்லை</translation>
    </message>
    <message>
        <source>Optional, e.g. +91 98765 43210</source>
        <translation>விருப்பத்தேர்வு, எ.கா. +91 98765 43210</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Chat in the app</source>
        <translation>செயலியில் அரட்டை</translation>
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
        <source>Category</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>முன்னுரிமை</translation>
    </message>
    <message>
        <source>How urgent is it?</source>
        <translation>இது எவ்வளவு அவசரம்?</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>தொடர்பு தொலைபேசி</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>விரும்பும் தொடர்பு முறை</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>பரிந்துரை: %1</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2)</source>
        <translation>பரிந்துரை: %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketFilterBar</name>
    <message>
        <source>Any</source>
        <translation>ஏதேனும்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>அனைத்து நிலைகள்</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Done (resolved or closed)</source>
        <translation>முடிந்தவை (தீர்க்கப்பட்டது அல்லது மூடப்பட்டது)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>டிக்கெட்டுகளைத் தேடு</translation>
    </message>
    <message>
        <source>Search my tickets and messages</source>
        <translation>எனது டிக்கெட்டுகளையும் செய்திகளையும் தேடு</translation>
    </message>
    <message>
        <source>Search subjects, descriptions and messages</source>
        <translation>பொருள், விவரம், செய்திகளில் தேடு</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>எனது வரிசை</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>அனைத்து டிக்கெட்டுகளும்</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>முன்னுரிமை</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>அனைத்து முன்னுரிமைகள்</translation>
    </message>
    <message>
        <source>High and urgent</source>
        <translation>உயர் மற்றும் அவசரம்</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>முகவர்</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>எந்த முகவரும்</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>என்னுடையவை</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ஒதுக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>அனைத்து வகைகள்</translation>
    </message>
    <message>
        <source>Raised from</source>
        <translation>எழுப்பிய தேதி முதல்</translation>
    </message>
    <message>
        <source>Raised until</source>
        <translation>எழுப்பிய தேதி வரை</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>எழுப்பியது</translation>
    </message>
    <message>
        <source>to</source>
        <translation>முதல்</translation>
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
        <source>Low</source>
        <translation>குறைவு</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>இயல்பு</translation>
    </message>
    <message>
        <source>High</source>
        <translation>அதிகம்</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>அவசரம்</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n நிமி</numerusform>
            <numerusform>%n நிமி</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ம %2 நிமி</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 நா %2 ம</translation>
    </message>
    <message>
        <source>First response due: %1</source>
        <translation>முதல் பதில் காலக்கெடு: %1</translation>
    </message>
    <message>
        <source>Resolution due: %1</source>
        <translation>தீர்வு காலக்கெடு: %1</translation>
    </message>
    <message>
        <source>The first response target was missed.</source>
        <translation>முதல் பதில் இலக்கு தவறியது.</translation>
    </message>
    <message>
        <source>The resolution target was missed.</source>
        <translation>தீர்வு இலக்கு தவறியது.</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>மீறப்பட்டது</translation>
    </message>
    <message>
        <source>Raised %1
Last changed %2</source>
        <translation>எழுப்பியது %1
கடைசியாக மாற்றியது %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ஒதுக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
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
        <source>Priority</source>
        <translation>முன்னுரிமை</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>வகை</translation>
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
        <source>Updated</source>
        <translation>புதுப்பிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketTable</name>
    <message>
        <source>Tickets</source>
        <translation>டிக்கெட்டுகள்</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>டிக்கெட்டுகள் ஏற்றப்படுகின்றன…</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketWords</name>
    <message>
        <source>Low</source>
        <translation>குறைவு</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>சாதாரணம்</translation>
    </message>
    <message>
        <source>High</source>
        <translation>அதிகம்</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>அவசரம்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>அரட்டை</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>இணைப்பில்</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>விலகி</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>இணைப்பில் இல்லை</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <translation>இருப்பு நிலை தெரியவில்லை</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>அமைப்பு</translation>
    </message>
    <message>
        <source>The first-response target was breached</source>
        <translation>முதல் பதில் இலக்கு மீறப்பட்டது</translation>
    </message>
    <message>
        <source>The resolution target was breached</source>
        <translation>தீர்வு இலக்கு மீறப்பட்டது</translation>
    </message>
    <message>
        <source>The ticket was assigned automatically to %1</source>
        <translation>டிக்கெட் தானாக %1 க்கு ஒதுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>%1 raised the ticket</source>
        <translation>%1 டிக்கெட்டை எழுப்பினார்</translation>
    </message>
    <message>
        <source>%1 changed the status from %2 to %3</source>
        <translation>%1 நிலையை %2 இலிருந்து %3 ஆக மாற்றினார்</translation>
    </message>
    <message>
        <source>%1 assigned the ticket to %2</source>
        <translation>%1 டிக்கெட்டை %2 க்கு ஒதுக்கினார்</translation>
    </message>
    <message>
        <source>%1 reassigned the ticket from %2 to %3</source>
        <translation>%1 டிக்கெட்டை %2 இடமிருந்து %3 க்கு மீண்டும் ஒதுக்கினார்</translation>
    </message>
    <message>
        <source>%1 changed the priority from %2 to %3</source>
        <translation>%1 முன்னுரிமையை %2 இலிருந்து %3 ஆக மாற்றினார்</translation>
    </message>
    <message>
        <source>%1 changed the category from %2 to %3</source>
        <translation>%1 வகையை %2 இலிருந்து %3 ஆக மாற்றினார்</translation>
    </message>
    <message>
        <source>none</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>%1 changed %2 from “%3” to “%4”</source>
        <translation>%1 %2 ஐ “%3” இலிருந்து “%4” ஆக மாற்றினார்</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>மீண்டும் திற</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>வேலையைத் தொடர்</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>வேலையைத் தொடங்கு</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>வாடிக்கையாளருக்காகக் காத்திரு</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>தீர்க்கப்பட்டதாகக் குறி</translation>
    </message>
    <message>
        <source>Accept and close</source>
        <translation>ஏற்று மூடு</translation>
    </message>
    <message>
        <source>Withdraw ticket</source>
        <translation>டிக்கெட்டைத் திரும்பப் பெறு</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Back to assigned</source>
        <translation>ஒதுக்கப்பட்ட நிலைக்குத் திரும்பு</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 நா %2 ம</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ம %2 நிமி</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 நிமி</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 வி</translation>
    </message>
    <message>
        <source>Breached — was due %1, met %2</source>
        <translation>மீறப்பட்டது — கெடு %1, நிறைவேறியது %2</translation>
    </message>
    <message>
        <source>Breached — was due %1</source>
        <translation>மீறப்பட்டது — கெடு %1</translation>
    </message>
    <message>
        <source>Met %1</source>
        <translation>நிறைவேறியது %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>இலக்கு இல்லை</translation>
    </message>
    <message>
        <source>Due %1 — overdue by %2</source>
        <translation>கெடு %1 — %2 தாமதம்</translation>
    </message>
    <message>
        <source>Due %1 — %2 left</source>
        <translation>கெடு %1 — இன்னும் %2</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketWorkspace</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Close ticket #%1</source>
        <translation>டிக்கெட் #%1 ஐ மூடு</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketsPage</name>
    <message>
        <source>Raise for a caller…</source>
        <translation>அழைப்பாளருக்காக எழுப்பு…</translation>
    </message>
    <message>
        <source>Raise a ticket for someone on the phone</source>
        <translation>தொலைபேசியில் உள்ளவருக்காக டிக்கெட் எழுப்பு</translation>
    </message>
    <message>
        <source>Nothing in your queue. &quot;All tickets&quot; shows everyone&apos;s.</source>
        <translation>உங்கள் வரிசையில் எதுவும் இல்லை. &quot;அனைத்து டிக்கெட்டுகள்&quot; அனைவருடையதையும் காட்டும்.</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>இந்த வடிகட்டிகளுடன் எந்த டிக்கெட்டும் பொருந்தவில்லை.</translation>
    </message>
    <message>
        <source>No tickets yet — raise one with New ticket</source>
        <translation>இன்னும் டிக்கெட்டுகள் இல்லை — &quot;புதிய டிக்கெட்&quot; மூலம் ஒன்றை உருவாக்குங்கள்</translation>
    </message>
    <message>
        <source>No tickets yet. New tickets appear here as customers raise them.</source>
        <translation>இன்னும் டிக்கெட்டுகள் இல்லை. வாடிக்கையாளர்கள் எழுப்பும்போது புதிய டிக்கெட்டுகள் இங்கே தோன்றும்.</translation>
    </message>
    <message>
        <source>Ticket #%1 raised for %2, who was mailed a code to claim their new account.</source>
        <translation>%2 அவர்களுக்காக டிக்கெட் #%1 எழுப்பப்பட்டது; புதிய கணக்கைப் பெற அவர்களுக்கு ஒரு குறியீடு மின்னஞ்சலில் அனுப்பப்பட்டது.</translation>
    </message>
    <message>
        <source>Ticket #%1 raised for %2.</source>
        <translation>%2 அவர்களுக்காக டிக்கெட் #%1 எழுப்பப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>ccr::client::TrayIcon</name>
    <message>
        <source>Customer Care Registry</source>
        <translation>வாடிக்கையாளர் சேவை பதிவேடு</translation>
    </message>
    <message numerus="yes">
        <source>Customer Care Registry — %n unread</source>
        <translation>
            <numerusform>வாடிக்கையாளர் சேவை பதிவேடு — %n படிக்காதவை</numerusform>
            <numerusform>வாடிக்கையாளர் சேவை பதிவேடு — %n படிக்காதவை</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::protocol::RpcClient</name>
    <message>
        <source>The server sent data that is not CCR protocol: it may not be a CCR server. Check the address and port.</source>
        <translation>சேவையகம் CCR நெறிமுறை அல்லாத தரவை அனுப்பியது: அது CCR சேவையகமாக இல்லாமல் இருக்கலாம். முகவரியையும் போர்ட்டையும் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>சேவையகம் உரிய நேரத்தில் பதிலளிக்கவில்லை.</translation>
    </message>
    <message>
        <source>Not connected to the server. Try again once the connection is back.</source>
        <translation>சேவையகத்துடன் இணைப்பு இல்லை. இணைப்பு திரும்பியதும் மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be verified.</source>
        <translation>சேவையகத்தின் சான்றிதழைச் சரிபார்க்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed. This can mean someone is intercepting the connection. Refusing to connect.</source>
        <translation>சேவையகத்தின் சான்றிதழ் மாறியுள்ளது. யாரோ இணைப்பை இடைமறிக்கிறார்கள் என்று இது பொருள்படலாம். இணைக்க மறுக்கப்படுகிறது.</translation>
    </message>
    <message>
        <source>The server did not answer as a CCR server does. Check the address and port.</source>
        <translation>சேவையகம் ஒரு CCR சேவையகம் போல பதிலளிக்கவில்லை. முகவரியையும் போர்ட்டையும் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>The server speaks CCR protocol %1, but this client needs %2 or later. Ask your administrator to update the server.</source>
        <translation>சேவையகம் CCR நெறிமுறை %1 பேசுகிறது, ஆனால் இந்தக் கிளையண்டுக்கு %2 அல்லது அதற்குப் பிந்தையது தேவை. சேவையகத்தைப் புதுப்பிக்க உங்கள் நிர்வாகியிடம் கேளுங்கள்.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused). Check the address and port, and that the server is running.</source>
        <translation>%1 இல் எதுவும் பதிலளிக்கவில்லை (இணைப்பு மறுக்கப்பட்டது). முகவரியையும் போர்ட்டையும், சேவையகம் இயங்குகிறதா என்பதையும் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the server address.</source>
        <translation>%1 என்ற ஹோஸ்ட் கிடைக்கவில்லை. சேவையக முகவரியைச் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>No secure connection could be made with %1 (%2). It may not be a CCR server, or it runs without encryption (--plain).</source>
        <translation>%1 உடன் பாதுகாப்பான இணைப்பை ஏற்படுத்த முடியவில்லை (%2). அது CCR சேவையகமாக இல்லாமல் இருக்கலாம், அல்லது குறியாக்கம் இல்லாமல் (--plain) இயங்கலாம்.</translation>
    </message>
    <message>
        <source>%1 closed the connection without welcoming us. It may not be a CCR server.</source>
        <translation>%1 நம்மை வரவேற்காமலேயே இணைப்பை மூடியது. அது CCR சேவையகமாக இல்லாமல் இருக்கலாம்.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>சேவையகத்துடனான இணைப்பு துண்டிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>ccr::validation</name>
    <message>
        <source>Use at most 100 characters.</source>
        <translation>அதிகபட்சம் 100 எழுத்துகளைப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <source>Remove the control characters.</source>
        <translation>கட்டுப்பாட்டு எழுத்துகளை நீக்குங்கள்.</translation>
    </message>
    <message>
        <source>First name needs at least 3 characters.</source>
        <translation>முதல் பெயரில் குறைந்தது 3 எழுத்துகள் வேண்டும்.</translation>
    </message>
    <message>
        <source>Last name is required.</source>
        <translation>கடைசிப் பெயர் தேவை.</translation>
    </message>
    <message>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>name@example.com போன்ற சரியான மின்னஞ்சல் முகவரியை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Password needs at least 8 characters.</source>
        <translation>கடவுச்சொல்லில் குறைந்தது 8 எழுத்துகள் வேண்டும்.</translation>
    </message>
    <message>
        <source>Password is too long.</source>
        <translation>கடவுச்சொல் மிக நீளமாக உள்ளது.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>இரண்டு கடவுச்சொற்களும் வேறுபடுகின்றன.</translation>
    </message>
    <message>
        <source>Give the ticket a subject.</source>
        <translation>டிக்கெட்டுக்கு ஒரு தலைப்பைக் கொடுங்கள்.</translation>
    </message>
    <message>
        <source>Keep the subject under 200 characters.</source>
        <translation>தலைப்பை 200 எழுத்துகளுக்குள் வையுங்கள்.</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>சிக்கலை விவரியுங்கள்.</translation>
    </message>
    <message>
        <source>Keep the description under 20,000 characters.</source>
        <translation>விவரத்தை 20,000 எழுத்துகளுக்குள் வையுங்கள்.</translation>
    </message>
    <message>
        <source>Write a message.</source>
        <translation>ஒரு செய்தியை எழுதுங்கள்.</translation>
    </message>
    <message>
        <source>Keep the message under 20,000 characters.</source>
        <translation>செய்தியை 20,000 எழுத்துகளுக்குள் வையுங்கள்.</translation>
    </message>
    <message>
        <source>Give the response a title.</source>
        <translation>பதிலுக்கு ஒரு தலைப்பைக் கொடுங்கள்.</translation>
    </message>
    <message>
        <source>Keep the title under 200 characters.</source>
        <translation>தலைப்பை 200 எழுத்துகளுக்குள் வையுங்கள்.</translation>
    </message>
    <message>
        <source>Choose low, normal, high or urgent.</source>
        <translation>குறைவு, சாதாரணம், அதிகம் அல்லது அவசரம் என்பதைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and brackets only, at most 32 characters.</source>
        <translation>எண்கள், இடைவெளிகள், +, - மற்றும் அடைப்புக்குறிகளை மட்டும் பயன்படுத்துங்கள், அதிகபட்சம் 32 எழுத்துகள்.</translation>
    </message>
    <message>
        <source>Choose email, phone or chat.</source>
        <translation>மின்னஞ்சல், தொலைபேசி அல்லது அரட்டையைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Give the category a name.</source>
        <translation>வகைக்கு ஒரு பெயரைக் கொடுங்கள்.</translation>
    </message>
    <message>
        <source>Keep the name under 60 characters.</source>
        <translation>பெயரை 60 எழுத்துகளுக்குள் வையுங்கள்.</translation>
    </message>
</context>
</TS>
