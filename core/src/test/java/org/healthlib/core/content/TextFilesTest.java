package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class TextFilesTest {
    private static final Path FILE = Path.of("articles/x.md");
    private final Diagnostics diagnostics = new Diagnostics();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte... rest) {
        byte[] all = new byte[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    @Test
    void dropsAByteOrderMarkAndTurnsCrlfIntoLf() {
        byte[] input = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("---\r\ntitle: A\r\n---\r\n"));

        assertThat(TextFiles.decode(FILE, input, diagnostics)).contains("---\ntitle: A\n---\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void reportsTheFirstInvalidByteAtItsLineAndColumn() {
        // "é" is two bytes but one column: the bad byte is the 5th character of line 3.
        byte[] input = concat(bytes("---\ntitle: x\ncafé"), (byte) 0xE9, (byte) 'x');

        assertThat(TextFiles.decode(FILE, input, diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).map(Diagnostic::format)
                .containsExactly("articles/x.md:3:5: error: file is not valid UTF-8 (invalid byte 0xE9)");
    }

    @Test
    void reportsASequenceCutOffAtTheEnd() {
        byte[] input = concat(bytes("ab"), (byte) 0xE2, (byte) 0x82);

        assertThat(TextFiles.decode(FILE, input, diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).map(Diagnostic::format)
                .containsExactly("articles/x.md:1:3: error: file is not valid UTF-8 (invalid byte 0xE2)");
    }

    @Test
    void keepsCharactersOutsideTheBasicPlane() {
        assertThat(TextFiles.decode(FILE, bytes("heart \uD83E\uDEC0"), diagnostics)).contains("heart \uD83E\uDEC0");
    }
}
