package org.healthlib.bench.load;

import java.util.List;

/**
 * What readers type into a health library's search box, for the load test: lay words, medical
 * names, questions, misspellings (which take the spelling correction's path) and words the
 * library has no article for.
 */
final class ReaderQueries {
    static final List<String> ALL = List.of(
            "diabetes",
            "high blood pressure",
            "heart attack symptoms",
            "what is asthma",
            "how is glaucoma treated",
            "diabetis",
            "alzhiemers disease",
            "artheritis in knees",
            "breast cancer",
            "kidney stones",
            "migraine headache",
            "is hepatitis c contagious",
            "thyroid",
            "chest pain when breathing",
            "sleep apnea treatment",
            "pneumonia in children",
            "osteoperosis",
            "what causes gout",
            "parkinson's disease",
            "cholesterol",
            "stroke warning signs",
            "ear infection",
            "shingles vaccine side effects",
            "flu");

    private ReaderQueries() {
    }
}
