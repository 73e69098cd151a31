package org.khorasanatlas.select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.shared.Registration;

import tools.jackson.databind.json.JsonMapper;

/**
 * A labelled native {@code <select>} the browser draws from one property, so a page holds one element for it
 * however many options it has (a Vaadin {@code Select} keeps a component per option: 14 KB of a tab for twelve).
 * The browser opens, moves through and closes the list by itself, as every native select does, and reports only
 * a choice; a key the options do not hold is ignored.
 *
 * @param <T> the values chosen among
 */
@Tag("atlas-native-select")
@JsModule("./select/native-select.ts")
@CssImport("./select/native-select.css")
public class NativeSelect<T> extends Component {

    static final String CHOOSE = "select-choose";
    static final String CHOSEN_KEY = "event.detail.value";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One option as the browser gets it. */
    record Option(String value, String label) {}

    private final Function<T, String> key;
    private final Function<T, String> label;
    private final List<Consumer<T>> listeners = new ArrayList<>(1);
    private Map<String, T> items = Map.of();
    private T value;

    /**
     * @param caption the label above the list
     * @param key a value's key, unique among the options (it reaches the page as the option's value)
     * @param label what the reader sees for a value
     */
    public NativeSelect(String caption, Function<T, String> key, Function<T, String> label) {
        this.key = key;
        this.label = label;
        getElement().setProperty("label", caption);
        getElement().addEventListener(CHOOSE, this::take).addEventData(CHOSEN_KEY);
    }

    /** The values to choose among, in order; the same values again change nothing. */
    public void setItems(List<T> values) {
        if (values.equals(List.copyOf(items.values()))) {
            return;
        }
        Map<String, T> byKey = new LinkedHashMap<>();
        List<Option> options = new ArrayList<>();
        for (T item : values) {
            String itemKey = key.apply(item);
            if (byKey.putIfAbsent(itemKey, item) != null) {
                throw new IllegalArgumentException("Two options have the key " + itemKey);
            }
            options.add(new Option(itemKey, label.apply(item)));
        }
        items = byKey;
        // Tabs in one language list the same options: they share one interned string.
        getElement().setProperty("options", JSON.writeValueAsString(options).intern());
    }

    public void setValue(T value) {
        this.value = value;
        getElement().setProperty("value", value == null ? "" : key.apply(value));
    }

    public T getValue() {
        return value;
    }

    /** Called with each value the reader chooses, after the select has taken it as its own. */
    public Registration addChooseListener(Consumer<T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void take(DomEvent event) {
        T chosen = items.get(event.getEventData().path(CHOSEN_KEY).asString(""));
        if (chosen != null) {
            setValue(chosen);
            List.copyOf(listeners).forEach(listener -> listener.accept(chosen));
        }
    }
}
