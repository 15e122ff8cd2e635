package org.healthlib.search.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.healthlib.core.model.Article;
import org.healthlib.search.query.SearchRequest;

/**
 * The reference point of docs/search.md: plain Lucene BM25 over title and body with one
 * analyzer, the query text escaped and parsed by MultiFieldQueryParser.
 */
final class BaselineBm25 {
    private BaselineBm25() {
    }

    static EvalReport evaluate(List<Article> articles, Analyzer analyzer, List<EvalQuery> queries, Qrels qrels)
            throws IOException, ParseException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (Article article : articles) {
                    Document doc = new Document();
                    doc.add(new StringField("slug", article.slug(), Field.Store.YES));
                    doc.add(new TextField("title", article.title(), Field.Store.NO));
                    doc.add(new TextField("body", article.body().plainText(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer);
                List<EvalReport.QueryResult> results = new ArrayList<>();
                for (EvalQuery query : queries) {
                    if (qrels.judged(query.id()).isEmpty()) {
                        continue;
                    }
                    List<String> ranked = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(parser.parse(QueryParser.escape(query.text())), SearchRequest.MAX_SIZE).scoreDocs) {
                        ranked.add(searcher.storedFields().document(hit.doc).get("slug"));
                    }
                    results.add(EvalReport.QueryResult.of(query, ranked, qrels.judged(query.id())));
                }
                return EvalReport.of(results);
            }
        }
    }
}
