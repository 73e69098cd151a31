package org.khorasanatlas.lean;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.shared.Registration;

/**
 * Vaadin's checkbox web component, driven from its element: the same look, label, helper text and ARIA as
 * Vaadin's {@link Checkbox}, without the Java component's value machinery. It holds about 1.2 KB of a tab's heap,
 * Vaadin's about 4 KB (see docs/NOTES.md, "Retained heap per open tab").
 */
@Tag("vaadin-checkbox")
@Uses(Checkbox.class)
public class LeanCheckbox extends Component implements HasStyle {

    static final String CHECKED = "checked";
    static final String CHECKED_CHANGED = "checked-changed";

    public void setLabel(String label) {
        getElement().setProperty("label", label);
    }

    public void setHelperText(String helperText) {
        getElement().setProperty("helperText", helperText);
    }

    public boolean isChecked() {
        return getElement().getProperty(CHECKED, false);
    }

    public void setChecked(boolean checked) {
        getElement().setProperty(CHECKED, checked);
    }

    /** Called with the new state each time the reader ticks or unticks the box (not when the server sets it). */
    public Registration addChangeListener(Consumer<Boolean> listener) {
        return getElement().addPropertyChangeListener(CHECKED, CHECKED_CHANGED, change -> {
            if (change.isUserOriginated()) {
                listener.accept(isChecked());
            }
        });
    }
}
