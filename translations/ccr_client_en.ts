<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ccr::client::AgentPresenceModel</name>
    <message>
        <source>Customer rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 (1 rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 (%2 ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n open</source>
        <translation>
            <numerusform>%1 — %2, %n open</numerusform>
            <numerusform>%1 — %2, %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::AgentSkillsForm</name>
    <message>
        <source>Agent skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories the agent is skilled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skilled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s skills are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::AgentsTab</name>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active agents yet. Invite agents in People; they appear here once they can work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not report agent presence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence changes live as agents log in, step away or leave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::AssignmentSettingsForm</name>
    <message>
        <source>Automatic assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents skilled in the ticket&apos;s category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off — administrators assign by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin among online agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online agent with the least open work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the assignment settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::AttachmentDownload</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded: the server sent nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::AttachmentUpload</name>
    <message>
        <source>%1 was not uploaded: not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not accepted: the server named no chunk size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::CannedPicker</name>
    <message>
        <source>Insert a canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter canned responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canned responses yet. Create one with Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::CannedResponseModel</name>
    <message>
        <source>%1 (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the canned responses: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::CannedResponsesDialog</name>
    <message>
        <source>Shared with all agents and administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared responses can be changed by administrators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders filled in when inserted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::CategoryEditor</name>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active — customers can choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::CertificateNotice</name>
    <message>
        <source>Forget the old certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First connection to %1: its certificate is now trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your administrator gave you a fingerprint, check that it is this one. CCR will warn you if the server ever presents a different certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the certificate of %1 has changed. CCR did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. Do not continue unless your administrator told you the server&apos;s certificate was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint presented now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old certificate of %1 is forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next connection will trust the certificate the server presents then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::ChangePasswordForm</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed. Your other sessions were logged out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::ChatComposer</name>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files (or drop them on the conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned response (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents and administrators see internal notes; the customer never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the files to finish uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note (only staff will see it)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::ChatModel</name>
    <message>
        <source>Could not load the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::ChatPanel</name>
    <message>
        <source>Drop the files to attach them to your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is closed, so no more messages can be sent. Reopen it to continue the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. Write to the customer below, or add an internal note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. Write to us below; an agent answers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the start of the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll up for earlier messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files cannot be attached: the ticket is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
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
    <name>ccr::client::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — reconnecting in %n s…</source>
        <translation>
            <numerusform>Offline — reconnecting in %n s…</numerusform>
            <numerusform>Offline — reconnecting in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — not reconnecting by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have typed is kept. Sending needs the connection: try again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::CustomerPanel</name>
    <message>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm your email to raise tickets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::EmailConfirmationBanner</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming your email lets you raise tickets and makes sure our replies reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code we emailed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code is on its way. The old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A code was sent a moment ago. You can ask for a new one in %n second(s).</source>
        <translation>
            <numerusform>A code was sent a moment ago. You can ask for a new one in %n second.</numerusform>
            <numerusform>A code was sent a moment ago. You can ask for a new one in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::client::ErrorText</name>
    <message numerus="yes">
        <source>Too many attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many attempts. Wait %n second, then try again.</numerusform>
            <numerusform>Too many attempts. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::client::FeedbackDialog</name>
    <message>
        <source>How did we do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 “%2” is resolved. How well did %3 help you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of 5</source>
        <translation>
            <numerusform>%n of 5</numerusform>
            <numerusform>%n of 5</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything you would like to tell us (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rated this %1 of 5 on %2. You can change it until the ticket is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 1 (very poor) to 5 (excellent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — Very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the comment under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::InviteDialog</name>
    <message>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new administrator gets an email with a code to set their password. Administrators can manage every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new agent gets an email with a code to set their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitation was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::LoginWidget</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Care Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to raise and follow your tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an invitation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system has no keychain; you will need to log in next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming your session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::MailTab</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test mail to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first; refreshed every few seconds while this tab is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address to send the test mail to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test mail is queued; its state shows in the outbox below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::MainWindow</name>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Care Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved login has ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume your saved login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system has no keychain; you will need to log in next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online; updates missed meanwhile were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet — news about your tickets will appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::MessageBubble</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓✓ Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::NewTicketDialog</name>
    <message>
        <source>Raise ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::Notifier</name>
    <message>
        <source>Ticket #%1 was assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached on ticket #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now handling your ticket #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ticket #%1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote on ticket #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reply on your ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA about to breach on ticket #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days then hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours then minutes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::PasswordCodeWidget</name>
    <message>
        <source>Send me a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept your invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email of your account. We will mail you a 6-digit code to set a new password with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email, the 6-digit code from your invitation email, and the password you want to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send another code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is set, but logging in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::PendingApprovalWidget</name>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, %1. An administrator has to approve your agent account before you can work on tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can leave this window open: it changes by itself the moment you are approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot update itself (%1). Use Check now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::PeopleModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::PeopleTab</name>
    <message>
        <source>Invite agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite admin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log this person out everywhere; they can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents and administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1&apos;s request for an agent account? They will not be able to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? They are logged out at once and cannot log in until reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the people: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved and can work on tickets now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s request was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated and was logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was logged out (%n open connection(s) closed).</source>
        <translation>
            <numerusform>%1 was logged out (%n open connection closed).</numerusform>
            <numerusform>%1 was logged out (%n open connections closed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::client::PresenceSwitch</name>
    <message>
        <source>My presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away: automatic assignment gives you no new tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::ProfileDetailsForm</name>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email me optional notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. +91 44 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips and news about the help desk. Mails about your own tickets and account always come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load your profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::RaiseForCallerDialog</name>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a ticket for a caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, an email or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They get an email with a code to claim their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Add them as a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found — pick one.</source>
        <translation>
            <numerusform>%n customer found — pick one.</numerusform>
            <numerusform>%n customers found — pick one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick the caller from the list, or add them as a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::RegistrationWidget</name>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account will be created on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was created, but logging in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent accounts start once an administrator approves them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::Session</name>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::SettingsTab</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::ShortcutRegistry</name>
    <message>
        <source>&amp;New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;canned response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a new ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the ticket search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the ticket list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next ticket in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous ticket in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply in the open ticket&apos;s chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the open ticket to an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the open ticket&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned response into the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and return to the login page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window. Commands marked &quot;not here&quot; work once the view they act on is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::SlaSettingsForm</name>
    <message>
        <source>Service level targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes from when a ticket is raised. Changes apply to tickets raised or re-prioritised afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The targets are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::SmtpSettingsForm</name>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. help@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the mail settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is configured: the server sends mail through %1, port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is not configured: the server sends no mail until a host and a sender address are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::StaffPanel</name>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::StatusStyle</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketDetailView</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, raised by staff for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change the status of this ticket now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status is now “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketFeed</name>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load more tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketFieldsForm</name>
    <message>
        <source>In a few words, what is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, since when, and what you have tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. +91 98765 43210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How urgent is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketFilterBar</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (resolved or closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search my tickets and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subjects, descriptions and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High and urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketListModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first response target was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution target was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1
Last changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketTable</name>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketWords</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first-response target was breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution target was breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was assigned automatically to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 raised the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the status from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned the ticket to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reassigned the ticket from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the priority from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the category from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2 from “%3” to “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached — was due %1, met %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached — was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 — overdue by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 — %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketWorkspace</name>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketsPage</name>
    <message>
        <source>Raise for a caller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a ticket for someone on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your queue. &quot;All tickets&quot; shows everyone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets yet — raise one with New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets yet. New tickets appear here as customers raise them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 raised for %2, who was mailed a code to claim their new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 raised for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::TrayIcon</name>
    <message>
        <source>Customer Care Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Customer Care Registry — %n unread</source>
        <translation>
            <numerusform>Customer Care Registry — %n unread</numerusform>
            <numerusform>Customer Care Registry — %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccr::protocol::RpcClient</name>
    <message>
        <source>The server sent data that is not CCR protocol: it may not be a CCR server. Check the address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server. Try again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed. This can mean someone is intercepting the connection. Refusing to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer as a CCR server does. Check the address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks CCR protocol %1, but this client needs %2 or later. Ask your administrator to update the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused). Check the address and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection could be made with %1 (%2). It may not be a CCR server, or it runs without encryption (--plain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without welcoming us. It may not be a CCR server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::validation</name>
    <message>
        <source>Use at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name needs at least 3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the ticket a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the subject under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the description under 20,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the message under 20,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the response a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the title under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose low, normal, high or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and brackets only, at most 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose email, phone or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the category a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name under 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
