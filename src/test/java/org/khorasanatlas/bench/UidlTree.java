package org.khorasanatlas.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The state tree a Vaadin Flow client builds from the {@code changes} of its UIDL answers, kept just far enough
 * for the load test to act like the browser: find a component's node by attribute or tag, and read its properties
 * and the page's texts. Feature numbers are Flow's: 0 element data (tag), 1 properties, 3 attributes, 7 text. The
 * children lists (feature 2) are not kept: every node is found by what it holds, not by where it sits.
 */
final class UidlTree {

    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int ATTRIBUTES = 3;
    static final int TEXT = 7;

    private record Node(Map<Integer, Map<String, JsonNode>> maps) {
        Node() {
            this(new HashMap<>());
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** Applies one answer's {@code changes} array, in order, as the client does. */
    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            switch (type) {
                case "attach" -> nodes.computeIfAbsent(id, n -> new Node());
                case "detach" -> nodes.remove(id);
                case "put" ->
                    node(id).maps()
                            .computeIfAbsent(change.get("feat").asInt(), f -> new HashMap<>())
                            .put(
                                    change.get("key").asString(),
                                    change.has("nodeValue") ? change.get("nodeValue") : change.get("value"));
                case "remove" ->
                    node(id).maps()
                            .getOrDefault(change.get("feat").asInt(), new HashMap<>())
                            .remove(change.get("key").asString());
                default -> {
                    // list changes (splice, clear) and others (e.g. templates) carry nothing the load test reads
                }
            }
        }
    }

    private Node node(int id) {
        // An answer may change a node attached in an earlier one; one never seen is created as the client would.
        return nodes.computeIfAbsent(id, n -> new Node());
    }

    /** The first node whose {@code feature} map has {@code key} = {@code value} (e.g. the attribute id). */
    Optional<Integer> find(int feature, String key, String value) {
        return nodes.entrySet().stream()
                .filter(e -> value.equals(
                        text(e.getValue().maps().getOrDefault(feature, Map.of()).get(key))))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst();
    }

    /** Every node whose {@code feature} map has {@code key} = {@code value}, by id. */
    List<Integer> findAll(int feature, String key, String value) {
        return nodes.entrySet().stream()
                .filter(e -> value.equals(
                        text(e.getValue().maps().getOrDefault(feature, Map.of()).get(key))))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** A value from one of the node's map features, as text; empty if the node or key is unknown. */
    Optional<String> value(int node, int feature, String key) {
        return Optional.ofNullable(nodes.get(node))
                .map(n -> text(n.maps().getOrDefault(feature, Map.of()).get(key)));
    }

    /** Whether some text node says exactly {@code text}. */
    boolean hasText(String text) {
        return nodes.values().stream()
                .anyMatch(n ->
                        text.equals(text(n.maps().getOrDefault(TEXT, Map.of()).get("text"))));
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }
}
