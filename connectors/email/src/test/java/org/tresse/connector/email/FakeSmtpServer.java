package org.tresse.connector.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A tiny SMTP server on loopback that answers RCPT TO with a chosen reply, e.g. 451 or 550. */
final class FakeSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private volatile String recipientReply;

    FakeSmtpServer(String recipientReply) throws IOException {
        this.recipientReply = recipientReply;
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread.execute(this::serve);
    }

    int port() {
        return socket.getLocalPort();
    }

    void answerRecipientsWith(String reply) {
        this.recipientReply = reply;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client went away: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        write(out, "220 fake.test ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
            switch (command) {
                case "EHLO", "HELO" -> write(out, "250 fake.test");
                case "RCPT" -> write(out, recipientReply);
                case "DATA" -> {
                    write(out, "354 go on");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // swallow the message
                    }
                    write(out, "250 queued");
                }
                case "QUIT" -> {
                    write(out, "221 bye");
                    return;
                }
                default -> write(out, "250 OK");
            }
        }
    }

    private static void write(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.shutdownNow();
    }
}
