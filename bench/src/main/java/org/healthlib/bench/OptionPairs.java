package org.healthlib.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of a bench program: {@code --name value} pairs, each name one the program knows.
 * A problem (a name it does not know, a name without its value) is an {@link IllegalArgumentException}
 * whose message says which, for the program to print with its usage.
 */
public final class OptionPairs {
    private final Map<String, String> values;

    private OptionPairs(Map<String, String> values) {
        this.values = values;
    }

    /** Reads {@code args} as pairs of one of {@code names} and its value; a later pair replaces an earlier one. */
    public static OptionPairs parse(String[] args, Set<String> names) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!names.contains(args[i])) {
                throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("'" + args[i] + "' needs a value");
            }
            values.put(args[i], args[i + 1]);
        }
        return new OptionPairs(values);
    }

    /**
     * {@link #parse}, or, on a problem, the problem and {@code usage} printed on standard error as
     * {@code program}'s and the program ended with status 2.
     */
    public static OptionPairs parseOrExit(String program, String usage, String[] args, Set<String> names) {
        try {
            return parse(args, names);
        } catch (IllegalArgumentException e) {
            exit(program, usage, e.getMessage());
            throw e;
        }
    }

    /** Prints {@code message} and {@code usage} on standard error as {@code program}'s, and ends it with status 2. */
    public static void exit(String program, String usage, String message) {
        System.err.println(program + ": " + message + "\n" + usage);
        System.exit(2);
    }

    /** The value given for {@code name}, if it was. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
