#pragma once

#include <QtGlobal>

namespace lc::net {

// Turns Nagle's algorithm off (TCP_NODELAY) on this process's TCP connections to `port`, which is
// what QNetworkAccessManager's own connections need and cannot be asked for: Qt (6.4 at least) never
// sets TCP_NODELAY on its HTTP sockets, and writes a request's headers and its body in separate pieces.
// On loopback, where one segment holds 64 KB, the body then waits for the ACK of the headers, and the
// server's kernel delays that ACK by ~40 ms: every request with a body to a local server (Ollama,
// llama.cpp, LM Studio) took 40 ms longer than it should. Setting the option on a connection with data
// held back sends that data at once (Linux), so calling this after a request started also helps it.
//
// Unix (Linux: /proc/self/fd, macOS and the BSDs: /dev/fd); elsewhere it does nothing. Returns how many
// connections it changed. Cheap: one directory listing and a few system calls per open descriptor.
int setLowDelayOnConnectionsTo(quint16 port);

} // namespace lc::net
