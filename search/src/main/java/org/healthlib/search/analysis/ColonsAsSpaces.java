package org.healthlib.search.analysis;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** A reader that gives a space for each colon it reads, and every other character as it is. */
final class ColonsAsSpaces extends FilterReader {

    ColonsAsSpaces(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        return c == ':' ? ' ' : c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            if (buffer[i] == ':') {
                buffer[i] = ' ';
            }
        }
        return read;
    }
}
