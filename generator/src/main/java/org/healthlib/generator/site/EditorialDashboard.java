package org.healthlib.generator.site;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.FilePaths;
import org.healthlib.core.editorial.EditorialOverview;
import org.healthlib.core.editorial.GradeEntry;
import org.healthlib.core.editorial.QueueState;
import org.healthlib.core.editorial.ReviewerGroup;
import org.healthlib.core.editorial.UnpublishedEntry;
import org.healthlib.core.model.SiteLayout;
import org.healthlib.generator.render.TemplateProblem;
import org.healthlib.generator.view.ArticleSummary;
import org.healthlib.generator.view.DashboardView;
import org.healthlib.generator.view.HeadView;
import org.healthlib.generator.view.ReaderDates;
import org.healthlib.generator.view.SitePaths;

/**
 * Writes the editorial dashboard at {@code editorial/}: the review queue, drafts and articles in
 * review, and the reading grades above target ({@link EditorialOverview}, the same queue as the
 * {@code review} command). It is for editors: {@code noindex}, and no page, sitemap, feed or
 * search document points to it.
 */
final class EditorialDashboard {
    /** The dashboard's site path. */
    static final String PATH = "editorial/";

    private final SitePlan plan;
    private final PageOutput output;
    private final Diagnostics diagnostics;

    EditorialDashboard(SitePlan plan, PageOutput output, Diagnostics diagnostics) {
        this.plan = plan;
        this.output = output;
        this.diagnostics = diagnostics;
    }

    /**
     * Renders and writes the dashboard. No page, alias or static file can take its address: the
     * loader refuses them ({@link org.healthlib.core.model.SiteLayout} keeps {@code editorial/}).
     */
    void write() {
        write(view(EditorialOverview.of(plan.library())));
    }

    /**
     * Writes the dashboard of this plan over the one of {@code before}, the plan of the same site
     * before an edit of one article's front matter, only when what it shows differs: on MedQuAD
     * the dashboard lists every article, and rendering it costs several times more than comparing
     * the two overviews (most front-matter edits, a summary or a topic, change nothing on it). The
     * view is made of the overview, the articles built and the reader's dates, and such an edit
     * changes neither of the last two.
     */
    void update(SitePlan before) {
        EditorialOverview overview = EditorialOverview.of(plan.library());
        if (!overview.equals(EditorialOverview.of(before.library()))) {
            write(view(overview));
        }
    }

    private void write(DashboardView view) {
        HeadView head = new HeadView("Editorial dashboard", "", "", "website", "", true);
        String root = SitePaths.rootOf(PATH);
        try {
            output.write(SiteLayout.fileOf(PATH), plan.templates().render("editorial.ftlh",
                    PageModel.of(plan.site(), root, head, view)));
        } catch (TemplateProblem problem) {
            diagnostics.add(problem.diagnostic());
        }
    }

    private DashboardView view(EditorialOverview overview) {
        Set<String> built = plan.summaries().stream().map(ArticleSummary::slug).collect(Collectors.toSet());
        ReaderDates dates = plan.dates();
        List<DashboardView.ReviewerQueue> reviewers = overview.queue().groups().stream()
                .map(group -> reviewerQueue(group, built, dates)).toList();
        List<DashboardView.Unpublished> unpublished = overview.unpublished().stream()
                .map(entry -> unpublished(entry, built)).toList();
        List<DashboardView.HardToRead> aboveTarget = overview.aboveTarget().stream()
                .map(entry -> hardToRead(entry, built)).toList();
        return new DashboardView(overview.queue().today().toString(), overview.queue().window(),
                overview.queue().overdue(), overview.queue().dueSoon(), reviewers, unpublished, aboveTarget,
                number(overview.gradeTarget()));
    }

    private static DashboardView.ReviewerQueue reviewerQueue(ReviewerGroup group, Set<String> built, ReaderDates dates) {
        List<DashboardView.QueueRow> rows = group.entries().stream().map(entry -> new DashboardView.QueueRow(
                entry.title(), FilePaths.portable(entry.file()), path(entry.slug(), built), entry.state().slug(),
                entry.state() == QueueState.OVERDUE ? "Overdue" : "Due soon", entry.due(), dates.of(entry.nextReview()),
                dates.of(entry.reviewed()), grade(entry.readingGrade()))).toList();
        return new DashboardView.ReviewerQueue(group.reviewerName(), group.reviewer(), rows);
    }

    private static DashboardView.Unpublished unpublished(UnpublishedEntry entry, Set<String> built) {
        return new DashboardView.Unpublished(entry.title(), FilePaths.portable(entry.file()), path(entry.slug(), built),
                entry.status().slug(), entry.reviewer(), entry.words());
    }

    private static DashboardView.HardToRead hardToRead(GradeEntry entry, Set<String> built) {
        return new DashboardView.HardToRead(entry.title(), FilePaths.portable(entry.file()), path(entry.slug(), built),
                entry.status().slug(), grade(entry.readingGrade()));
    }

    private static String path(String slug, Set<String> built) {
        return built.contains(slug) ? SiteLayout.articlePath(slug) : "";
    }

    private static String grade(double grade) {
        return String.format(Locale.ROOT, "%.1f", grade);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
