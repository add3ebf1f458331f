package org.ippc.ecommerce.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports no process listens on, for the services a test starts. */
final class FreePorts {
    private FreePorts() {}

    /**
     * {@code count} ports, all different: each socket stays open until every port is chosen, since the system hands
     * a port it has just given out again as soon as its socket is closed.
     */
    static List<Integer> distinct(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sockets.forEach(FreePorts::close);
        }
    }

    private static void close(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Port " + socket.getLocalPort() + " could not be let go", e);
        }
    }
}
