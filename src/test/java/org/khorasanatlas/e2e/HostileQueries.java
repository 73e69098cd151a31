package org.khorasanatlas.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Query strings as they go over the wire (still percent-encoded, or broken on purpose), drawn from a seeded
 * {@link Random}: the same seed gives the same strings, so a failure can be replayed. They mix the filter's
 * parameter names with unknown ones, and plain values with hostile ones: markup, script URLs, path traversal,
 * SQL, template and log injection, broken escapes, NUL and CR LF, right-to-left text and emoji, overlong values,
 * numbers too big, negative or decimal, repeated parameters and {@code a[]=}.
 */
final class HostileQueries {

    static final List<String> KNOWN_NAMES =
            List.of("year", "from", "to", "country", "claim", "target", "minKilled", "event");

    private static final List<String> UNKNOWN_NAMES = List.of(
            "yaer",
            "v-r",
            "location",
            "query",
            "a[]",
            "country[]",
            "__proto__",
            "constructor",
            "<script>",
            "Year",
            "YEAR",
            "minkilled",
            "event.id",
            "page",
            "sort",
            "");

    /** Decoded values; they are percent-encoded (or not) when sent. */
    private static final List<String> VALUES = List.of(
            "2021",
            "2015",
            "2025",
            "1999",
            "0",
            "-1",
            "-2021",
            "1.5",
            "2021.0",
            "1e9",
            "0x7E5",
            "NaN",
            "Infinity",
            "99999999999999999999",
            "2147483648",
            "-2147483649",
            "100001",
            "000010",
            " 2021 ",
            "2021,2022",
            "AFG",
            "afg",
            "AFG,PAK,XXX",
            ",,,",
            ",",
            " ",
            "",
            "claimed",
            "claimed,rumoured",
            "religious",
            "CIVILIANS",
            "2021-08-26-kabul-airport",
            "2021-08-26-kabul-airport\u0000",
            "<script>alert(1)</script>",
            // Ends a script element, for any page that writes a value inside one.
            "</script><script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(document.cookie)",
            "data:text/html,<script>alert(1)</script>",
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "/etc/passwd\u0000.png",
            "' OR '1'='1",
            "1; DROP TABLE attacks; --",
            "1 UNION SELECT password FROM users",
            "${jndi:ldap://127.0.0.1/a}",
            "{{7*7}}",
            "#{7*7}",
            "%s%n%x",
            "\r\nSet-Cookie: pwned=1",
            "\u202Egnp.exe",
            "\u202B\u0627\u0644\u062F\u0648\u0644\u0629",
            "خراسان",
            "\uD83D\uDCA3\uD83D\uDE00",
            "\uD83D",
            "\uFEFF2021",
            "\u00002021",
            "null",
            "undefined",
            "[object Object]",
            "true");

    /** Already on the wire: broken or tricky escapes that encoding would hide. */
    private static final List<String> RAW = List.of(
            "%",
            "%zz",
            "%u0041",
            "%00",
            "%0d%0a",
            "%0D%0ASet-Cookie:%20x=1",
            "%E0%A4",
            "%C0%AE%C0%AE%2F",
            "%25",
            "%%",
            "%2",
            "+",
            "%2B",
            "%3C%73cript%3E",
            "%FF%FE",
            "%ED%A0%80",
            "a[]=",
            "[]",
            "=",
            "==",
            "%26",
            "%3D");

    private final long seed;
    private final Random random;

    HostileQueries(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    long seed() {
        return seed;
    }

    /** The next {@code count} query strings (without the leading "?"). */
    List<String> next(int count) {
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(next());
        }
        return queries;
    }

    private String next() {
        StringJoiner query = new StringJoiner("&");
        int parameters = 1 + random.nextInt(5);
        for (int i = 0; i < parameters; i++) {
            String parameter = name() + (random.nextInt(12) == 0 ? "" : "=" + value());
            query.add(parameter);
            if (random.nextInt(8) == 0) {
                query.add(parameter); // repeated
            }
        }
        if (random.nextInt(15) == 0) {
            query.add(pick(RAW)); // a stray fragment, not a parameter at all
        }
        return query.toString();
    }

    private String name() {
        int kind = random.nextInt(10);
        if (kind < 6) {
            return pick(KNOWN_NAMES);
        }
        if (kind < 9) {
            return encode(pick(UNKNOWN_NAMES));
        }
        return pick(RAW);
    }

    private String value() {
        return switch (random.nextInt(10)) {
            case 0, 1 -> pick(RAW) + (random.nextBoolean() ? "" : encode(pick(VALUES)));
            case 2 -> encode(overlong());
            case 3 -> String.valueOf(random.nextLong() >> random.nextInt(64));
            case 4 -> raw(pick(VALUES)); // as a careless client sends it: unencoded, bytes as they come
            default -> encode(pick(VALUES));
        };
    }

    /** 10,000 to 20,000 characters of one value repeated. */
    private String overlong() {
        String unit = pick(VALUES);
        int length = 10_000 + random.nextInt(10_000);
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit.isEmpty() ? "A" : unit);
        }
        return text.toString();
    }

    /** Unencoded, except what would end the request line or the parameter. */
    private static String raw(String value) {
        return value.replace(" ", "%20")
                .replace("\r", "%0D")
                .replace("\n", "%0A")
                .replace("&", "%26")
                .replace("#", "%23");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
