package org.healthlib.core.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A body's HTML and plain text, kept as they are, or deflated together when a library's bodies
 * would not otherwise fit in the heap (see {@code core.content.BodyPacking}). Every article's HTML
 * and text are held from loading to the end of a build: together about twice the Markdown, so
 * 50,000 articles of 9 KB hold about 1 GB of them. Deflated together at zlib's fastest level they
 * take 3.6 times less on generated articles (whose made-up words compress worse than English): the
 * text repeats the HTML's words, so after the HTML it costs little. Each is inflated again only
 * where it is used: the article's page, its search document.
 * Equal when the HTML and the text are equal, however they are kept.
 */
public final class BodyTexts {
    /** Shorter bodies are kept as they are: the saving would not pay for the work. */
    static final int SHORTEST_PACKED = 512;

    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));
    private static final BodyTexts EMPTY = new BodyTexts("", "", null, 0, 0);

    private final String html;
    private final String plainText;
    /** The UTF-8 of the HTML then the text, deflated; null when they are kept as they are. */
    private final byte[] deflated;
    private final int htmlBytes;
    private final int textBytes;

    private BodyTexts(String html, String plainText, byte[] deflated, int htmlBytes, int textBytes) {
        this.html = html;
        this.plainText = plainText;
        this.deflated = deflated;
        this.htmlBytes = htmlBytes;
        this.textBytes = textBytes;
    }

    /** The HTML and the text as they are. */
    public static BodyTexts of(String html, String plainText) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(plainText, "plainText");
        return html.isEmpty() && plainText.isEmpty() ? EMPTY : new BodyTexts(html, plainText, null, 0, 0);
    }

    /** These texts deflated; themselves when they already are, or are shorter than {@link #SHORTEST_PACKED} characters together. */
    public BodyTexts deflated() {
        if (deflated != null || html.length() + plainText.length() < SHORTEST_PACKED) {
            return this;
        }
        byte[] htmlUtf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] textUtf8 = plainText.getBytes(StandardCharsets.UTF_8);
        byte[] utf8 = Arrays.copyOf(htmlUtf8, htmlUtf8.length + textUtf8.length);
        System.arraycopy(textUtf8, 0, utf8, htmlUtf8.length, textUtf8.length);
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(utf8);
        deflater.finish();
        byte[] out = new byte[utf8.length / 2 + 64];
        int length = 0;
        while (!deflater.finished()) {
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length);
        }
        return new BodyTexts(null, null, Arrays.copyOf(out, length), htmlUtf8.length, textUtf8.length);
    }

    public boolean isDeflated() {
        return deflated != null;
    }

    /** The sanitized HTML; inflated again on each call when kept deflated. */
    public String html() {
        return html != null ? html : new String(inflated(htmlBytes), 0, htmlBytes, StandardCharsets.UTF_8);
    }

    /** The plain text; inflated again on each call when kept deflated. */
    public String plainText() {
        return plainText != null ? plainText
                : new String(inflated(htmlBytes + textBytes), htmlBytes, textBytes, StandardCharsets.UTF_8);
    }

    /** The first {@code length} bytes of the deflated HTML and text. */
    private byte[] inflated(int length) {
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(deflated);
        byte[] utf8 = new byte[length];
        try {
            int done = 0;
            while (done < length) {
                int inflated = inflater.inflate(utf8, done, length - done);
                if (inflated == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("deflated body texts inflated to " + done + " of " + length + " bytes");
                }
                done += inflated;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("deflated body texts could not be inflated", e);
        }
        return utf8;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BodyTexts that)) {
            return false;
        }
        if (deflated != null && that.deflated != null) {
            // the same texts, deflated the same way, give the same bytes
            return htmlBytes == that.htmlBytes && Arrays.equals(deflated, that.deflated);
        }
        return html().equals(that.html()) && plainText().equals(that.plainText());
    }

    @Override
    public int hashCode() {
        return html().hashCode() * 31 + plainText().hashCode();
    }

    @Override
    public String toString() {
        return isDeflated() ? "BodyTexts[deflated, " + deflated.length + " bytes]" : "BodyTexts[html=" + html + ", plainText=" + plainText + "]";
    }
}
