package org.healthlib.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * A query builder that searches each analyzed word in several weighted fields at once
 * (word-centric, like Solr's edismax), so that a document matching more of the reader's words
 * ranks above one matching a single word in its title.
 */
final class FieldsQueryBuilder extends QueryBuilder {
    private final Map<String, Float> weights;
    private final float tieBreaker;

    FieldsQueryBuilder(Analyzer analyzer, Map<String, Float> weights, float tieBreaker) {
        super(analyzer);
        this.weights = new LinkedHashMap<>(weights);
        this.tieBreaker = tieBreaker;
        setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
        return across(List.of(new TermAndBoost(term.bytes(), boost)));
    }

    @Override
    protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
        return across(List.of(terms));
    }

    /** A phrase of the text (a multi-word synonym) is looked for in every field too. */
    @Override
    protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
        List<BytesRef> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        int position = -1;
        stream.reset();
        while (stream.incrementToken()) {
            position += increment.getPositionIncrement();
            terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
            positions.add(position);
        }
        List<Query> perField = new ArrayList<>();
        weights.forEach((name, weight) -> {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
            for (int i = 0; i < terms.size(); i++) {
                phrase.add(new Term(name, terms.get(i)), positions.get(i));
            }
            perField.add(new BoostQuery(phrase.build(), weight));
        });
        return new DisjunctionMaxQuery(perField, tieBreaker);
    }

    private Query across(List<TermAndBoost> terms) {
        List<Query> perField = new ArrayList<>();
        weights.forEach((field, weight) -> {
            Query q;
            if (terms.size() == 1) {
                q = new TermQuery(new Term(field, terms.get(0).term));
                if (terms.get(0).boost != 1f) {
                    q = new BoostQuery(q, terms.get(0).boost);
                }
            } else {
                SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
                terms.forEach(t -> synonyms.addTerm(new Term(field, t.term), t.boost));
                q = synonyms.build();
            }
            perField.add(new BoostQuery(q, weight));
        });
        return new DisjunctionMaxQuery(perField, tieBreaker);
    }
}
