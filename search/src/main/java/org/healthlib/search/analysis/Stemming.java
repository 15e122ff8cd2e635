package org.healthlib.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;

/**
 * Porter stems, except for the words Porter joins to unrelated ones: "organic", "organism" and
 * "organization" all become "organ", "university" and "universe" "univers", "general",
 * "generic" and "generation" "gener", "news" "new", "several" "sever" (as "severe"),
 * "positive" "posit" (as "position"), "experiment" "experi" (as "experience"), "personality"
 * "person", "periodic" "period", "community" "commun" (as "communication"), "medication"
 * "medic" (as "medical"), "international" "intern" (as "internal"), "tired" "tire" (as a car's
 * "tires": "always tired" found Michelin tire baby syndrome first). Each of these keeps a stem
 * of its own, shared with its inflections only. "died" and "dying", which Porter leaves apart
 * from "die" ("di", "dy"), are joined to it.
 *
 * <p>Lighter stemmers avoid these merges but lose more than they gain (docs/search.md: KStem and
 * EnglishMinimalStem lower LiveQA nDCG@10 from 0.837 to 0.803 and 0.808). Not protected: "aids",
 * which lower-cased cannot be told from the plural of "aid" ("hearing aids").
 */
final class Stemming {

    /** Word -> its own stem, set before Porter, which then leaves it alone. */
    static final Map<String, String> PROTECTED = Map.ofEntries(
            Map.entry("organic", "organic"), Map.entry("organics", "organic"),
            Map.entry("organism", "organism"), Map.entry("organisms", "organism"),
            Map.entry("organization", "organization"), Map.entry("organizations", "organization"),
            Map.entry("organizational", "organization"),
            Map.entry("organize", "organize"), Map.entry("organized", "organize"), Map.entry("organizing", "organize"),
            Map.entry("university", "university"), Map.entry("universities", "university"),
            Map.entry("universe", "universe"), Map.entry("universal", "universal"),
            Map.entry("general", "general"), Map.entry("generally", "general"), Map.entry("generalized", "general"),
            Map.entry("generic", "generic"), Map.entry("generics", "generic"),
            Map.entry("generation", "generation"), Map.entry("generations", "generation"),
            Map.entry("news", "news"),
            Map.entry("several", "several"),
            Map.entry("positive", "positive"), Map.entry("positives", "positive"), Map.entry("positively", "positive"),
            Map.entry("position", "position"), Map.entry("positions", "position"), Map.entry("positioned", "position"),
            Map.entry("positioning", "position"),
            Map.entry("experiment", "experiment"), Map.entry("experiments", "experiment"),
            Map.entry("experimental", "experiment"),
            Map.entry("international", "international"),
            Map.entry("personality", "personality"), Map.entry("personalities", "personality"),
            Map.entry("periodic", "periodic"), Map.entry("periodically", "periodic"),
            Map.entry("community", "community"), Map.entry("communities", "community"),
            Map.entry("medication", "medication"), Map.entry("medications", "medication"),
            Map.entry("tired", "tired"), Map.entry("tiredness", "tired"),
            Map.entry("dying", "die"), Map.entry("died", "die"));

    /** Immutable and shared; each filter takes its own reader of it. */
    private static final StemmerOverrideMap OVERRIDES = overrides();

    private Stemming() {
    }

    /** Porter stems, the protected words excepted. */
    static TokenStream stemmed(TokenStream stream) {
        return new PorterStemFilter(new StemmerOverrideFilter(stream, OVERRIDES));
    }

    private static StemmerOverrideMap overrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        PROTECTED.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building the stemmer overrides", e);
        }
    }
}
