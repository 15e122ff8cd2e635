package org.healthlib.generator.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** Formats dates for readers in the site's language ("June 30, 2022" in English). Thread-safe. */
public final class ReaderDates {
    private final DateTimeFormatter formatter;

    public ReaderDates(String language) {
        this.formatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language));
    }

    public DateView of(LocalDate date) {
        return new DateView(date.toString(), formatter.format(date));
    }

    public DateView of(Optional<LocalDate> date) {
        return date.map(this::of).orElse(DateView.NONE);
    }
}
