package org.khorasanatlas.lean;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasTheme;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;

/**
 * Vaadin's button web component, driven from its element: the same look, keyboard and ARIA as Vaadin's
 * {@link Button}, without the Java component's event bus and state. Every open tab keeps its buttons for its life:
 * this one holds about 1 KB of heap, Vaadin's about 2.5 KB (see docs/NOTES.md, "Retained heap per open tab").
 * Themes ({@code tertiary}, {@code small}) go through {@link #addThemeNames}.
 */
@Tag("vaadin-button")
@Uses(Button.class)
public class LeanButton extends Component implements HasStyle, HasTheme, HasEnabled {

    private Element prefix;

    public LeanButton(String text) {
        setText(text);
    }

    /** The button's label; a prefix (an icon) stays in front of it. */
    public void setText(String text) {
        getElement().removeAllChildren();
        if (prefix != null) {
            getElement().appendChild(prefix);
        }
        getElement().appendChild(Element.createText(text));
    }

    public String getText() {
        return getElement().getTextRecursively();
    }

    /** Shows {@code icon} in front of the label, in the button's prefix slot. */
    public void setPrefix(Component icon, String text) {
        prefix = icon.getElement().setAttribute("slot", "prefix");
        setText(text);
    }

    /** Runs {@code action} on each press: a click, or Enter or Space on the focused button. */
    public Registration addClickListener(Runnable action) {
        return getElement().addEventListener("click", event -> action.run());
    }
}
