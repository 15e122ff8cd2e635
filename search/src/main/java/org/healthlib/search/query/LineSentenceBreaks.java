package org.healthlib.search.query;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries of an article's body text, found by looking at the characters around a
 * position only: a boundary is after a line end, and after ".", "!" or "?" followed by white space
 * (the boundary being the start of the next sentence). The body text has each heading, paragraph
 * and list item on its own line, so this is where a reader sees sentences end; an abbreviation
 * ("e.g. fever") may start a passage early, which a snippet tolerates.
 *
 * <p>The JDK's rule-based sentence iterator finds the same boundaries by running its rules
 * backwards from each match, which was most of a search's CPU time (docs/performance.md); this
 * one scans a few characters.
 */
final class LineSentenceBreaks extends BreakIterator {
    private CharacterIterator text = new StringCharacterIterator("");
    private int begin;
    private int end;
    private int current;

    @Override
    public int first() {
        current = begin;
        return current;
    }

    @Override
    public int last() {
        current = end;
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (current >= end) {
            return DONE;
        }
        current = following(current);
        return current;
    }

    @Override
    public int previous() {
        if (current <= begin) {
            return DONE;
        }
        current = preceding(current);
        return current;
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        for (int i = offset + 1; i < end; i++) {
            if (isBoundary(i)) {
                current = i;
                return i;
            }
        }
        current = end;
        return offset >= end ? DONE : end;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        for (int i = offset - 1; i > begin; i--) {
            if (isBoundary(i)) {
                current = i;
                return i;
            }
        }
        current = begin;
        return offset <= begin ? DONE : begin;
    }

    @Override
    public boolean isBoundary(int offset) {
        if (offset <= begin || offset >= end) {
            return offset == begin || offset == end;
        }
        char before = text.setIndex(offset - 1);
        if (before == '\n') {
            return true;
        }
        char at = text.setIndex(offset);
        if (Character.isWhitespace(at)) {
            return false;
        }
        // The start of a word after white space that follows a sentence's closing mark.
        int i = offset - 1;
        while (i > begin && Character.isWhitespace(text.setIndex(i))) {
            if (text.current() == '\n') {
                return true;
            }
            i--;
        }
        if (i == offset - 1) {
            return false;
        }
        char mark = text.setIndex(i);
        return mark == '.' || mark == '!' || mark == '?';
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        begin = newText.getBeginIndex();
        end = newText.getEndIndex();
        current = begin;
    }

    private void checkOffset(int offset) {
        if (offset < begin || offset > end) {
            throw new IllegalArgumentException("offset " + offset + " is outside " + begin + ".." + end);
        }
    }
}
