package org.healthlib.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.healthlib.search.index.ArticleFields;
import org.healthlib.search.index.NameKeys;

/** One search over one index snapshot: query, filters, page, snippets, facets, "did you mean". */
final class Searches {
    /** Below this many results, "did you mean" also offers more frequent words for rare ones. */
    private static final int FEW_RESULTS = 3;
    private static final int MAX_TOPICS = 50;
    /** The stored fields a hit shows: not the body, the largest, which only the snippets read. */
    private static final Set<String> HIT_FIELDS = Set.of(ArticleFields.SLUG, ArticleFields.TITLE, ArticleFields.PATH,
            ArticleFields.SUMMARY, ArticleFields.TYPE, ArticleFields.TOPIC, ArticleFields.REVIEWED);

    private final FacetsConfig facetsConfig = ArticleFields.facetsConfig();
    private final NameKeys nameKeys;
    private final Spelling spelling;

    Searches(NameKeys nameKeys, Spelling spelling) {
        this.nameKeys = nameKeys;
        this.spelling = spelling;
    }

    SearchResponse search(IndexSnapshot snapshot, SearchRequest request) throws IOException {
        if (snapshot.facetState.isEmpty()) {
            return SearchResponse.empty(request);
        }
        IndexReader reader = snapshot.searcher.getIndexReader();
        String text = request.query().strip();
        Optional<String> corrected = text.isEmpty() ? Optional.empty() : spelling.correctUnknown(text, reader, snapshot.queryAnalyzer);
        Optional<Query> textQuery = new ArticleQueryBuilder(snapshot.queryAnalyzer, nameKeys).build(text, corrected);
        if (textQuery.isEmpty() && !(text.isEmpty() && request.hasFilters())) {
            return SearchResponse.empty(request);
        }
        DrillDownQuery query = new DrillDownQuery(facetsConfig, textQuery.orElseGet(MatchAllDocsQuery::new));
        request.type().ifPresent(type -> query.add(ArticleFields.TYPE_FACET, type));
        request.topic().ifPresent(topic -> query.add(ArticleFields.TOPIC_FACET, topic));

        SortedSetDocValuesReaderState state = snapshot.facetState.get();
        DrillSideways.DrillSidewaysResult result = new DrillSideways(snapshot.searcher, facetsConfig, state)
                .search(query, request.page() * request.size());
        long total = total(result.hits, snapshot, query);
        ScoreDoc[] page = page(result.hits.scoreDocs, request);
        List<SearchHit> hits = hits(snapshot, textQuery, page);
        Optional<String> suggestion = corrected.isPresent() || total >= FEW_RESULTS || text.isEmpty()
                ? corrected : spelling.suggestMorePopular(text, reader, snapshot.queryAnalyzer);
        return new SearchResponse(request.query(), total, request.page(), hits, facets(result.facets), suggestion);
    }

    private static long total(TopDocs hits, IndexSnapshot snapshot, Query query) throws IOException {
        return hits.totalHits.relation == TotalHits.Relation.EQUAL_TO
                ? hits.totalHits.value : snapshot.searcher.count(query);
    }

    private static ScoreDoc[] page(ScoreDoc[] all, SearchRequest request) {
        int from = Math.min(all.length, (request.page() - 1) * request.size());
        return Arrays.copyOfRange(all, from, Math.min(all.length, from + request.size()));
    }

    private static List<SearchHit> hits(IndexSnapshot snapshot, Optional<Query> textQuery, ScoreDoc[] page)
            throws IOException {
        String[] snippets = textQuery.isPresent()
                ? Snippets.of(snapshot.searcher, snapshot.queryAnalyzer, textQuery.get(),
                        new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page))
                : new String[page.length];
        StoredFields stored = snapshot.searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(stored.document(page[i].doc, HIT_FIELDS), snippets[i]));
        }
        return hits;
    }

    private static SearchHit hit(Document doc, String snippet) {
        String summary = doc.get(ArticleFields.SUMMARY);
        return new SearchHit(doc.get(ArticleFields.SLUG), doc.get(ArticleFields.TITLE), "/" + doc.get(ArticleFields.PATH),
                summary, snippet != null ? snippet : Snippets.escape(summary), doc.get(ArticleFields.TYPE),
                Arrays.asList(doc.getValues(ArticleFields.TOPIC)), Optional.ofNullable(doc.get(ArticleFields.REVIEWED)));
    }

    private static FacetCounts facets(Facets facets) throws IOException {
        return new FacetCounts(counts(facets, ArticleFields.TYPE_FACET, 20), counts(facets, ArticleFields.TOPIC_FACET, MAX_TOPICS));
    }

    private static Map<String, Integer> counts(Facets facets, String dimension, int top) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        FacetResult result;
        try {
            result = facets.getTopChildren(top, dimension);
        } catch (IllegalArgumentException noSuchDimension) {
            return counts;
        }
        if (result != null) {
            for (LabelAndValue entry : result.labelValues) {
                counts.put(entry.label, entry.value.intValue());
            }
        }
        return counts;
    }
}
