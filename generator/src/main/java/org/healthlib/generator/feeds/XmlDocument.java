package org.healthlib.generator.feeds;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small XML writer over StAX, which escapes text and attributes; this class also drops the
 * characters XML 1.0 cannot carry at all, so a stray control character in a title cannot make a
 * feed unreadable. Output is indented one element per line, for readable diffs.
 */
final class XmlDocument implements AutoCloseable {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final OutputStream stream;
    private final XMLStreamWriter xml;
    private int depth;

    private XmlDocument(OutputStream stream, XMLStreamWriter xml) {
        this.stream = stream;
        this.xml = xml;
    }

    static XmlDocument create(Path file) {
        try {
            // Buffered: the StAX writer hands on every tag and text on its own, and each would be a system call.
            OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file));
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(stream, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            return new XmlDocument(stream, xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlDocument start(String name, String... attributes) {
        return run(() -> {
            newLine();
            xml.writeStartElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
            depth++;
        });
    }

    XmlDocument end() {
        return run(() -> {
            depth--;
            newLine();
            xml.writeEndElement();
        });
    }

    XmlDocument element(String name, String text, String... attributes) {
        return run(() -> {
            newLine();
            xml.writeStartElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        });
    }

    XmlDocument empty(String name, String... attributes) {
        return run(() -> {
            newLine();
            xml.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
        });
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    @Override
    public void close() {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes characters XML 1.0 does not allow (most C0 controls, unpaired surrogates, U+FFFE/F). */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || isPaired(text, i);
            if (!allowed && out == null) {
                out = new StringBuilder(text.substring(0, i));
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isPaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private XmlDocument run(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
