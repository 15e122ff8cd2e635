package org.healthlib.search.testing;

import static org.healthlib.core.testing.Articles.anArticle;

import java.time.LocalDate;
import java.util.List;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleType;

/** A small library of hand-written articles for query, facet and HTTP tests. */
public final class FixtureArticles {
    private FixtureArticles() {
    }

    public static List<Article> all() {
        return List.of(
                anArticle().slug("heart-attack").title("Heart attack").alsoCalled("Myocardial infarction", "MI")
                        .summary("A heart attack happens when blood flow to part of the heart is blocked.")
                        .topics("heart-health").reviewed(LocalDate.of(2024, 5, 2))
                        .section("What is a heart attack?", "Blood flow to the heart muscle stops, usually because of a clot in a coronary artery.")
                        .section("Symptoms", "Chest pain or pressure, shortness of breath, and pain in the arm or jaw.")
                        .build(),
                anArticle().slug("atrial-fibrillation").title("Atrial fibrillation").alsoCalled("AFib")
                        .summary("An irregular, often fast heartbeat that raises the risk of stroke.")
                        .topics("heart-health")
                        .section("Causes", "High blood pressure and heart disease can change the heart's electrical signals.")
                        .build(),
                anArticle().slug("acne").title("Acne").alsoCalled("Acne vulgaris")
                        .summary("Pimples, blackheads and whiteheads on the face, chest and back.")
                        .topics("skin")
                        .section("Causes", "Oil and dead skin cells clog hair follicles. Hormones play a part in teenagers.")
                        .build(),
                anArticle().slug("migraine").title("Migraine")
                        .summary("Headaches that throb, often on one side, with sickness and light sensitivity.")
                        .topics("brain-nerves")
                        .section("What causes migraines?", "Triggers include stress, missed meals, poor sleep and hormonal changes.")
                        .build(),
                anArticle().slug("alzheimers-disease").title("Alzheimer's disease").alsoCalled("Alzheimer disease")
                        .summary("A brain disease that slowly destroys memory and thinking skills.")
                        .topics("brain-nerves", "healthy-aging")
                        .section("Symptoms", "Memory loss that disrupts daily life, confusion and trouble finding words.")
                        .build(),
                anArticle().slug("sjogren-syndrome").title("Sjögren syndrome")
                        .summary("An immune disorder that causes dry eyes and a dry mouth.")
                        .topics("immune-system")
                        .section("Treatment", "Artificial tears and saliva substitutes ease the dryness.")
                        .build(),
                anArticle().slug("a1c-test").title("A1C test").type(ArticleType.TEST).alsoCalled("HbA1c", "Glycated hemoglobin test")
                        .summary("A blood test that shows your average blood sugar over the past three months.")
                        .topics("diabetes")
                        .section("Why the test is done", "To diagnose prediabetes and diabetes, and to see how well diabetes is managed.")
                        .build(),
                anArticle().slug("type-2-diabetes").title("Type 2 diabetes")
                        .summary("The body does not use insulin well, so blood sugar rises.")
                        .topics("diabetes")
                        .section("Risk factors", "Being overweight, inactive, or over 45, and having a parent with diabetes.")
                        .build(),
                anArticle().slug("ibuprofen").title("Ibuprofen").type(ArticleType.DRUG).alsoCalled("Advil", "Motrin")
                        .summary("A medicine for pain, fever and swelling, sold without a prescription.")
                        .topics("pain")
                        .section("Side effects", "Stomach upset and heartburn; rarely bleeding in the stomach.")
                        .build(),
                anArticle().slug("psychotherapy").title("Psychotherapy").type(ArticleType.TREATMENT).alsoCalled("Talk therapy", "Counseling")
                        .summary("Talk therapy with a trained mental health professional.")
                        .topics("mental-health")
                        .section("How it helps", "Therapy can ease depression, anxiety and trouble sleeping.")
                        .build(),
                anArticle().slug("insomnia").title("Insomnia").type(ArticleType.SYMPTOM).alsoCalled("Sleeplessness")
                        .summary("Trouble falling asleep or staying asleep.")
                        .topics("mental-health", "sleep")
                        .section("Self-care", "Keep regular hours, avoid caffeine late in the day and keep screens out of the bedroom.")
                        .build(),
                anArticle().slug("walking").title("Walking for health").type(ArticleType.WELLNESS)
                        .summary("A brisk daily walk helps the heart, the mind and blood sugar.")
                        .topics("heart-health", "diabetes")
                        .section("Getting started", "Start with ten minutes a day and add a few minutes each week.")
                        .build());
    }
}
