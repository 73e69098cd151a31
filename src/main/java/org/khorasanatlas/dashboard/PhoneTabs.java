package org.khorasanatlas.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;

/**
 * Tabs that exist for narrow screens only. On a phone the panes stack under the map and only the chosen one
 * shows; on a wider screen the tab bar is hidden by CSS and every pane has its own place on the page, so
 * the panes never move between parents and nothing is rebuilt when the window is resized.
 * <p>
 * Native buttons in the ARIA tabs pattern (Vaadin's {@code vaadin-tabs} puts a focusable scroller inside its
 * tablist, which axe rejects): one tab stop, arrow keys move between the tabs.
 */
class PhoneTabs extends Div {

    static final String HIDDEN_ON_PHONE = "phone-hidden";

    private final List<NativeButton> tabs = new ArrayList<>();
    private final List<Component> panes = new ArrayList<>();

    /** Tab labels with their panes, in order; each pane needs an id. The first is chosen. */
    PhoneTabs(List<Map.Entry<String, Component>> labelledPanes) {
        setId("phone-tabs");
        addClassName("phone-tabs");
        getElement().setAttribute("role", "tablist");
        getElement().setAttribute("aria-label", getTranslation("phone.tabs"));
        for (Map.Entry<String, Component> entry : labelledPanes) {
            Component pane = entry.getValue();
            String id = pane.getId()
                    .orElseThrow(() -> new IllegalArgumentException("pane " + entry.getKey() + " has no id"));
            NativeButton tab = new NativeButton(entry.getKey());
            tab.setId("phone-tab-" + id);
            tab.addClassName("phone-tab");
            tab.getElement().setAttribute("role", "tab");
            tab.getElement().setAttribute("aria-controls", id);
            int index = tabs.size();
            tab.addClickListener(click -> choose(index));
            onKey(tab, "ArrowRight", () -> chooseAndFocus(index + 1));
            onKey(tab, "ArrowLeft", () -> chooseAndFocus(index - 1));
            onKey(tab, "Home", () -> chooseAndFocus(0));
            onKey(tab, "End", () -> chooseAndFocus(labelledPanes.size() - 1));
            tabs.add(tab);
            panes.add(pane);
            add(tab);
        }
        choose(0);
    }

    void choose(int index) {
        for (int i = 0; i < tabs.size(); i++) {
            boolean chosen = i == index;
            tabs.get(i).getElement().setAttribute("aria-selected", String.valueOf(chosen));
            tabs.get(i).setTabIndex(chosen ? 0 : -1);
            panes.get(i).getElement().getClassList().set(HIDDEN_ON_PHONE, !chosen);
        }
    }

    /** Only this key reaches the server, and the browser does not also scroll the page with it. */
    private static void onKey(NativeButton tab, String key, Runnable action) {
        tab.getElement()
                .addEventListener("keydown", event -> action.run())
                .setFilter("event.key === '" + key + "'")
                .preventDefault();
    }

    /** Arrow keys wrap around, as the ARIA tabs pattern has it. */
    private void chooseAndFocus(int index) {
        int wrapped = Math.floorMod(index, tabs.size());
        choose(wrapped);
        tabs.get(wrapped).focus();
    }
}
