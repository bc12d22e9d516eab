#include "ScrollBench.h"

#include "EventLoopProbe.h"

#include <app/ClientOptions.h>
#include <ui/MainWindow.h>

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace ccr::bench {

using namespace Qt::StringLiterals;

namespace {

// Runs the event loop (sleeping between events, so the server keeps its CPU)
// until done() holds or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QTableView *visibleTicketView(QWidget *panel)
{
    if (!panel)
        return nullptr;
    for (QTableView *view : panel->findChildren<QTableView *>(u"ticketView"_s)) {
        if (view->isVisible())
            return view;
    }
    return nullptr;
}

} // namespace

QJsonObject ScrollResult::toJson() const
{
    return {{u"error"_s, error},
            {u"loginToFirstRowsMs"_s, loginToFirstRowsMs},
            {u"rows"_s, rows},
            {u"pages"_s, pages},
            {u"seconds"_s, seconds},
            {u"pageLoadMs"_s, pageLoad.toJson()},
            {u"guiLatenessMs"_s, lateness.toJson()},
            {u"ticksLate16ms"_s, qint64(late16)},
            {u"ticksLate50ms"_s, qint64(late50)},
            {u"ticksLate100ms"_s, qint64(late100)}};
}

ScrollResult runScrollBench(const ScrollOptions &options)
{
    ScrollResult result;
    QTemporaryDir settings;
    client::ClientOptions clientOptions;
    clientOptions.host = options.host;
    clientOptions.port = options.port;
    clientOptions.tls = !options.plain;
    clientOptions.settingsDir = settings.path();
    client::MainWindow window(clientOptions);
    window.resize(1280, 800);
    window.show();

    auto *login = window.findChild<QWidget *>(u"loginWidget"_s);
    auto *email = login ? login->findChild<QLineEdit *>(u"emailEdit"_s) : nullptr;
    auto *password = login ? login->findChild<QLineEdit *>(u"passwordEdit"_s) : nullptr;
    auto *button = login ? login->findChild<QAbstractButton *>(u"logInButton"_s) : nullptr;
    if (!email || !password || !button) {
        result.error = u"The login page has no emailEdit/passwordEdit/logInButton."_s;
        return result;
    }
    if (!waitUntil([&] { return button->isVisible() && button->isEnabled(); }, 20'000)) {
        result.error =
            u"The log-in button never became enabled (is the server at %1:%2?)."_s.arg(options.host).arg(options.port);
        return result;
    }
    email->setText(options.adminEmail);
    password->setText(options.adminPassword);
    QElapsedTimer sinceLogin;
    sinceLogin.start();
    button->click();
    QTableView *view = nullptr;
    if (!waitUntil(
            [&] {
                view = visibleTicketView(window.panel());
                return view && view->model() && view->model()->rowCount() > 0;
            },
            60'000)) {
        result.error = u"No ticket rows within 60 s of logging in."_s;
        return result;
    }
    result.loginToFirstRowsMs = sinceLogin.nsecsElapsed() / 1e6;

    QAbstractItemModel *model = view->model();
    EventLoopProbe probe(options.probeIntervalMs);
    QElapsedTimer run;
    run.start();
    probe.start();
    while (result.pages < options.pages && run.elapsed() < qint64(options.durationS) * 1000) {
        const int before = model->rowCount();
        if (!model->canFetchMore({}))
            break; // the whole list is loaded
        QElapsedTimer page;
        page.start();
        view->scrollToBottom();
        const int left = std::max(1, int(qint64(options.durationS) * 1000 - run.elapsed()));
        if (!waitUntil([&] { return model->rowCount() > before; }, std::min(30'000, left))) {
            if (run.elapsed() < qint64(options.durationS) * 1000)
                result.error = u"No new rows within 30 s of scrolling to row %1."_s.arg(before);
            break;
        }
        result.pageLoad.add(page.nsecsElapsed());
        ++result.pages;
        // One frame for the view to lay out and paint the new rows.
        waitUntil([] { return false; }, 16);
    }
    probe.stop();
    result.seconds = run.nsecsElapsed() / 1e9;
    result.rows = model->rowCount();
    result.lateness = probe.lateness();
    result.late16 = probe.lateTicks(16);
    result.late50 = probe.lateTicks(50);
    result.late100 = probe.lateTicks(100);
    return result;
}

} // namespace ccr::bench
