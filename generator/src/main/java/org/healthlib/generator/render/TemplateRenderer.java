package org.healthlib.generator.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthlib.core.diagnostics.Diagnostic;

/**
 * Renders the theme's templates with view records. Template mistakes (most likely in a content
 * folder's own templates) come back as diagnostics with the template's file and line. Thread-safe.
 */
public final class TemplateRenderer {
    private final Theme theme;

    public TemplateRenderer(Theme theme) {
        this.theme = theme;
    }

    /** Loads every template of the theme, so that a syntax error is reported once, before any page is rendered. */
    public List<Diagnostic> check() {
        List<Diagnostic> problems = new ArrayList<>();
        for (String name : Theme.TEMPLATES) {
            try {
                template(name);
            } catch (TemplateProblem problem) {
                problems.add(problem.diagnostic());
            }
        }
        return problems;
    }

    /**
     * @param model the data model: "site", "root", "head" and "page" view records
     */
    public String render(String templateName, Map<String, Object> model) throws TemplateProblem {
        Template template = template(templateName);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            throw problem(source, lineOf(e.getLineNumber()), lineOf(e.getColumnNumber()), messageOf(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * FreeMarker's message, of which the diagnostic keeps the first line; for a value that is null or
     * missing on the page (most often a field some articles leave out), the expression and how to
     * write it for those pages instead, as FreeMarker's own first line does not name it.
     */
    static String messageOf(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        if (e instanceof InvalidReferenceException && blamed != null) {
            return "'" + blamed + "' is null or missing on a page; give it a default ('" + blamed
                    + "!\"\"') or test it first ('<#if " + blamed + "??>')";
        }
        return e.getMessageWithoutStackTop();
    }

    private Template template(String name) throws TemplateProblem {
        try {
            return theme.configuration().getTemplate(name);
        } catch (ParseException e) {
            throw problem(name, e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage());
        } catch (IOException e) {
            throw problem(name, 0, 0, "cannot read the template: " + e.getMessage());
        }
    }

    private TemplateProblem problem(String templateName, int line, int column, String message) {
        Path file = theme.sourceOf(templateName);
        String firstLine = message.strip().lines().findFirst().orElse("template error");
        return new TemplateProblem(Diagnostic.error(file, Math.max(line, 0), Math.max(column, 0), firstLine));
    }

    private static int lineOf(Integer number) {
        return number == null ? 0 : number;
    }
}
