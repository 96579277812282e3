package org.tresse.connector.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback in front of the IMAP server: it records the client's command lines,
 * can hide the server's IDLE capability, and can cut every connection, as a network would.
 */
final class ImapProxy implements AutoCloseable {
    private final ServerSocket socket;
    private final int targetPort;
    private final boolean hideIdle;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<String> clientLines = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    ImapProxy(int targetPort, boolean hideIdle) throws IOException {
        this.targetPort = targetPort;
        this.hideIdle = hideIdle;
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    /** The command lines the client sent, tags stripped, e.g. "IDLE", "DONE", "UID FETCH ...". */
    List<String> commands() {
        return clientLines.stream().map(line -> line.contains(" ") && !line.equals("DONE")
                ? line.substring(line.indexOf(' ') + 1) : line).toList();
    }

    long count(String command) {
        return commands().stream().filter(line -> line.equalsIgnoreCase(command)).count();
    }

    /** Cuts every open connection. */
    void cutAll() {
        for (Socket connection : open) {
            try {
                connection.close();
            } catch (IOException e) {
                // already closed
            }
        }
        open.clear();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                connections.incrementAndGet();
                threads.execute(() -> relay(client, server, true));
                threads.execute(() -> relay(server, client, false));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket from, Socket to, boolean fromClient) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int next;
            while ((next = in.read()) >= 0) {
                line.write(next);
                if (next == '\n') {
                    out.write(rewrite(line.toByteArray(), fromClient));
                    out.flush();
                    line.reset();
                } else if (in.available() == 0 && line.size() > 0 && !fromClient) {
                    out.write(line.toByteArray());
                    out.flush();
                    line.reset();
                }
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private byte[] rewrite(byte[] bytes, boolean fromClient) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (fromClient) {
            clientLines.add(text.strip());
            return bytes;
        }
        if (hideIdle && text.contains("CAPABILITY")) {
            return text.replace(" IDLE", "").getBytes(StandardCharsets.ISO_8859_1);
        }
        return bytes;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        cutAll();
        threads.shutdownNow();
    }
}
