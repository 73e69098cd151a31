package org.khorasanatlas.e2e;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attacks as geodata/attacks.geojson has them, read independently of the app so the tests compare what the
 * page shows with the shipped file, not with the app's own view of it.
 */
record AttackData(List<Attack> attacks) {

    record Attack(
            String id,
            String name,
            LocalDate date,
            int killedBest,
            int sources,
            double lat,
            double lng,
            String country,
            String claim,
            String target) {

        int year() {
            return date.getYear();
        }
    }

    static AttackData load() {
        return load(
                Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "geodata", "attacks.geojson"));
    }

    /** Another file in the same format, such as an import. */
    static AttackData load(Path file) {
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        List<Attack> attacks = new ArrayList<>();
        for (JsonNode feature : root.get("features")) {
            JsonNode properties = feature.get("properties");
            JsonNode coordinates = feature.get("geometry").get("coordinates");
            attacks.add(new Attack(
                    feature.get("id").asString(),
                    properties.get("name").asString(),
                    LocalDate.parse(properties.get("date").asString().substring(0, 10)),
                    properties.get("killed").get("best").asInt(),
                    properties.get("sources").size(),
                    coordinates.get(1).asDouble(),
                    coordinates.get(0).asDouble(),
                    properties.get("country").asString(),
                    properties.get("claim").get("status").asString(),
                    properties.get("target").asString()));
        }
        return new AttackData(List.copyOf(attacks));
    }

    List<Attack> inYear(int year) {
        return attacks.stream().filter(a -> a.year() == year).toList();
    }

    List<Attack> matching(Predicate<Attack> test) {
        return attacks.stream().filter(test).toList();
    }

    Attack byId(String id) {
        return attacks.stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No attack " + id + " in the file"));
    }

    int firstYear() {
        return attacks.stream().mapToInt(Attack::year).min().orElseThrow();
    }

    int lastYear() {
        return attacks.stream().mapToInt(Attack::year).max().orElseThrow();
    }

    static int killed(List<Attack> attacks) {
        return attacks.stream().mapToInt(Attack::killedBest).sum();
    }

    /** A count as a reader sees it: "1,234". */
    static String shown(int count) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count);
    }
}
