package org.ippc.ecommerce.system;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * What keeps a system test from hanging on the network: REST Assured calls bounded in time, so that a service
 * that stops answering fails the test, and free ports chosen together, so that no two services are given one.
 */
final class BoundedHttp {
    private BoundedHttp() {}

    /** Makes every later REST Assured call of this JVM give up on a connection or an answer that never comes. */
    static void boundEveryCall() {
        RestAssured.config = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", 5_000)
                        .setParam("http.socket.timeout", 60_000));
    }

    /**
     * Ports no process listens on, all different: each socket stays open until every port is chosen, since the
     * system hands a port it has just taken back again as soon as its socket is closed.
     */
    static List<Integer> freePorts(int count) {
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
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // The port is chosen already; a socket that fails to close does not change it.
                }
            }
        }
    }
}
