package org.healthlib.bench.load;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One client's HTTP/1.1 connection, kept open from request to request: writes a GET, reads the
 * status line and headers, and reads the body to its end (by {@code Content-Length} or chunks),
 * without keeping it. A load generator's client must cost far less than the server it measures when
 * both share the machine's cores. With the JDK's {@code HttpClient}, the machine spent two to
 * three times the server's CPU outside the server, and the client set the latency it measured.
 * Opens a new connection when the server closed the last one.
 */
final class KeepAliveConnection implements AutoCloseable {
    private final InetSocketAddress address;
    private final String host;
    private final int timeoutMillis;
    private final byte[] skip = new byte[8192];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(URI base, int timeoutMillis) {
        int port = base.getPort() == -1 ? 80 : base.getPort();
        this.address = new InetSocketAddress(base.getHost(), port);
        this.host = base.getHost() + ":" + port;
        this.timeoutMillis = timeoutMillis;
    }

    /** Sends {@code GET target} and reads the whole answer; its status code. */
    int get(String target) throws IOException {
        if (socket == null) {
            open();
        }
        try {
            return exchange(target);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address, timeoutMillis);
        socket.setSoTimeout(timeoutMillis);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    private int exchange(String target) throws IOException {
        out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            closing = true; // the body ends with the connection
            while (in.read(skip) != -1) {
                // to the end
            }
        }
        if (closing) {
            close();
        }
        return code;
    }

    private long chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private void skip(long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            int read = in.read(skip, 0, (int) Math.min(skip.length, left));
            if (read == -1) {
                throw new EOFException("the answer ended " + left + " bytes early");
            }
            left -= read;
        }
    }

    /** One header line without its CRLF. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new EOFException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing more to read from it
            }
            socket = null;
        }
    }
}
