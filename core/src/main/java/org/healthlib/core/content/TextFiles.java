package org.healthlib.core.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.Position;

/**
 * Reads content files as strict UTF-8: a byte that is not UTF-8 is reported at its line and
 * column instead of being replaced. A leading byte-order mark is dropped and CRLF line ends
 * become LF, so positions are the same whichever editor wrote the file.
 */
public final class TextFiles {

    /** Larger files are refused rather than read into memory. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private TextFiles() {
    }

    /** The text of {@code root/relative}, or nothing with a diagnostic on {@code relative}. */
    public static Optional<String> read(Path root, Path relative, Diagnostics diagnostics) {
        Path path = root.resolve(relative);
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                diagnostics.add(Diagnostic.error(relative, Position.START, "file is too large ("
                        + size + " bytes; at most " + MAX_BYTES + ")"));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            diagnostics.add(Diagnostic.error(relative, Position.START, "cannot read the file (permission denied)"));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(relative, Position.START, "cannot read the file (" + e + ")"));
            return Optional.empty();
        }
        return decode(relative, bytes, diagnostics);
    }

    /**
     * Decodes UTF-8 bytes, reporting the first byte that is not UTF-8. The JDK's own decoding is
     * the fast path: it turns a bad byte into U+FFFD, so text without U+FFFD was valid, and only
     * text with one (a bad byte, or a U+FFFD written on purpose) is decoded again strictly.
     */
    static Optional<String> decode(Path file, byte[] bytes, Diagnostics diagnostics) {
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return Optional.of(normalizeLineEnds(lenient));
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = bytes[in.position()] & 0xFF;
            out.flip();
            diagnostics.add(Diagnostic.error(file, endOf(out),
                    String.format("file is not valid UTF-8 (invalid byte 0x%02X)", bad)));
            return Optional.empty();
        }
        out.flip();
        return Optional.of(normalizeLineEnds(out.toString()));
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The position just after the given text: where the next character would go. */
    private static Position endOf(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Position(line, column);
    }

    private static String normalizeLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
    }
}
