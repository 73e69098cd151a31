package org.khorasanatlas.geodata;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A closed list of values written in the data files by a short code and shown to people by a label. */
public interface Coded {

    String code();

    String label();

    /**
     * The key of its label in the interface's message bundles, {@code code.<Type>.<NAME>}
     * ({@code code.TargetType.CIVILIANS}); {@link #label()} stays the English one of files, the API and the CLI.
     */
    default String labelKey() {
        Class<?> type = this instanceof Enum<?> constant ? constant.getDeclaringClass() : getClass();
        return "code." + type.getSimpleName() + "." + (this instanceof Enum<?> constant ? constant.name() : code());
    }

    /** The value whose code is {@code code}, or empty after recording which codes are allowed. */
    static <E extends Enum<E> & Coded> Optional<E> parse(
            Class<E> type, String code, ProblemList problems, int line, String item, String field) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(value -> "\"" + value.code() + "\"")
                .collect(Collectors.joining(", "));
        problems.add(
                line,
                item,
                field,
                (code == null ? "missing" : "unknown value \"" + code + "\"") + "; allowed: " + allowed);
        return Optional.empty();
    }
}
