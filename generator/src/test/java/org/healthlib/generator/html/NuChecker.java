package org.healthlib.generator.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker in-process, with the schema its command line uses for HTML: set up once
 * (reading the schema takes a second or two), then each file checked in milliseconds. Not
 * thread-safe. Errors come back as {@code line:column: message}; warnings and notes are left
 * out.
 */
final class NuChecker {
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuChecker() throws Exception {
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The errors of one HTML file, none when it is valid. */
    List<String> errors(Path html) throws IOException, SAXException {
        collector.errors.clear();
        validator.checkHtmlFile(html.toFile(), true);
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
            // warnings and informational notes are advice, not errors
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + ": " + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
