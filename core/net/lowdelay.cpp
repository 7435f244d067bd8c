#include "net/lowdelay.h"

#if defined(Q_OS_UNIX)
#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#endif

namespace lc::net {

#if defined(Q_OS_UNIX)
namespace {

// The peer's port of a connected TCP socket over IPv4 or IPv6, or 0 when fd is anything else.
quint16 tcpPeerPort(int fd)
{
    int type = 0;
    socklen_t length = sizeof(type);
    if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
        return 0;
    sockaddr_storage peer{};
    length = sizeof(peer);
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
        return 0; // not a socket, not connected (yet)
    if (peer.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(peer).sin_port);
    if (peer.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(peer).sin6_port);
    return 0; // a Unix domain socket (D-Bus, the keychain) and the like
}

} // namespace

int setLowDelayOnConnectionsTo(quint16 port)
{
    if (port == 0)
        return 0;
#if defined(Q_OS_LINUX)
    DIR *dir = ::opendir("/proc/self/fd");
#else
    DIR *dir = ::opendir("/dev/fd");
#endif
    if (!dir)
        return 0;
    const int own = ::dirfd(dir);
    int changed = 0;
    while (const dirent *entry = ::readdir(dir)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd < 0 || fd == own)
            continue;
        if (tcpPeerPort(int(fd)) != port)
            continue;
        int on = 0;
        socklen_t length = sizeof(on);
        if (::getsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, &length) == 0 && on)
            continue;
        on = 1;
        if (::setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on)) == 0)
            ++changed;
    }
    ::closedir(dir);
    return changed;
}

#else

int setLowDelayOnConnectionsTo(quint16)
{
    return 0;
}

#endif

} // namespace lc::net
