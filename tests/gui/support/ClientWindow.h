#pragma once

#include <ui/MainWindow.h>

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>

#include <memory>

namespace ccr::client {
class TicketListModel;
class TokenVault;
} // namespace ccr::client

// A whole client as a user starts it, for tests: its own settings directory
// (so the trust store, client id and remembered server never leak between
// tests) or a shared one (a second start of the same profile), and a shown
// window. Lookups go by objectName, as a test should find what a user sees.
class ClientWindow
{
public:
    explicit ClientWindow(quint16 port, bool tls = true);
    // A second run of one profile: settingsDir and vault outlive the window.
    ClientWindow(quint16 port, const QString &settingsDir, ccr::client::TokenVault *vault);

    ccr::client::MainWindow &window() { return *m_window; }
    QString settingsDir() const;

    QWidget *page(const QString &name) const { return m_window->findChild<QWidget *>(name); }
    template <typename T> T *on(const QString &pageName, const QString &childName) const
    {
        QWidget *owner = page(pageName);
        return owner ? owner->findChild<T *>(childName) : nullptr;
    }
    // In the logged-in user's panel (including its tabs).
    template <typename T> T *inPanel(const QString &childName) const
    {
        QWidget *panel = m_window->panel();
        return panel ? panel->findChild<T *>(childName) : nullptr;
    }
    QWidget *currentPage() const { return m_window->findChild<QStackedWidget *>()->currentWidget(); }
    QString panelName() const { return m_window->panel() ? m_window->panel()->objectName() : QString(); }
    bool panelShown(const QString &objectName) const;
    QString connectionStatus() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("connectionStatus"))->text();
    }
    QString userStatus() const { return m_window->findChild<QLabel *>(QStringLiteral("userStatus"))->text(); }

    void typeInto(const QString &pageName, const QString &childName, const QString &text) const;
    void typeInto(QLineEdit *edit, const QString &text) const;
    void click(const QString &pageName, const QString &childName) const;
    static void click(QAbstractButton *button);
    void logIn(const QString &email, const QString &password) const;
    void fillRegistration(const QString &first, const QString &last, const QString &email,
                          const QString &password) const;
    // Clicks the tab (by the objectName of its page) in the panel's tab bar.
    void openTab(const QString &pageName) const;
    QStringList tabTitles() const;
    void dismissCertificateNotice();
    ccr::client::TicketListModel *ticketModel() const;
    // Into <test binary dir>/screenshots/<name>.png, for a human to look at.
    void screenshot(const QString &name) const;

private:
    void open(quint16 port, bool tls, const QString &settingsDir, ccr::client::TokenVault *vault);

    QTemporaryDir m_ownSettingsDir; // outlives the window that writes into it
    QString m_settingsDir;
    std::unique_ptr<ccr::client::MainWindow> m_window;
};
