package org.healthlib.core.drafts;

import java.util.List;
import org.healthlib.core.model.ArticleType;

/**
 * The sections a new article of each type starts with, after the library's own articles
 * ("What is depression?", "Signs and symptoms", ... "When to get help"). {@code %s} stands for
 * the subject, the title as it reads inside a sentence.
 */
final class SectionSkeleton {
    private SectionSkeleton() {
    }

    static List<String> headings(ArticleType type, String title) {
        String subject = inSentence(title);
        return sections(type).stream().map(heading -> heading.replace("%s", subject)).toList();
    }

    private static List<String> sections(ArticleType type) {
        return switch (type) {
            case CONDITION -> List.of("What is %s?", "Symptoms", "Causes and risk factors", "How it is diagnosed",
                    "Treatment", "Living with %s", "When to get help");
            case SYMPTOM -> List.of("What is %s?", "Possible causes", "Care at home", "When to see your doctor",
                    "When to get help now");
            case TEST -> List.of("What is %s?", "Why you might have it", "How to prepare", "What to expect",
                    "What the results mean", "Risks");
            case TREATMENT -> List.of("What is %s?", "Who it can help", "What to expect", "How well it works",
                    "Risks and side effects", "When to get help");
            case PROCEDURE -> List.of("What is %s?", "Why it is done", "How to prepare", "What happens during it",
                    "Recovery", "Risks");
            case BODY_PART -> List.of("What is %s?", "Where it is and what it does", "Conditions that affect it",
                    "Keeping it healthy");
            case WELLNESS -> List.of("Why %s matters", "What you can do", "Getting started", "When to get help");
            case DRUG -> List.of("What is %s?", "What it is used for", "How to take it", "Side effects",
                    "Safety tips", "When to get help now");
        };
    }

    /**
     * The title inside a sentence: its first letter in lower case unless the first word is an
     * abbreviation or a name written with capitals after the first letter ("Sleep apnea" → "sleep
     * apnea", "ADHD" and "A1C test" stay as they are).
     */
    static String inSentence(String title) {
        if (title.length() < 2 || !Character.isUpperCase(title.charAt(0)) || !Character.isLowerCase(title.charAt(1))) {
            return title;
        }
        String firstWord = title.split("\\s+", 2)[0];
        if (firstWord.chars().skip(1).anyMatch(Character::isUpperCase)) {
            return title;
        }
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
