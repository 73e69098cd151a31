package org.khorasanatlas.dashboard;

import java.util.function.Function;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * The embed sizes as a native {@code <select>}: a plain element the page already knows, so the dashboard's
 * bundle needs no further web component for a choice made once.
 */
@Tag("select")
class SizeSelect extends AbstractSinglePropertyField<SizeSelect, String> {

    SizeSelect(Function<EmbedSize, String> label) {
        super("value", EmbedSize.MEDIUM.name(), false);
        setSynchronizedEvent("change");
        for (EmbedSize size : EmbedSize.values()) {
            Element option = new Element("option");
            option.setAttribute("value", size.name());
            option.setText(label.apply(size));
            getElement().appendChild(option);
        }
        getElement().setProperty("value", EmbedSize.MEDIUM.name());
    }

    EmbedSize size() {
        return EmbedSize.valueOf(getValue());
    }
}
