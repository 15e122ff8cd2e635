package org.healthlib.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
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
        Ranked ranked = textQuery.isPresent() && snapshot.embedder.isPresent()
                ? hybrid(snapshot, request, textQuery.get(), snapshot.embedder.get().embed(corrected.orElse(text)))
                : lexical(snapshot, request, textQuery);
        ScoreDoc[] page = page(ranked.hits(), request);
        List<SearchHit> hits = hits(snapshot, textQuery, page);
        long total = ranked.total();
        Optional<String> suggestion = corrected.isPresent() || total >= FEW_RESULTS || text.isEmpty()
                ? corrected : spelling.suggestMorePopular(text, reader, snapshot.queryAnalyzer);
        return new SearchResponse(request.query(), total, request.page(), hits, facets(ranked.facets()), suggestion);
    }

    /** The articles of a search, ranked, as far as the page asked for; their number; the facet counts. */
    private record Ranked(ScoreDoc[] hits, long total, Facets facets) {
    }

    /** Words only, as a site with {@code search.semantic: false} ranks: scores times folder weights. */
    private Ranked lexical(IndexSnapshot snapshot, SearchRequest request, Optional<Query> textQuery) throws IOException {
        Optional<Query> weighted = snapshot.hasWeights
                ? textQuery.map(q -> FunctionScoreQuery.boostByValue(q, FolderWeights.INSTANCE)) : textQuery;
        DrillDownQuery query = filtered(weighted.orElseGet(MatchAllDocsQuery::new), request);
        DrillSideways.DrillSidewaysResult result = drillSideways(snapshot).search(query, request.page() * request.size());
        return new Ranked(result.hits.scoreDocs, total(result.hits, snapshot, query), result.facets);
    }

    /**
     * Words and meaning: the articles that match the words or are near the query's vector, ranked by
     * {@link RankFusion}. Filters apply to both rankings; facets and the total count the union.
     */
    private Ranked hybrid(IndexSnapshot snapshot, SearchRequest request, Query textQuery, float[] vector)
            throws IOException {
        IndexSearcher searcher = snapshot.searcher;
        List<ScoreDoc> nearest = NearestArticles.of(searcher, vector);
        Query near = NearestArticles.matching(searcher, nearest);
        DrillDownQuery union = filtered(new BooleanQuery.Builder()
                .add(textQuery, BooleanClause.Occur.SHOULD).add(near, BooleanClause.Occur.SHOULD).build(), request);
        DrillSideways.DrillSidewaysResult counted = drillSideways(snapshot).search(union, 1);
        ScoreDoc[] lexical = searcher.search(filtered(textQuery, request),
                Math.max(RankFusion.DEPTH, request.page() * request.size())).scoreDocs;
        List<ScoreDoc> dense = request.hasFilters() ? withinFilters(searcher, nearest, near, request) : nearest;
        return new Ranked(RankFusion.fuse(searcher, lexical, dense), total(counted.hits, snapshot, union), counted.facets);
    }

    private List<ScoreDoc> withinFilters(IndexSearcher searcher, List<ScoreDoc> nearest, Query near, SearchRequest request)
            throws IOException {
        Set<Integer> allowed = new HashSet<>();
        for (ScoreDoc hit : searcher.search(filtered(near, request), Math.max(1, nearest.size())).scoreDocs) {
            allowed.add(hit.doc);
        }
        return nearest.stream().filter(hit -> allowed.contains(hit.doc)).toList();
    }

    private DrillDownQuery filtered(Query query, SearchRequest request) {
        DrillDownQuery filtered = new DrillDownQuery(facetsConfig, query);
        request.type().ifPresent(type -> filtered.add(ArticleFields.TYPE_FACET, type));
        request.topic().ifPresent(topic -> filtered.add(ArticleFields.TOPIC_FACET, topic));
        return filtered;
    }

    private DrillSideways drillSideways(IndexSnapshot snapshot) {
        SortedSetDocValuesReaderState state = snapshot.facetState.get();
        return new DrillSideways(snapshot.searcher, facetsConfig, state);
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
