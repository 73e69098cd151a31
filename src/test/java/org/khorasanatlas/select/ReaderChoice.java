package org.khorasanatlas.select;

import java.util.List;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A reader's use of a {@link NativeSelect} in tests without a browser: what it lists, and a choice sent to it. */
public final class ReaderChoice {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReaderChoice() {}

    /** The options' labels in order, as the browser draws them. */
    public static List<String> labels(NativeSelect<?> select) {
        return options(select).stream()
                .map(option -> option.path("label").asString())
                .toList();
    }

    /** Picks the option with this label, as the browser reports it. */
    public static void choose(NativeSelect<?> select, String label) {
        JsonNode option = options(select).stream()
                .filter(candidate -> candidate.path("label").asString().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option " + label + " among " + labels(select)));
        send(select, option.path("value").asString());
    }

    /** Sends the select a choice of this key, as a browser (or a forged request) would. */
    public static void send(NativeSelect<?> select, String key) {
        JsonNode data = JSON.createObjectNode().put(NativeSelect.CHOSEN_KEY, key);
        select.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(select.getElement(), NativeSelect.CHOOSE, data));
    }

    private static List<JsonNode> options(NativeSelect<?> select) {
        return JSON.readTree(select.getElement().getProperty("options", "[]"))
                .valueStream()
                .toList();
    }
}
