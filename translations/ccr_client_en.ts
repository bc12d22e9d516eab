<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ccr::client::BusyIndicator</name>
    <message>
        <source>Working…</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets yet — raise one with New ticket</source>
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
        <source>Log &amp;out</source>
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
        <source>&amp;Quit</source>
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
        <source>In a few words, what is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, since when, and what you have tried.</source>
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
</context>
<context>
    <name>ccr::client::Session</name>
    <message>
        <source>Could not connect to %1: %2</source>
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
        <source>Administrator view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets yet. New tickets appear here as customers raise them.</source>
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
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccr::client::TicketTable</name>
    <message>
        <source>Loading tickets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
