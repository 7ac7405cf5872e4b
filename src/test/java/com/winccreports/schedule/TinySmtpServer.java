package com.winccreports.schedule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A minimal SMTP server on a loopback ephemeral port that keeps every message it receives, raw. */
public final class TinySmtpServer implements AutoCloseable {

    /** One received message: envelope recipients and the raw DATA. */
    public record Received(List<String> recipients, String data) {
    }

    private final ServerSocket socket;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private volatile boolean hangingUp;

    public TinySmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "tiny-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /**
     * From now on every connection is closed before the greeting: a mail server that fails. (Closing the server
     * instead would free its port, which another test fork's server may take the next moment.)
     */
    public void hangUp() {
        hangingUp = true;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                if (!hangingUp) {
                    converse(client);
                }
            } catch (IOException e) {
                // closed or client gone: the next accept decides
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
        reply(out, "220 tiny-smtp ready");
        List<String> recipients = new CopyOnWriteArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase();
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 tiny-smtp");
            } else if (command.startsWith("RCPT TO:")) {
                recipients.add(line.substring(8).trim().replaceAll("[<>]", ""));
                reply(out, "250 OK");
            } else if (command.startsWith("DATA")) {
                reply(out, "354 end with <CRLF>.<CRLF>");
                received.add(new Received(List.copyOf(recipients), readData(in)));
                recipients.clear();
                reply(out, "250 OK queued");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static String readData(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
        }
        return data.toString();
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
