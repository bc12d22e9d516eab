#include "ClientWindow.h"

#include <models/TicketListModel.h>
#include <ui/CertificateNotice.h>

#include <QCheckBox>
#include <QDir>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccr::client;

ClientWindow::ClientWindow(quint16 port, bool tls)
{
    open(port, tls, m_ownSettingsDir.path(), nullptr);
}

ClientWindow::ClientWindow(quint16 port, const QString &settingsDir, TokenVault *vault)
{
    open(port, true, settingsDir, vault);
}

void ClientWindow::open(quint16 port, bool tls, const QString &settingsDir, TokenVault *vault)
{
    m_settingsDir = settingsDir;
    ClientOptions options;
    options.host = u"127.0.0.1"_s;
    options.port = port;
    options.tls = tls;
    options.settingsDir = settingsDir;
    m_window = vault ? std::make_unique<MainWindow>(options, vault) : std::make_unique<MainWindow>(options);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning() << "window was not exposed";
}

QString ClientWindow::settingsDir() const
{
    return m_settingsDir;
}

bool ClientWindow::panelShown(const QString &objectName) const
{
    QWidget *panel = m_window->panel();
    return panel && panel->objectName() == objectName && panel->isVisible();
}

void ClientWindow::typeInto(const QString &pageName, const QString &childName, const QString &text) const
{
    auto *edit = on<QLineEdit>(pageName, childName);
    QVERIFY2(edit, qPrintable(pageName + u'/' + childName));
    typeInto(edit, text);
}

void ClientWindow::typeInto(QLineEdit *edit, const QString &text) const
{
    QVERIFY(edit);
    QVERIFY2(edit->isEnabled(), qPrintable(edit->objectName()));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void ClientWindow::click(const QString &pageName, const QString &childName) const
{
    auto *button = on<QAbstractButton>(pageName, childName);
    QVERIFY2(button, qPrintable(pageName + u'/' + childName));
    click(button);
}

void ClientWindow::click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->objectName()));
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    // A check box reacts only on its box and label, not on the empty width a
    // layout may stretch it to: click the box.
    if (auto *box = qobject_cast<QCheckBox *>(button)) {
        const int indicator = box->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(indicator / 2 + 1, box->height() / 2));
        return;
    }
    QTest::mouseClick(button, Qt::LeftButton);
}

void ClientWindow::logIn(const QString &email, const QString &password) const
{
    typeInto(u"loginWidget"_s, u"emailEdit"_s, email);
    typeInto(u"loginWidget"_s, u"passwordEdit"_s, password);
    click(u"loginWidget"_s, u"logInButton"_s);
}

void ClientWindow::fillRegistration(const QString &first, const QString &last, const QString &email,
                                    const QString &password) const
{
    typeInto(u"registrationWidget"_s, u"firstNameEdit"_s, first);
    typeInto(u"registrationWidget"_s, u"lastNameEdit"_s, last);
    typeInto(u"registrationWidget"_s, u"emailEdit"_s, email);
    typeInto(u"registrationWidget"_s, u"passwordEdit"_s, password);
    typeInto(u"registrationWidget"_s, u"passwordConfirmationEdit"_s, password);
}

void ClientWindow::openTab(const QString &pageName) const
{
    auto *tabs = inPanel<QTabWidget>(u"panelTabs"_s);
    QVERIFY2(tabs, "the panel has no tabs");
    QWidget *target = tabs->findChild<QWidget *>(pageName);
    const int index = target ? tabs->indexOf(target) : -1;
    QVERIFY2(index >= 0, qPrintable(pageName));
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

QStringList ClientWindow::tabTitles() const
{
    QStringList titles;
    if (auto *tabs = inPanel<QTabWidget>(u"panelTabs"_s)) {
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
    }
    return titles;
}

void ClientWindow::dismissCertificateNotice()
{
    auto *dismiss = m_window->findChild<QPushButton *>(u"dismissCertificateButton"_s);
    if (dismiss && dismiss->isVisible())
        QTest::mouseClick(dismiss, Qt::LeftButton);
}

TicketListModel *ClientWindow::ticketModel() const
{
    auto *view = inPanel<QTableView>(u"ticketView"_s);
    return view ? qobject_cast<TicketListModel *>(view->model()) : nullptr;
}

void ClientWindow::screenshot(const QString &name) const
{
    const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QDir().mkpath(dir);
    // Let pending layout requests (a banner just hidden) settle first.
    QCoreApplication::sendPostedEvents();
    // …and due zero-time timers too (a table's delayed column resize).
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u'/' + name + u".png"_s));
}
