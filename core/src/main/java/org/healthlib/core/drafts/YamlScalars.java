package org.healthlib.core.drafts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strings written as YAML values of a block mapping: plain when YAML reads them back as the same
 * string (starting with a letter or digit, without {@code ": "}, {@code " #"} or a final colon),
 * else double-quoted.
 */
final class YamlScalars {
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][^\\p{Cntrl}]*");
    private static final Set<String> SPECIAL = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private YamlScalars() {
    }

    static String of(String value) {
        boolean plain = PLAIN.matcher(value).matches() && value.equals(value.strip())
                && !value.contains(": ") && !value.contains(" #") && !value.endsWith(":")
                && !SPECIAL.contains(value.toLowerCase(Locale.ROOT));
        return plain ? value : quoted(value);
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
