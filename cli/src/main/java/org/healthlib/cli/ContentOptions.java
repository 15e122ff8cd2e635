package org.healthlib.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every content-reading command shares: {@code --content} and {@code --today}. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "site-content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--today", paramLabel = "yyyy-mm-dd", converter = DateConverter.class,
            description = "The day review dates are judged against (default: today).")
    LocalDate today;

    LocalDate todayOrClock() {
        return today == null ? LocalDate.now() : today;
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date (expected yyyy-mm-dd)");
            }
        }
    }
}
