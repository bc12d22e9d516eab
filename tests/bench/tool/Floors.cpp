#include "Floors.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryFile>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

namespace ccr::bench {

using namespace Qt::StringLiterals;

namespace {

// Closes a file descriptor when it goes out of scope.
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

void noDelay(int fd)
{
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

} // namespace

FloorResult measureTcpRoundTrip(int roundTrips)
{
    FloorResult result;
    Fd listener{::socket(AF_INET, SOCK_STREAM, 0)};
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (listener.fd < 0 || ::bind(listener.fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener.fd, 1) != 0
        || ::getsockname(listener.fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        result.error = u"cannot listen on loopback"_s;
        return result;
    }
    std::thread echo([fd = listener.fd] {
        Fd peer{::accept(fd, nullptr, nullptr)};
        if (peer.fd < 0)
            return;
        noDelay(peer.fd);
        char byte = 0;
        while (::recv(peer.fd, &byte, 1, 0) == 1) {
            if (::send(peer.fd, &byte, 1, MSG_NOSIGNAL) != 1)
                break;
        }
    });
    {
        Fd client{::socket(AF_INET, SOCK_STREAM, 0)};
        if (client.fd < 0 || ::connect(client.fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            result.error = u"cannot connect to the echo thread"_s;
        } else {
            noDelay(client.fd);
            QElapsedTimer timer;
            char byte = 'x';
            for (int i = 0; i < roundTrips; ++i) {
                timer.start();
                if (::send(client.fd, &byte, 1, MSG_NOSIGNAL) != 1 || ::recv(client.fd, &byte, 1, 0) != 1) {
                    result.error = u"echo round trip failed"_s;
                    break;
                }
                result.latency.add(timer.nsecsElapsed());
            }
        }
    } // closing the client ends the echo thread's loop
    ::shutdown(listener.fd, SHUT_RDWR);
    echo.join();
    return result;
}

FloorResult measureFsync(const QString &directory, int syncs)
{
    FloorResult result;
    QTemporaryFile file(QDir(directory).filePath(u"ccr-bench-fsync-XXXXXX"_s));
    if (!file.open()) {
        result.error = u"cannot create a file in %1"_s.arg(directory);
        return result;
    }
    const QByteArray record(256, 'r');
    QElapsedTimer timer;
    for (int i = 0; i < syncs; ++i) {
        timer.start();
        if (::write(file.handle(), record.constData(), size_t(record.size())) != record.size()
            || ::fdatasync(file.handle()) != 0) {
            result.error = u"write or fdatasync failed"_s;
            break;
        }
        result.latency.add(timer.nsecsElapsed());
    }
    return result;
}

} // namespace ccr::bench
