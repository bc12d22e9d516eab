<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ccr::client::AgentPresenceModel</name>
    <message>
        <source>Customer rating</source>
        <translation>ग्राहक रेटिंग</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>अभी तक कोई रेटिंग नहीं</translation>
    </message>
    <message>
        <source>%1 of 5 (1 rating)</source>
        <translation>5 में से %1 (1 रेटिंग)</translation>
    </message>
    <message>
        <source>%1 of 5 (%2 ratings)</source>
        <translation>5 में से %1 (%2 रेटिंग)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>खुले टिकट</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n open</source>
        <translation>
            <numerusform>%1 — %2, %n खुला</numerusform>
            <numerusform>%1 — %2, %n खुले</numerusform>
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
        <translation>एजेंट के कौशल</translation>
    </message>
    <message>
        <source>Save skills</source>
        <translation>कौशल सहेजें</translation>
    </message>
    <message>
        <source>Categories the agent is skilled in</source>
        <translation>वे श्रेणियाँ जिनमें एजेंट कुशल है</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Skilled in</source>
        <translation>कुशल है</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (निष्क्रिय)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>%1&apos;s skills are saved.</source>
        <translation>%1 के कौशल सहेजे गए।</translation>
    </message>
</context>
<context>
    <name>ccr::client::AgentsTab</name>
    <message>
        <source>Agents</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Could not load the agents: %1</source>
        <translation>एजेंट लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>No active agents yet. Invite agents in People; they appear here once they can work.</source>
        <translation>अभी कोई सक्रिय एजेंट नहीं है। लोग टैब में एजेंटों को आमंत्रित करें; काम कर सकने पर वे यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <source>This server does not report agent presence.</source>
        <translation>यह सर्वर एजेंटों की उपस्थिति नहीं बताता।</translation>
    </message>
    <message>
        <source>Presence changes live as agents log in, step away or leave.</source>
        <translation>एजेंटों के लॉग इन करने, दूर होने या चले जाने पर उपस्थिति तुरंत बदलती है।</translation>
    </message>
</context>
<context>
    <name>ccr::client::AssignmentSettingsForm</name>
    <message>
        <source>Automatic assignment</source>
        <translation>स्वचालित नियुक्ति</translation>
    </message>
    <message>
        <source>Only agents skilled in the ticket&apos;s category</source>
        <translation>केवल टिकट की श्रेणी में कुशल एजेंट</translation>
    </message>
    <message>
        <source>Save assignment</source>
        <translation>नियुक्ति सहेजें</translation>
    </message>
    <message>
        <source>Off — administrators assign by hand</source>
        <translation>बंद — व्यवस्थापक स्वयं नियुक्त करते हैं</translation>
    </message>
    <message>
        <source>Round robin among online agents</source>
        <translation>ऑनलाइन एजेंटों में बारी-बारी से</translation>
    </message>
    <message>
        <source>Online agent with the least open work</source>
        <translation>सबसे कम खुले काम वाला ऑनलाइन एजेंट</translation>
    </message>
    <message>
        <source>New tickets go to</source>
        <translation>नए टिकट किसे मिलें</translation>
    </message>
    <message>
        <source>Could not load the assignment settings: %1</source>
        <translation>नियुक्ति सेटिंग्स लोड नहीं हो सकीं: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>The assignment settings are saved.</source>
        <translation>नियुक्ति सेटिंग्स सहेजी गईं।</translation>
    </message>
</context>
<context>
    <name>ccr::client::AttachmentDownload</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>The download of %1 was stopped.</source>
        <translation>%1 का डाउनलोड रोक दिया गया।</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 डाउनलोड नहीं हो सकी: %2</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: the server sent nothing.</source>
        <translation>%1 डाउनलोड नहीं हो सकी: सर्वर ने कुछ नहीं भेजा।</translation>
    </message>
</context>
<context>
    <name>ccr::client::AttachmentUpload</name>
    <message>
        <source>%1 was not uploaded: not connected.</source>
        <translation>%1 अपलोड नहीं हुई: कनेक्शन नहीं है।</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 was not accepted: %2</source>
        <translation>%1 स्वीकार नहीं की गई: %2</translation>
    </message>
    <message>
        <source>%1 was not accepted: the server named no chunk size.</source>
        <translation>%1 स्वीकार नहीं की गई: सर्वर ने खंड का आकार नहीं बताया।</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2</source>
        <translation>%1 पूरी नहीं पढ़ी जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>%1 अपलोड नहीं हुई: %2</translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation>%1 सहेजी नहीं गई: %2</translation>
    </message>
</context>
<context>
    <name>ccr::client::BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation>काम जारी है…</translation>
    </message>
</context>
<context>
    <name>ccr::client::CannedPicker</name>
    <message>
        <source>Insert a canned response</source>
        <translation>तैयार जवाब डालें</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>छाँटने के लिए लिखें…</translation>
    </message>
    <message>
        <source>Filter canned responses</source>
        <translation>तैयार जवाब छाँटें</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>प्रबंधित करें…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>डालें</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>No canned responses yet. Create one with Manage…</source>
        <translation>अभी कोई तैयार जवाब नहीं। प्रबंधित करें… से एक बनाएँ</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>“%1” से कुछ मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>तैयार जवाब</translation>
    </message>
</context>
<context>
    <name>ccr::client::CannedResponseModel</name>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (साझा)</translation>
    </message>
    <message>
        <source>Could not load the canned responses: %1</source>
        <translation>तैयार जवाब लोड नहीं हो सके: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::CannedResponsesDialog</name>
    <message>
        <source>Shared with all agents and administrators</source>
        <translation>सभी एजेंटों और प्रशासकों के साथ साझा</translation>
    </message>
    <message>
        <source>Shared responses can be changed by administrators only.</source>
        <translation>साझा जवाब केवल प्रशासक बदल सकते हैं।</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>तैयार जवाब</translation>
    </message>
    <message>
        <source>Placeholders filled in when inserted: %1</source>
        <translation>डालते समय भरे जाने वाले प्लेसहोल्डर: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” सहेजा गया।</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>हटाया नहीं गया: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” हटाया गया।</translation>
    </message>
</context>
<context>
    <name>ccr::client::CategoryEditor</name>
    <message>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <source>Active — customers can choose it</source>
        <translation>सक्रिय — ग्राहक इसे चुन सकते हैं</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>नई श्रेणी</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>श्रेणी सहेजें</translation>
    </message>
    <message>
        <source>e.g. Billing</source>
        <translation>उदा. बिलिंग</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Could not load the categories: %1</source>
        <translation>श्रेणियाँ लोड नहीं हो सकीं: %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (निष्क्रिय)</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>श्रेणी जोड़ें</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>“%1” सहेजा गया।</translation>
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
    <name>ccr::client::ChangePasswordForm</name>
    <message>
        <source>Change password</source>
        <translation>पासवर्ड बदलें</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>कम से कम %n अक्षर</numerusform>
            <numerusform>कम से कम %n अक्षर</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>मौजूदा पासवर्ड</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>नए पासवर्ड की पुष्टि करें</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>अपना मौजूदा पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>Your password is changed. Your other sessions were logged out.</source>
        <translation>आपका पासवर्ड बदल गया है। आपके बाकी सत्रों से लॉग आउट कर दिया गया है।</translation>
    </message>
</context>
<context>
    <name>ccr::client::ChatComposer</name>
    <message>
        <source>Attach…</source>
        <translation>संलग्न करें…</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter से भेजें</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>संदेश लिखें…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the conversation)</source>
        <translation>फ़ाइलें संलग्न करें (या उन्हें बातचीत पर छोड़ें)</translation>
    </message>
    <message>
        <source>Canned…</source>
        <translation>तैयार जवाब…</translation>
    </message>
    <message>
        <source>Insert a canned response (Ctrl+Space)</source>
        <translation>तैयार जवाब डालें (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>आंतरिक नोट</translation>
    </message>
    <message>
        <source>Only agents and administrators see internal notes; the customer never does.</source>
        <translation>आंतरिक नोट केवल एजेंट और प्रशासक देखते हैं; ग्राहक कभी नहीं।</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>फ़ाइलें संलग्न करें</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>%1 का अपलोड</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>अपलोड हो रहा है…</translation>
    </message>
    <message>
        <source>Waiting for the files to finish uploading</source>
        <translation>फ़ाइलों का अपलोड पूरा होने की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Write an internal note (only staff will see it)…</source>
        <translation>आंतरिक नोट लिखें (केवल कर्मचारी देखेंगे)…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>नोट जोड़ें</translation>
    </message>
</context>
<context>
    <name>ccr::client::ChatModel</name>
    <message>
        <source>Could not load the conversation: %1</source>
        <translation>बातचीत लोड नहीं हो सकी: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::ChatPanel</name>
    <message>
        <source>Drop the files to attach them to your message</source>
        <translation>फ़ाइलें अपने संदेश से जोड़ने के लिए यहाँ छोड़ें</translation>
    </message>
    <message>
        <source>Rate your agent…</source>
        <translation>अपने एजेंट को रेटिंग दें…</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>टाइपिंग संकेतक</translation>
    </message>
    <message>
        <source>This ticket is closed, so no more messages can be sent. Reopen it to continue the conversation.</source>
        <translation>यह टिकट बंद है, इसलिए अब संदेश नहीं भेजे जा सकते। बातचीत जारी रखने के लिए इसे फिर से खोलें।</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>बातचीत लोड हो रही है…</translation>
    </message>
    <message>
        <source>No messages yet. Write to the customer below, or add an internal note.</source>
        <translation>अभी कोई संदेश नहीं। नीचे ग्राहक को लिखें, या आंतरिक नोट जोड़ें।</translation>
    </message>
    <message>
        <source>No messages yet. Write to us below; an agent answers here.</source>
        <translation>अभी कोई संदेश नहीं। नीचे हमें लिखें; एजेंट यहीं जवाब देगा।</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>पहले के संदेश लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>This is the start of the conversation.</source>
        <translation>यह बातचीत की शुरुआत है।</translation>
    </message>
    <message>
        <source>Scroll up for earlier messages.</source>
        <translation>पहले के संदेशों के लिए ऊपर स्क्रॉल करें।</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 लिख रहे हैं…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 और %2 लिख रहे हैं…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>कई लोग लिख रहे हैं…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>भेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Files cannot be attached: the ticket is closed.</source>
        <translation>फ़ाइलें संलग्न नहीं की जा सकतीं: टिकट बंद है।</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 सहेजें</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 सहेजी जा रही है…</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 को %2 में सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>ccr::client::ClientOptions</name>
    <message>
        <source>Customer Care Registry desktop client.</source>
        <translation>ग्राहक सेवा रजिस्ट्री का डेस्कटॉप क्लाइंट।</translation>
    </message>
    <message>
        <source>Server host name or address.</source>
        <translation>सर्वर का होस्ट नाम या पता।</translation>
    </message>
    <message>
        <source>Server port.</source>
        <translation>सर्वर पोर्ट।</translation>
    </message>
    <message>
        <source>Connect without TLS (only for servers started with --plain, e.g. in tests).</source>
        <translation>TLS के बिना कनेक्ट करें (केवल --plain के साथ शुरू हुए सर्वरों के लिए, जैसे परीक्षणों में)।</translation>
    </message>
    <message>
        <source>Keep settings and known server certificates in this directory.</source>
        <translation>सेटिंग्स और ज्ञात सर्वर प्रमाणपत्र इस फ़ोल्डर में रखें।</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation>--port के लिए 1 से 65535 तक की संख्या चाहिए।</translation>
    </message>
</context>
<context>
    <name>ccr::client::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>कनेक्शन की स्थिति</translation>
    </message>
    <message numerus="yes">
        <source>Offline — reconnecting in %n s…</source>
        <translation>
            <numerusform>ऑफ़लाइन — %n सेकंड में फिर से जुड़ रहा है…</numerusform>
            <numerusform>ऑफ़लाइन — %n सेकंड में फिर से जुड़ रहा है…</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting now…</source>
        <translation>ऑफ़लाइन — अभी फिर से जुड़ रहा है…</translation>
    </message>
    <message>
        <source>Offline — not reconnecting by itself</source>
        <translation>ऑफ़लाइन — अपने आप दोबारा नहीं जुड़ेगा</translation>
    </message>
    <message>
        <source>What you have typed is kept. Sending needs the connection: try again once it is back.</source>
        <translation>आपने जो लिखा है वह सुरक्षित है। भेजने के लिए कनेक्शन चाहिए: कनेक्शन लौटने पर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>अभी जोड़ें</translation>
    </message>
</context>
<context>
    <name>ccr::client::CustomerPanel</name>
    <message>
        <source>My tickets</source>
        <translation>मेरे टिकट</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>नया टिकट</translation>
    </message>
    <message>
        <source>Confirm your email to raise tickets.</source>
        <translation>टिकट बनाने के लिए अपने ईमेल की पुष्टि करें।</translation>
    </message>
</context>
<context>
    <name>ccr::client::EmailConfirmationBanner</name>
    <message>
        <source>Confirm</source>
        <translation>पुष्टि करें</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>नया कोड भेजें</translation>
    </message>
    <message>
        <source>Confirming your email lets you raise tickets and makes sure our replies reach you.</source>
        <translation>ईमेल की पुष्टि करने पर आप टिकट बना सकेंगे और हमारे जवाब आप तक पहुँचेंगे।</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6 अंकों का कोड</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Enter the code we emailed to %1</source>
        <translation>%1 पर ईमेल किया गया कोड दर्ज करें</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the email.</source>
        <translation>ईमेल में आया 6 अंकों का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>A new code is on its way. The old one no longer works.</source>
        <translation>नया कोड भेजा जा रहा है। पुराना कोड अब काम नहीं करेगा।</translation>
    </message>
    <message numerus="yes">
        <source>A code was sent a moment ago. You can ask for a new one in %n second(s).</source>
        <translation>
            <numerusform>अभी-अभी एक कोड भेजा गया है। %n सेकंड बाद नया कोड माँग सकते हैं।</numerusform>
            <numerusform>अभी-अभी एक कोड भेजा गया है। %n सेकंड बाद नया कोड माँग सकते हैं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::client::ErrorText</name>
    <message numerus="yes">
        <source>Too many attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>बहुत ज़्यादा प्रयास। %n सेकंड रुककर फिर कोशिश करें।</numerusform>
            <numerusform>बहुत ज़्यादा प्रयास। %n सेकंड रुककर फिर कोशिश करें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::client::FeedbackDialog</name>
    <message>
        <source>How did we do?</source>
        <translation>हमारी सेवा कैसी रही?</translation>
    </message>
    <message>
        <source>your agent</source>
        <translation>आपके एजेंट</translation>
    </message>
    <message>
        <source>Ticket #%1 “%2” is resolved. How well did %3 help you?</source>
        <translation>टिकट #%1 “%2” हल हो गया है। %3 ने आपकी कितनी अच्छी मदद की?</translation>
    </message>
    <message numerus="yes">
        <source>%n of 5</source>
        <translation>
            <numerusform>5 में से %n</numerusform>
            <numerusform>5 में से %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything you would like to tell us (optional)</source>
        <translation>आप हमें कुछ बताना चाहें (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation>रेटिंग भेजें</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>You rated this %1 of 5 on %2. You can change it until the ticket is closed.</source>
        <translation>आपने %2 को इसे 5 में से %1 रेटिंग दी थी। टिकट बंद होने तक आप इसे बदल सकते हैं।</translation>
    </message>
    <message>
        <source>Change rating</source>
        <translation>रेटिंग बदलें</translation>
    </message>
    <message>
        <source>Choose 1 (very poor) to 5 (excellent)</source>
        <translation>1 (बहुत खराब) से 5 (उत्कृष्ट) तक चुनें</translation>
    </message>
    <message>
        <source>1 — Very poor</source>
        <translation>1 — बहुत खराब</translation>
    </message>
    <message>
        <source>2 — Poor</source>
        <translation>2 — खराब</translation>
    </message>
    <message>
        <source>3 — Okay</source>
        <translation>3 — ठीक-ठाक</translation>
    </message>
    <message>
        <source>4 — Good</source>
        <translation>4 — अच्छा</translation>
    </message>
    <message>
        <source>5 — Excellent</source>
        <translation>5 — उत्कृष्ट</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5.</source>
        <translation>1 से 5 तक एक अंक चुनें।</translation>
    </message>
    <message>
        <source>Keep the comment under %1 characters.</source>
        <translation>टिप्पणी %1 अक्षरों से कम रखें।</translation>
    </message>
    <message>
        <source>The rating was not saved: %1</source>
        <translation>रेटिंग सहेजी नहीं गई: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::InviteDialog</name>
    <message>
        <source>Send invitation</source>
        <translation>निमंत्रण भेजें</translation>
    </message>
    <message>
        <source>Invite an administrator</source>
        <translation>व्यवस्थापक को आमंत्रित करें</translation>
    </message>
    <message>
        <source>Invite an agent</source>
        <translation>एजेंट को आमंत्रित करें</translation>
    </message>
    <message>
        <source>The new administrator gets an email with a code to set their password. Administrators can manage every account.</source>
        <translation>नए व्यवस्थापक को पासवर्ड सेट करने के लिए कोड वाला ईमेल मिलेगा। व्यवस्थापक हर खाते का प्रबंधन कर सकते हैं।</translation>
    </message>
    <message>
        <source>The new agent gets an email with a code to set their password.</source>
        <translation>नए एजेंट को पासवर्ड सेट करने के लिए कोड वाला ईमेल मिलेगा।</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
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
        <source>Language of the invitation</source>
        <translation>निमंत्रण की भाषा</translation>
    </message>
    <message>
        <source>No invitation was sent: %1</source>
        <translation>निमंत्रण नहीं भेजा गया: %1</translation>
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
        <translation>name@example.com</translation>
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
    <message>
        <source>Remember me on this computer</source>
        <translation>इस कंप्यूटर पर मुझे याद रखें</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>पासवर्ड भूल गए?</translation>
    </message>
    <message>
        <source>I have an invitation code</source>
        <translation>मेरे पास निमंत्रण कोड है</translation>
    </message>
    <message>
        <source>Your system has no keychain; you will need to log in next time.</source>
        <translation>आपके सिस्टम में कीचेन (पासवर्ड भंडार) नहीं है; अगली बार फिर से लॉग इन करना होगा।</translation>
    </message>
    <message>
        <source>Resuming your session…</source>
        <translation>आपका सत्र फिर से शुरू हो रहा है…</translation>
    </message>
</context>
<context>
    <name>ccr::client::MailTab</name>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>आउटबॉक्स</translation>
    </message>
    <message>
        <source>Test mail</source>
        <translation>परीक्षण ईमेल</translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation>परीक्षण ईमेल भेजें</translation>
    </message>
    <message>
        <source>Send a test mail to…</source>
        <translation>परीक्षण ईमेल भेजें इस पते पर…</translation>
    </message>
    <message>
        <source>Could not load the outbox: %1</source>
        <translation>आउटबॉक्स लोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>No mail has been sent yet.</source>
        <translation>अभी तक कोई ईमेल नहीं भेजा गया है।</translation>
    </message>
    <message>
        <source>Newest first; refreshed every few seconds while this tab is open.</source>
        <translation>नए पहले; यह टैब खुला रहने पर हर कुछ सेकंड में रीफ़्रेश होता है।</translation>
    </message>
    <message>
        <source>Enter the address to send the test mail to.</source>
        <translation>परीक्षण ईमेल भेजने के लिए पता दर्ज करें।</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>नहीं भेजा गया: %1</translation>
    </message>
    <message>
        <source>The test mail is queued; its state shows in the outbox below.</source>
        <translation>परीक्षण ईमेल कतार में है; उसकी स्थिति नीचे आउटबॉक्स में दिखती है।</translation>
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
        <source>Customer Care Registry</source>
        <translation>ग्राहक सेवा रजिस्ट्री</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>खाता (&amp;A)</translation>
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
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your saved login has ended: %1</source>
        <translation>सहेजा गया लॉग इन समाप्त हो गया: %1</translation>
    </message>
    <message>
        <source>Could not resume your saved login: %1</source>
        <translation>सहेजा गया लॉग इन फिर से शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Your system has no keychain; you will need to log in next time.</source>
        <translation>आपके सिस्टम में कीचेन (पासवर्ड भंडार) नहीं है; अगली बार फिर से लॉग इन करना होगा।</translation>
    </message>
    <message>
        <source>Back online; updates missed meanwhile were applied.</source>
        <translation>फिर से ऑनलाइन; इस बीच छूटे अपडेट लागू कर दिए गए।</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>टिकट (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>सिस्टम की भाषा (%1)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>सूचनाएँ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>No notifications yet — news about your tickets will appear here</source>
        <translation>अभी कोई सूचना नहीं — आपके टिकटों की ख़बरें यहाँ दिखेंगी</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>सभी को पढ़ा हुआ चिह्नित करें</translation>
    </message>
</context>
<context>
    <name>ccr::client::MessageBubble</name>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>आंतरिक नोट — ग्राहक को नहीं दिखता</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>पूर्वावलोकन लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>सहेजें…</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 सहेजें</translation>
    </message>
    <message>
        <source>✓✓ Read</source>
        <translation>✓✓ पढ़ा गया</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ भेजा गया</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>पूर्वावलोकन नहीं</translation>
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
        <source>The ticket was not raised: %1</source>
        <translation>टिकट नहीं बना: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::Notifier</name>
    <message>
        <source>Ticket #%1 was assigned to you</source>
        <translation>टिकट #%1 आपको सौंपा गया</translation>
    </message>
    <message>
        <source>resolution is overdue</source>
        <translation>समाधान की समय-सीमा निकल गई</translation>
    </message>
    <message>
        <source>first response is overdue</source>
        <translation>पहले जवाब की समय-सीमा निकल गई</translation>
    </message>
    <message>
        <source>SLA breached on ticket #%1: %2</source>
        <translation>टिकट #%1 पर SLA का उल्लंघन: %2</translation>
    </message>
    <message>
        <source>%1 is now handling your ticket #%2</source>
        <translation>%1 अब आपका टिकट #%2 देख रहे हैं</translation>
    </message>
    <message>
        <source>Your ticket #%1 is now: %2</source>
        <translation>आपका टिकट #%1 अब: %2</translation>
    </message>
    <message>
        <source>%1 wrote on ticket #%2</source>
        <translation>%1 ने टिकट #%2 पर लिखा</translation>
    </message>
    <message>
        <source>New reply on your ticket #%1</source>
        <translation>आपके टिकट #%1 पर नया जवाब</translation>
    </message>
    <message>
        <source>resolution due in %1</source>
        <translation>समाधान की समय-सीमा में %1 बाकी</translation>
    </message>
    <message>
        <source>first response due in %1</source>
        <translation>पहले जवाब की समय-सीमा में %1 बाकी</translation>
    </message>
    <message>
        <source>SLA about to breach on ticket #%1: %2</source>
        <translation>टिकट #%1 पर SLA का उल्लंघन होने वाला है: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n घंटा</numerusform>
            <numerusform>%n घंटे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
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
        <translation>कतार में</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Failed ✗</source>
        <translation>विफल ✗</translation>
    </message>
    <message>
        <source>To</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>अंतिम त्रुटि</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
</context>
<context>
    <name>ccr::client::PasswordCodeWidget</name>
    <message>
        <source>Send me a code</source>
        <translation>मुझे कोड भेजें</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>लॉग इन पर वापस जाएँ</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>6 digits from the email</source>
        <translation>ईमेल में आए 6 अंक</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>कम से कम %n अक्षर</numerusform>
            <numerusform>कम से कम %n अक्षर</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>पासवर्ड की पुष्टि करें</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>अपना पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <source>Accept your invitation</source>
        <translation>अपना निमंत्रण स्वीकार करें</translation>
    </message>
    <message>
        <source>Enter the email of your account. We will mail you a 6-digit code to set a new password with.</source>
        <translation>अपने खाते का ईमेल दर्ज करें। नया पासवर्ड सेट करने के लिए हम आपको 6 अंकों का कोड ईमेल करेंगे।</translation>
    </message>
    <message>
        <source>Enter your email, the 6-digit code from your invitation email, and the password you want to use.</source>
        <translation>अपना ईमेल, निमंत्रण ईमेल में आया 6 अंकों का कोड और वह पासवर्ड दर्ज करें जो आप इस्तेमाल करना चाहते हैं।</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>नया पासवर्ड सेट करें</translation>
    </message>
    <message>
        <source>Activate my account</source>
        <translation>मेरा खाता सक्रिय करें</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>अपने खाते का ईमेल पता दर्ज करें।</translation>
    </message>
    <message>
        <source>Send another code</source>
        <translation>दूसरा कोड भेजें</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the email.</source>
        <translation>ईमेल में आया 6 अंकों का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Your password is set, but logging in failed: %1</source>
        <translation>आपका पासवर्ड सेट हो गया, लेकिन लॉग इन नहीं हो सका: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::PendingApprovalWidget</name>
    <message>
        <source>Check now</source>
        <translation>अभी जाँचें</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>लॉग आउट करें</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>स्वीकृति की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Thank you, %1. An administrator has to approve your agent account before you can work on tickets.</source>
        <translation>धन्यवाद, %1। टिकटों पर काम शुरू करने से पहले किसी व्यवस्थापक को आपका एजेंट खाता स्वीकृत करना होगा।</translation>
    </message>
    <message>
        <source>You can leave this window open: it changes by itself the moment you are approved.</source>
        <translation>आप यह विंडो खुली छोड़ सकते हैं: स्वीकृति मिलते ही यह अपने आप बदल जाएगी।</translation>
    </message>
    <message>
        <source>This page cannot update itself (%1). Use Check now.</source>
        <translation>यह पेज अपने आप अपडेट नहीं हो सकता (%1)। &quot;अभी जाँचें&quot; का इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>अभी स्वीकृति नहीं मिली है।</translation>
    </message>
</context>
<context>
    <name>ccr::client::PeopleModel</name>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>व्यवस्थापक</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>स्वीकृति की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>आमंत्रित</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (आप)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>ccr::client::PeopleTab</name>
    <message>
        <source>Invite agent…</source>
        <translation>एजेंट आमंत्रित करें…</translation>
    </message>
    <message>
        <source>Invite admin…</source>
        <translation>व्यवस्थापक आमंत्रित करें…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>अस्वीकार करें…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>निष्क्रिय करें…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>फिर से सक्रिय करें</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>सत्र समाप्त करें</translation>
    </message>
    <message>
        <source>Log this person out everywhere; they can log in again.</source>
        <translation>इस व्यक्ति को हर जगह से लॉग आउट करें; वे फिर से लॉग इन कर सकते हैं।</translation>
    </message>
    <message>
        <source>Agents and administrators</source>
        <translation>एजेंट और व्यवस्थापक</translation>
    </message>
    <message>
        <source>Reject %1&apos;s request for an agent account? They will not be able to log in.</source>
        <translation>एजेंट खाते के लिए %1 का अनुरोध अस्वीकार करें? वे लॉग इन नहीं कर पाएँगे।</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <source>Deactivate %1? They are logged out at once and cannot log in until reactivated.</source>
        <translation>%1 को निष्क्रिय करें? उन्हें तुरंत लॉग आउट कर दिया जाएगा और फिर से सक्रिय होने तक वे लॉग इन नहीं कर पाएँगे।</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>निष्क्रिय करें</translation>
    </message>
    <message>
        <source>Could not load the people: %1</source>
        <translation>लोगों की सूची लोड नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>%1 को निमंत्रण भेजा गया।</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>कृपया पुष्टि करें</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is approved and can work on tickets now.</source>
        <translation>%1 स्वीकृत हो गए हैं और अब टिकटों पर काम कर सकते हैं।</translation>
    </message>
    <message>
        <source>%1&apos;s request was declined.</source>
        <translation>%1 का अनुरोध अस्वीकार कर दिया गया।</translation>
    </message>
    <message>
        <source>%1 is deactivated and was logged out.</source>
        <translation>%1 निष्क्रिय कर दिए गए और लॉग आउट हो गए।</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 फिर से सक्रिय हैं।</translation>
    </message>
    <message numerus="yes">
        <source>%1 was logged out (%n open connection(s) closed).</source>
        <translation>
            <numerusform>%1 को लॉग आउट कर दिया गया (%n खुला कनेक्शन बंद हुआ)।</numerusform>
            <numerusform>%1 को लॉग आउट कर दिया गया (%n खुले कनेक्शन बंद हुए)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::client::PresenceSwitch</name>
    <message>
        <source>My presence</source>
        <translation>मेरी उपस्थिति</translation>
    </message>
    <message>
        <source>Away: automatic assignment gives you no new tickets.</source>
        <translation>दूर: स्वचालित नियुक्ति आपको नए टिकट नहीं देगी।</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>मैं</translation>
    </message>
    <message>
        <source>Presence unavailable</source>
        <translation>उपस्थिति उपलब्ध नहीं</translation>
    </message>
</context>
<context>
    <name>ccr::client::ProfileDetailsForm</name>
    <message>
        <source>Your details</source>
        <translation>आपका विवरण</translation>
    </message>
    <message>
        <source>Email me optional notifications</source>
        <translation>वैकल्पिक सूचनाएँ मुझे ईमेल करें</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>बदलाव सहेजें</translation>
    </message>
    <message>
        <source>Optional, e.g. +91 44 1234 5678</source>
        <translation>वैकल्पिक, जैसे +91 44 1234 5678</translation>
    </message>
    <message>
        <source>Tips and news about the help desk. Mails about your own tickets and account always come.</source>
        <translation>हेल्प डेस्क से जुड़े सुझाव और समाचार। आपके अपने टिकटों और खाते से जुड़े ईमेल हमेशा आएँगे।</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
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
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Language of emails</source>
        <translation>ईमेल की भाषा</translation>
    </message>
    <message>
        <source>Could not load your profile: %1</source>
        <translation>आपकी प्रोफ़ाइल लोड नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Your details are saved.</source>
        <translation>आपका विवरण सहेज लिया गया है।</translation>
    </message>
</context>
<context>
    <name>ccr::client::RaiseForCallerDialog</name>
    <message>
        <source>Find a customer</source>
        <translation>ग्राहक खोजें</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>नया ग्राहक</translation>
    </message>
    <message>
        <source>Raise ticket</source>
        <translation>टिकट बनाएँ</translation>
    </message>
    <message>
        <source>Raise a ticket for a caller</source>
        <translation>कॉल करने वाले के लिए टिकट बनाएँ</translation>
    </message>
    <message>
        <source>Name, email or phone number</source>
        <translation>नाम, ईमेल या फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>मिलते-जुलते ग्राहक</translation>
    </message>
    <message>
        <source>Type a name, an email or a phone number.</source>
        <translation>नाम, ईमेल या फ़ोन नंबर लिखें।</translation>
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
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>They get an email with a code to claim their account.</source>
        <translation>उन्हें अपना खाता लेने के लिए कोड वाला ईमेल मिलेगा।</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>कॉल करने वाला</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>खोज रहे हैं…</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>खोज नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Add them as a new customer.</source>
        <translation>“%1” से कोई मेल नहीं खाता। उन्हें नए ग्राहक के रूप में जोड़ें।</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found — pick one.</source>
        <translation>
            <numerusform>%n ग्राहक मिला — चुनें।</numerusform>
            <numerusform>%n ग्राहक मिले — एक चुनें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick the caller from the list, or add them as a new customer.</source>
        <translation>सूची से कॉल करने वाले को चुनें, या उन्हें नए ग्राहक के रूप में जोड़ें।</translation>
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
        <translation>name@example.com</translation>
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
    <message>
        <source>I am an agent</source>
        <translation>मैं एक एजेंट हूँ</translation>
    </message>
    <message>
        <source>Agent accounts start once an administrator approves them.</source>
        <translation>एजेंट खाते किसी व्यवस्थापक की स्वीकृति के बाद शुरू होते हैं।</translation>
    </message>
</context>
<context>
    <name>ccr::client::Session</name>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 से कनेक्ट नहीं हो सका: %2</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>कोई लॉग इन नहीं है।</translation>
    </message>
</context>
<context>
    <name>ccr::client::SettingsTab</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
</context>
<context>
    <name>ccr::client::ShortcutRegistry</name>
    <message>
        <source>&amp;New ticket…</source>
        <translation>नया टिकट (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Search tickets</source>
        <translation>टिकट खोजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>Ne&amp;xt ticket</source>
        <translation>अगला टिकट (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>पिछला टिकट (&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>जवाब दें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>सौंपें (&amp;A)…</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>स्थिति बदलें (&amp;T)…</translation>
    </message>
    <message>
        <source>Insert &amp;canned response…</source>
        <translation>तैयार जवाब डालें (&amp;C)…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>लॉग आउट करें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>Raise a new ticket</source>
        <translation>नया टिकट बनाएँ</translation>
    </message>
    <message>
        <source>Jump to the ticket search field</source>
        <translation>टिकट खोज फ़ील्ड पर जाएँ</translation>
    </message>
    <message>
        <source>Load the ticket list again</source>
        <translation>टिकट सूची फिर से लोड करें</translation>
    </message>
    <message>
        <source>Select the next ticket in the list</source>
        <translation>सूची में अगला टिकट चुनें</translation>
    </message>
    <message>
        <source>Select the previous ticket in the list</source>
        <translation>सूची में पिछला टिकट चुनें</translation>
    </message>
    <message>
        <source>Write a reply in the open ticket&apos;s chat</source>
        <translation>खुले टिकट की चैट में जवाब लिखें</translation>
    </message>
    <message>
        <source>Assign the open ticket to an agent</source>
        <translation>खुले टिकट को किसी एजेंट को सौंपें</translation>
    </message>
    <message>
        <source>Change the open ticket&apos;s status</source>
        <translation>खुले टिकट की स्थिति बदलें</translation>
    </message>
    <message>
        <source>Insert a canned response into the reply</source>
        <translation>जवाब में तैयार जवाब डालें</translation>
    </message>
    <message>
        <source>Log out and return to the login page</source>
        <translation>लॉग आउट करके लॉग इन पेज पर लौटें</translation>
    </message>
    <message>
        <source>Close the client</source>
        <translation>क्लाइंट बंद करें</translation>
    </message>
    <message>
        <source>Show this list of shortcuts</source>
        <translation>शॉर्टकट की यह सूची दिखाएँ</translation>
    </message>
</context>
<context>
    <name>ccr::client::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window. Commands marked &quot;not here&quot; work once the view they act on is open.</source>
        <translation>ये कुंजियाँ मुख्य विंडो में कहीं भी काम करती हैं। &quot;यहाँ नहीं&quot; चिह्नित आदेश तब काम करते हैं जब उनका दृश्य खुला हो।</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>यह क्या करता है</translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>(यहाँ नहीं)</translation>
    </message>
</context>
<context>
    <name>ccr::client::SlaSettingsForm</name>
    <message>
        <source>Service level targets</source>
        <translation>सेवा स्तर लक्ष्य</translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation>लक्ष्य सहेजें</translation>
    </message>
    <message>
        <source>Minutes from when a ticket is raised. Changes apply to tickets raised or re-prioritised afterwards.</source>
        <translation>टिकट दर्ज होने के समय से मिनट। बदलाव उसके बाद दर्ज या नई प्राथमिकता पाए टिकटों पर लागू होते हैं।</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>पहला जवाब</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not load the targets: %1</source>
        <translation>लक्ष्य लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>The targets are saved.</source>
        <translation>लक्ष्य सहेजे गए।</translation>
    </message>
</context>
<context>
    <name>ccr::client::SmtpSettingsForm</name>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>जाने वाला ईमेल (SMTP)</translation>
    </message>
    <message>
        <source>Save mail settings</source>
        <translation>ईमेल सेटिंग्स सहेजें</translation>
    </message>
    <message>
        <source>None (plain text)</source>
        <translation>कोई नहीं (सादा टेक्स्ट)</translation>
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
        <translation>मौजूदा पासवर्ड रखने के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>e.g. help@example.com</source>
        <translation>उदा. help@example.com</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>होस्ट</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>प्रेषक का पता</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>प्रेषक का नाम</translation>
    </message>
    <message>
        <source>Could not load the mail settings: %1</source>
        <translation>ईमेल सेटिंग्स लोड नहीं हो सकीं: %1</translation>
    </message>
    <message>
        <source>A password is set.</source>
        <translation>पासवर्ड सेट है।</translation>
    </message>
    <message>
        <source>Mail is configured: the server sends mail through %1, port %2.</source>
        <translation>ईमेल कॉन्फ़िगर है: सर्वर %1, पोर्ट %2 के ज़रिए ईमेल भेजता है।</translation>
    </message>
    <message>
        <source>Mail is not configured: the server sends no mail until a host and a sender address are set.</source>
        <translation>ईमेल कॉन्फ़िगर नहीं है: होस्ट और प्रेषक का पता सेट होने तक सर्वर कोई ईमेल नहीं भेजेगा।</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>The mail settings are saved.</source>
        <translation>ईमेल सेटिंग्स सहेज दी गईं।</translation>
    </message>
</context>
<context>
    <name>ccr::client::StaffPanel</name>
    <message>
        <source>All tickets</source>
        <translation>सभी टिकट</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>People</source>
        <translation>लोग</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
</context>
<context>
    <name>ccr::client::StatusStyle</name>
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
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>High</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketDetailView</name>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>पसंदीदा संपर्क</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>किसे नियुक्त करें</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>नियुक्त करें</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>नियुक्त करें…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट किया गया</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>पहला जवाब</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>स्थिति बदलें</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Could not load the ticket: %1</source>
        <translation>टिकट लोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>नहीं दिया गया</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>नियुक्त नहीं</translation>
    </message>
    <message>
        <source>%1, raised by staff for the customer</source>
        <translation>%1, ग्राहक की ओर से स्टाफ़ ने दर्ज किया</translation>
    </message>
    <message>
        <source>Change the status to “%1”</source>
        <translation>स्थिति “%1” करें</translation>
    </message>
    <message>
        <source>You cannot change the status of this ticket now.</source>
        <translation>आप अभी इस टिकट की स्थिति नहीं बदल सकते।</translation>
    </message>
    <message>
        <source>Choose an agent…</source>
        <translation>एजेंट चुनें…</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>फिर से नियुक्त करें</translation>
    </message>
    <message>
        <source>The status is now “%1”.</source>
        <translation>स्थिति अब “%1” है।</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>%1 को नियुक्त किया गया।</translation>
    </message>
    <message>
        <source>The priority is now %1.</source>
        <translation>प्राथमिकता अब %1 है।</translation>
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
    <message>
        <source>Could not load more tickets: %1</source>
        <translation>और टिकट लोड नहीं हो सके: %1</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketFieldsForm</name>
    <message>
        <source>In a few words, what is wrong?</source>
        <translation>कुछ शब्दों में, क्या समस्या है?</translation>
    </message>
    <message>
        <source>What happened, since when, and what you have tried.</source>
        <translation>क्या हुआ, कब से, और आपने क्या-क्या आज़माया।</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>Optional, e.g. +91 98765 43210</source>
        <translation>वैकल्पिक, जैसे +91 98765 43210</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Chat in the app</source>
        <translation>ऐप में चैट</translation>
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
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>How urgent is it?</source>
        <translation>यह कितना ज़रूरी है?</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>संपर्क फ़ोन</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>संपर्क का पसंदीदा तरीका</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>सुझाव: %1</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2)</source>
        <translation>सुझाव: %1 (%2)</translation>
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
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Done (resolved or closed)</source>
        <translation>पूरे (सुलझे या बंद)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>टिकट खोजें</translation>
    </message>
    <message>
        <source>Search my tickets and messages</source>
        <translation>मेरे टिकट और संदेश खोजें</translation>
    </message>
    <message>
        <source>Search subjects, descriptions and messages</source>
        <translation>विषय, विवरण और संदेश खोजें</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>मेरी कतार</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>सभी टिकट</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>सभी प्राथमिकताएँ</translation>
    </message>
    <message>
        <source>High and urgent</source>
        <translation>उच्च और अत्यावश्यक</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>कोई भी एजेंट</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>मेरे</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>नियुक्त नहीं</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
    <message>
        <source>Raised from</source>
        <translation>बनाए जाने की तारीख से</translation>
    </message>
    <message>
        <source>Raised until</source>
        <translation>बनाए जाने की तारीख तक</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>बनाए गए</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
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
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>High</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n मि</numerusform>
            <numerusform>%n मि</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घं %2 मि</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 दि %2 घं</translation>
    </message>
    <message>
        <source>First response due: %1</source>
        <translation>पहले जवाब की समय-सीमा: %1</translation>
    </message>
    <message>
        <source>Resolution due: %1</source>
        <translation>समाधान की समय-सीमा: %1</translation>
    </message>
    <message>
        <source>The first response target was missed.</source>
        <translation>पहले जवाब का लक्ष्य चूक गया।</translation>
    </message>
    <message>
        <source>The resolution target was missed.</source>
        <translation>समाधान का लक्ष्य चूक गया।</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>उल्लंघन</translation>
    </message>
    <message>
        <source>Raised %1
Last changed %2</source>
        <translation>बनाया गया %1
आख़िरी बदलाव %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>नियुक्त नहीं</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
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
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
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
        <source>Updated</source>
        <translation>अपडेट</translation>
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
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>टिकट लोड हो रहे हैं…</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketWords</name>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>High</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>दूर</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <translation>उपस्थिति अज्ञात</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>The first-response target was breached</source>
        <translation>पहले जवाब का लक्ष्य चूक गया</translation>
    </message>
    <message>
        <source>The resolution target was breached</source>
        <translation>समाधान का लक्ष्य चूक गया</translation>
    </message>
    <message>
        <source>The ticket was assigned automatically to %1</source>
        <translation>टिकट स्वचालित रूप से %1 को नियुक्त किया गया</translation>
    </message>
    <message>
        <source>%1 raised the ticket</source>
        <translation>%1 ने टिकट दर्ज किया</translation>
    </message>
    <message>
        <source>%1 changed the status from %2 to %3</source>
        <translation>%1 ने स्थिति %2 से %3 की</translation>
    </message>
    <message>
        <source>%1 assigned the ticket to %2</source>
        <translation>%1 ने टिकट %2 को नियुक्त किया</translation>
    </message>
    <message>
        <source>%1 reassigned the ticket from %2 to %3</source>
        <translation>%1 ने टिकट %2 से हटाकर %3 को नियुक्त किया</translation>
    </message>
    <message>
        <source>%1 changed the priority from %2 to %3</source>
        <translation>%1 ने प्राथमिकता %2 से %3 की</translation>
    </message>
    <message>
        <source>%1 changed the category from %2 to %3</source>
        <translation>%1 ने श्रेणी %2 से %3 की</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>%1 changed %2 from “%3” to “%4”</source>
        <translation>%1 ने %2 को “%3” से “%4” किया</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>फिर से खोलें</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>काम फिर शुरू करें</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>काम शुरू करें</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>ग्राहक की प्रतीक्षा करें</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>हल हुआ चिह्नित करें</translation>
    </message>
    <message>
        <source>Accept and close</source>
        <translation>स्वीकार करें और बंद करें</translation>
    </message>
    <message>
        <source>Withdraw ticket</source>
        <translation>टिकट वापस लें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Back to assigned</source>
        <translation>नियुक्त स्थिति में वापस</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 दिन %2 घं</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घं %2 मिनट</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>Breached — was due %1, met %2</source>
        <translation>उल्लंघन — समय सीमा %1 थी, पूरा हुआ %2</translation>
    </message>
    <message>
        <source>Breached — was due %1</source>
        <translation>उल्लंघन — समय सीमा %1 थी</translation>
    </message>
    <message>
        <source>Met %1</source>
        <translation>पूरा हुआ %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>कोई लक्ष्य नहीं</translation>
    </message>
    <message>
        <source>Due %1 — overdue by %2</source>
        <translation>समय सीमा %1 — %2 की देरी</translation>
    </message>
    <message>
        <source>Due %1 — %2 left</source>
        <translation>समय सीमा %1 — %2 बाकी</translation>
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
        <translation>टिकट #%1 बंद करें</translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketsPage</name>
    <message>
        <source>Raise for a caller…</source>
        <translation>कॉल करने वाले के लिए बनाएँ…</translation>
    </message>
    <message>
        <source>Raise a ticket for someone on the phone</source>
        <translation>फ़ोन पर मौजूद व्यक्ति के लिए टिकट बनाएँ</translation>
    </message>
    <message>
        <source>Nothing in your queue. &quot;All tickets&quot; shows everyone&apos;s.</source>
        <translation>आपकी कतार में कुछ नहीं है। &quot;सभी टिकट&quot; सबके टिकट दिखाता है।</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>इन फ़िल्टरों से कोई टिकट मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No tickets yet — raise one with New ticket</source>
        <translation>अभी कोई टिकट नहीं — &quot;नया टिकट&quot; से एक बनाएँ</translation>
    </message>
    <message>
        <source>No tickets yet. New tickets appear here as customers raise them.</source>
        <translation>अभी कोई टिकट नहीं। ग्राहक जैसे ही टिकट बनाएँगे, वे यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <source>Ticket #%1 raised for %2, who was mailed a code to claim their new account.</source>
        <translation>%2 के लिए टिकट #%1 बनाया गया; उन्हें नया खाता लेने के लिए कोड ईमेल किया गया।</translation>
    </message>
    <message>
        <source>Ticket #%1 raised for %2.</source>
        <translation>%2 के लिए टिकट #%1 बनाया गया।</translation>
    </message>
</context>
<context>
    <name>ccr::client::TrayIcon</name>
    <message>
        <source>Customer Care Registry</source>
        <translation>ग्राहक सेवा रजिस्ट्री</translation>
    </message>
    <message numerus="yes">
        <source>Customer Care Registry — %n unread</source>
        <translation>
            <numerusform>ग्राहक सेवा रजिस्ट्री — %n अपठित</numerusform>
            <numerusform>ग्राहक सेवा रजिस्ट्री — %n अपठित</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::protocol::RpcClient</name>
    <message>
        <source>The server sent data that is not CCR protocol: it may not be a CCR server. Check the address and port.</source>
        <translation>सर्वर ने ऐसा डेटा भेजा जो CCR प्रोटोकॉल नहीं है: हो सकता है यह CCR सर्वर न हो। पता और पोर्ट जाँचें।</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>सर्वर ने समय पर जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>Not connected to the server. Try again once the connection is back.</source>
        <translation>सर्वर से कनेक्शन नहीं है। कनेक्शन लौटने पर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be verified.</source>
        <translation>सर्वर के प्रमाणपत्र की पुष्टि नहीं हो सकी।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed. This can mean someone is intercepting the connection. Refusing to connect.</source>
        <translation>सर्वर का प्रमाणपत्र बदल गया है। इसका मतलब हो सकता है कि कोई कनेक्शन को बीच में पकड़ रहा है। कनेक्ट करने से इनकार किया गया।</translation>
    </message>
    <message>
        <source>The server did not answer as a CCR server does. Check the address and port.</source>
        <translation>सर्वर ने CCR सर्वर की तरह जवाब नहीं दिया। पता और पोर्ट जाँचें।</translation>
    </message>
    <message>
        <source>The server speaks CCR protocol %1, but this client needs %2 or later. Ask your administrator to update the server.</source>
        <translation>सर्वर CCR प्रोटोकॉल %1 बोलता है, पर इस क्लाइंट को %2 या उसके बाद का चाहिए। सर्वर अपडेट करने के लिए अपने व्यवस्थापक से कहें।</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused). Check the address and port, and that the server is running.</source>
        <translation>%1 पर कोई जवाब नहीं देता (कनेक्शन अस्वीकृत)। पता और पोर्ट जाँचें, और यह भी कि सर्वर चल रहा है।</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the server address.</source>
        <translation>होस्ट %1 नहीं मिला। सर्वर का पता जाँचें।</translation>
    </message>
    <message>
        <source>No secure connection could be made with %1 (%2). It may not be a CCR server, or it runs without encryption (--plain).</source>
        <translation>%1 से सुरक्षित कनेक्शन नहीं बन सका (%2)। हो सकता है यह CCR सर्वर न हो, या यह बिना एन्क्रिप्शन (--plain) चल रहा हो।</translation>
    </message>
    <message>
        <source>%1 closed the connection without welcoming us. It may not be a CCR server.</source>
        <translation>%1 ने स्वागत किए बिना कनेक्शन बंद कर दिया। हो सकता है यह CCR सर्वर न हो।</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>सर्वर से कनेक्शन टूट गया।</translation>
    </message>
</context>
<context>
    <name>ccr::validation</name>
    <message>
        <source>Use at most 100 characters.</source>
        <translation>अधिकतम 100 अक्षरों का प्रयोग करें।</translation>
    </message>
    <message>
        <source>Remove the control characters.</source>
        <translation>नियंत्रण वर्ण हटाएँ।</translation>
    </message>
    <message>
        <source>First name needs at least 3 characters.</source>
        <translation>पहले नाम में कम से कम 3 अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>Last name is required.</source>
        <translation>उपनाम आवश्यक है।</translation>
    </message>
    <message>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>name@example.com जैसा मान्य ईमेल पता दर्ज करें।</translation>
    </message>
    <message>
        <source>Password needs at least 8 characters.</source>
        <translation>पासवर्ड में कम से कम 8 अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>Password is too long.</source>
        <translation>पासवर्ड बहुत लंबा है।</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>दोनों पासवर्ड अलग हैं।</translation>
    </message>
    <message>
        <source>Give the ticket a subject.</source>
        <translation>टिकट को एक विषय दें।</translation>
    </message>
    <message>
        <source>Keep the subject under 200 characters.</source>
        <translation>विषय 200 अक्षरों से कम रखें।</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>समस्या का वर्णन करें।</translation>
    </message>
    <message>
        <source>Keep the description under 20,000 characters.</source>
        <translation>विवरण 20,000 अक्षरों से कम रखें।</translation>
    </message>
    <message>
        <source>Write a message.</source>
        <translation>एक संदेश लिखें।</translation>
    </message>
    <message>
        <source>Keep the message under 20,000 characters.</source>
        <translation>संदेश 20,000 अक्षरों से कम रखें।</translation>
    </message>
    <message>
        <source>Give the response a title.</source>
        <translation>जवाब को एक शीर्षक दें।</translation>
    </message>
    <message>
        <source>Keep the title under 200 characters.</source>
        <translation>शीर्षक 200 अक्षरों से कम रखें।</translation>
    </message>
    <message>
        <source>Choose low, normal, high or urgent.</source>
        <translation>कम, सामान्य, उच्च या अत्यावश्यक चुनें।</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and brackets only, at most 32 characters.</source>
        <translation>केवल अंक, रिक्त स्थान, +, - और कोष्ठक का प्रयोग करें, अधिकतम 32 अक्षर।</translation>
    </message>
    <message>
        <source>Choose email, phone or chat.</source>
        <translation>ईमेल, फ़ोन या चैट चुनें।</translation>
    </message>
    <message>
        <source>Give the category a name.</source>
        <translation>श्रेणी को एक नाम दें।</translation>
    </message>
    <message>
        <source>Keep the name under 60 characters.</source>
        <translation>नाम 60 अक्षरों से कम रखें।</translation>
    </message>
</context>
</TS>
