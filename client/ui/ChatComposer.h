#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace ccr::protocol {
class RpcClient;
}

namespace ccr::client {

class AttachmentUpload;

// Where a message is written: a multi-line editor (Ctrl+Enter sends), files
// being attached with their upload progress (each can be removed), for
// staff an "Internal note" switch and the canned responses (Ctrl+Space), and
// Send. Uploads start as soon as a file is added, so Send only has to name
// the finished attachments. A closed ticket locks it with the reason in words.
// It says what the user asked for; ChatPanel talks to the server.
class ChatComposer : public QWidget
{
    Q_OBJECT
public:
    ChatComposer(protocol::RpcClient *rpc, qint64 ticketId, bool staff, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    // Tab order, as it reads: the files' Remove buttons, the text, Attach,
    // Canned…, Internal note, Send.
    QList<QWidget *> tabStops() const;
    bool isNote() const;
    void setNote(bool note);
    // Inserts at the cursor (a canned response), as if typed.
    void insertText(const QString &text);
    void addFiles(const QStringList &paths);
    QList<AttachmentUpload *> uploads() const { return m_uploads; }
    // Ids of the finished uploads, for message.send.
    QList<qint64> attachmentIds() const;
    bool uploadsRunning() const;

    // closed: nothing can be sent; reason says why and what to do.
    void setClosed(bool closed, const QString &reason = {});
    bool isClosed() const { return m_closed; }
    void setSending(bool sending);
    // After a successful send: the text and the attached files go.
    void clearDraft();
    void showError(const QString &message);

Q_SIGNALS:
    void sendRequested(const QString &body, bool note, const QList<qint64> &attachmentIds);
    // The user changed the text (not a programmatic clear): "typing…".
    void edited();
    void cannedRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void chooseFiles();
    void addUploadRow(AttachmentUpload *upload);
    void removeUpload(AttachmentUpload *upload);
    void requestSend();
    void updateState();
    void paintNoteMode();

    QPointer<protocol::RpcClient> m_rpc;
    qint64 m_ticketId;
    bool m_staff;
    bool m_closed = false;
    bool m_sending = false;
    bool m_clearing = false;
    QList<AttachmentUpload *> m_uploads;
    QHash<AttachmentUpload *, QWidget *> m_rows;

    QLabel *m_closedNotice;
    QVBoxLayout *m_uploadRows;
    QPlainTextEdit *m_editor;
    QLabel *m_error;
    QPushButton *m_attach;
    QPushButton *m_canned = nullptr;
    QCheckBox *m_note = nullptr;
    QLabel *m_hint;
    QPushButton *m_send;
};

} // namespace ccr::client
