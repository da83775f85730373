package dev.sobes.telegram;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * Plain sockets that can all be closed at once. Closing the long poll's socket ends the poll as a
 * failed read, which the poller answers with an empty batch; cancelling the call instead would make
 * the library log an error with a stack trace on every shutdown.
 */
final class ClosableSockets extends SocketFactory {
    private final SocketFactory sockets = SocketFactory.getDefault();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    void closeAll() {
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing is all that is wanted; a socket that fails to close is closed enough
            }
        }
        open.clear();
    }

    private Socket track(Socket socket) {
        open.removeIf(Socket::isClosed);
        open.add(socket);
        return socket;
    }

    @Override
    public Socket createSocket() throws IOException {
        return track(sockets.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return track(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return track(sockets.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return track(sockets.createSocket(address, port, localAddress, localPort));
    }
}
