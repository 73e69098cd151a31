package org.khorasanatlas.lean;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;

import tools.jackson.databind.json.JsonMapper;

/** A reader's presses on the lean components in tests without a browser, sent as the browser sends them. */
public final class ReaderPress {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReaderPress() {}

    /** A click on the button, as its DOM event. */
    public static void click(LeanButton button) {
        if (!button.getElement().isEnabled()) {
            throw new AssertionError("The button is disabled; a reader cannot press it");
        }
        button.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(button.getElement(), "click", JSON.createObjectNode()));
    }

    /** Ticks or unticks the box, as the browser reports it: the property synchronised on its change event. */
    public static void tick(LeanCheckbox box, boolean checked) {
        try {
            box.getElement()
                    .getNode()
                    .getFeature(ElementPropertyMap.class)
                    .deferredUpdateFromClient(LeanCheckbox.CHECKED, checked)
                    .run();
        } catch (PropertyChangeDeniedException e) {
            throw new AssertionError("The box does not take its state from the browser", e);
        }
    }
}
