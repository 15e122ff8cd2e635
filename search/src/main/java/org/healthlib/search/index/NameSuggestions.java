package org.healthlib.search.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.BytesRef;
import org.healthlib.core.model.Article;

/**
 * The entries of the autocomplete index: every title and also-called name, with the article's
 * path and title as payload ({@code path + "\n" + title}). Titles weigh more than other names,
 * and shorter names more than longer ones, so "Diabetes" comes before "Diabetes insipidus". Each
 * entry's context is its article's slug, by which {@link NameSuggester#replace} finds it.
 */
final class NameSuggestions implements InputIterator {
    private final Iterator<Entry> entries;
    private Entry current;

    private record Entry(String name, long weight, String payload, String slug) {
    }

    NameSuggestions(List<Article> articles) {
        List<Entry> all = new ArrayList<>();
        for (Article article : articles) {
            String payload = article.path() + "\n" + article.title();
            all.add(new Entry(article.title(), weight(article.title(), 2), payload, article.slug()));
            for (String name : article.alsoCalled()) {
                all.add(new Entry(name, weight(name, 1), payload, article.slug()));
            }
        }
        this.entries = all.iterator();
    }

    private static long weight(String name, int kind) {
        return kind * 1000L - Math.min(name.length(), 999);
    }

    @Override
    public BytesRef next() {
        if (!entries.hasNext()) {
            current = null;
            return null;
        }
        current = entries.next();
        return new BytesRef(current.name());
    }

    @Override
    public long weight() {
        return current.weight();
    }

    @Override
    public BytesRef payload() {
        return new BytesRef(current.payload().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean hasPayloads() {
        return true;
    }

    @Override
    public Set<BytesRef> contexts() {
        return NameSuggester.context(current.slug());
    }

    @Override
    public boolean hasContexts() {
        return true;
    }
}
