package org.khorasanatlas.dashboard;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tabs that exist for narrow screens only. On a phone the panes stack under the map and only the chosen one
 * shows; on a wider screen the tab bar is hidden by CSS and every pane has its own place on the page, so
 * the panes never move between parents and nothing is rebuilt when the window is resized.
 * <p>
 * The browser draws and runs them ({@code phone-tabs.ts}): native buttons in the ARIA tabs pattern (Vaadin's
 * {@code vaadin-tabs} puts a focusable scroller inside its tablist, which axe rejects), one tab stop, arrow keys
 * move between the tabs. Which tab a phone shows is the browser's business alone, so the server keeps one element.
 */
@Tag("atlas-phone-tabs")
@JsModule("./dashboard/phone-tabs.ts")
class PhoneTabs extends Component implements HasStyle {

    /** The class that hides a pane on a phone; the other panes carry it until their tab is chosen. */
    static final String HIDDEN_ON_PHONE = "phone-hidden";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One tab as the browser gets it: its label and the id of its pane. */
    record Tab(String label, String pane) {}

    /** Tab labels with their panes, in order; each pane needs an id. The first is chosen. */
    PhoneTabs(List<Map.Entry<String, Component>> labelledPanes) {
        setId("phone-tabs");
        addClassName("phone-tabs");
        getElement().setAttribute("role", "tablist");
        getElement().setAttribute("aria-label", getTranslation("phone.tabs"));
        List<Tab> tabs = labelledPanes.stream()
                .map(entry -> new Tab(
                        entry.getKey(),
                        entry.getValue()
                                .getId()
                                .orElseThrow(
                                        () -> new IllegalArgumentException("pane " + entry.getKey() + " has no id"))))
                .toList();
        // Until the browser runs the tabs, the first pane shows, as it will once they run.
        labelledPanes.stream()
                .skip(1)
                .forEach(entry -> entry.getValue().getElement().getClassList().add(HIDDEN_ON_PHONE));
        getElement().setProperty("tabs", JSON.writeValueAsString(tabs).intern());
    }
}
