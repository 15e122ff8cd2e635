package org.healthlib.generator.jsonld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.json.Json;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Audience;
import org.healthlib.core.model.Reviewer;
import org.healthlib.core.model.ReviewerRegistry;
import org.healthlib.core.model.Source;

/**
 * The schema.org {@code MedicalWebPage} of an article, as JSON-LD: what it is about, who it is for,
 * when and by whom it was last reviewed, and what it cites. Built as data, serialised by {@link Json}.
 */
public final class MedicalWebPageLd {
    private MedicalWebPageLd() {
    }

    public static String of(Article article, SiteConfig config, ReviewerRegistry reviewers) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@context", "https://schema.org");
        page.put("@type", "MedicalWebPage");
        page.put("name", article.title());
        page.put("description", article.summary());
        page.put("url", config.absoluteUrl(article.path()));
        page.put("inLanguage", config.language());
        page.put("isPartOf", object("WebSite", "name", config.title(), "url", config.baseUrl()));
        article.editorial().reviewed().ifPresent(date -> page.put("lastReviewed", date.toString()));
        article.editorial().lastModified().ifPresent(date -> page.put("dateModified", date.toString()));
        article.editorial().reviewedBy().flatMap(reviewers::find)
                .ifPresent(reviewer -> page.put("reviewedBy", organization(reviewer)));
        page.put("about", about(article));
        page.put("audience", audience(article.audience()));
        if (!article.sources().isEmpty()) {
            page.put("citation", article.sources().stream().map(MedicalWebPageLd::citation).toList());
        }
        return Json.write(page);
    }

    private static Map<String, Object> about(Article article) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("@type", entityType(article.type()));
        about.put("name", article.title());
        if (!article.alsoCalled().isEmpty()) {
            about.put("alternateName", new ArrayList<Object>(article.alsoCalled()));
        }
        return about;
    }

    /** The schema.org type of what an article is about. */
    static String entityType(ArticleType type) {
        return switch (type) {
            case CONDITION -> "MedicalCondition";
            case SYMPTOM -> "MedicalSignOrSymptom";
            case TEST -> "MedicalTest";
            case TREATMENT -> "MedicalTherapy";
            case PROCEDURE -> "MedicalProcedure";
            case BODY_PART -> "AnatomicalStructure";
            case DRUG -> "Drug";
            case WELLNESS -> "MedicalEntity";
        };
    }

    private static Map<String, Object> audience(Audience audience) {
        String type = switch (audience) {
            case PATIENT -> "Patient";
            case CAREGIVER -> "Caregiver";
            case CLINICIAN -> "Clinician";
        };
        return object("MedicalAudience", "audienceType", type);
    }

    private static Map<String, Object> organization(Reviewer reviewer) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", reviewer.name());
        reviewer.credentials().ifPresent(credentials -> organization.put("description", credentials));
        reviewer.url().ifPresent(url -> organization.put("url", url));
        return organization;
    }

    private static Map<String, Object> citation(Source source) {
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("@type", "CreativeWork");
        citation.put("name", source.title());
        source.url().ifPresent(url -> citation.put("url", url));
        source.publisher().ifPresent(publisher -> citation.put("publisher",
                object("Organization", "name", publisher)));
        return citation;
    }

    /** A JSON object of a schema.org type with properties in the given order (JSON output must be stable). */
    private static Map<String, Object> object(String type, String... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", type);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
