#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace ccr::client {

// The banner about the server's certificate, as SSH prints about host keys:
// which fingerprint was pinned on first use, or — loudly — that the server
// now presents a different one, with the deliberate way out (forgetting the
// old pin). Hidden when there is nothing to say.
class CertificateNotice : public QFrame
{
    Q_OBJECT
public:
    explicit CertificateNotice(QWidget *parent = nullptr);

    void showPinned(const QString &server, const QString &fingerprint);
    void showMismatch(const QString &server, const QString &pinned, const QString &presented);
    void showForgotten(const QString &server);

    bool isMismatch() const { return m_mismatch; }

    // Two lines of 16 bytes each: a whole SHA-256 fingerprint on one line is
    // wider than most windows and hard to compare by eye.
    static QString formatFingerprint(const QString &fingerprint);

Q_SIGNALS:
    void forgetRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts in the current language: at construction and on LanguageChange.
    void retranslate();
    void present(bool warning, const QString &heading, const QString &body);

    QLabel *m_icon;
    QLabel *m_heading;
    QLabel *m_body;
    QPushButton *m_forget;
    QPushButton *m_dismiss;
    bool m_mismatch = false;
    std::function<void()> m_reword; // shows the current notice again, in the current language
};

} // namespace ccr::client
