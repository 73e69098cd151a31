package org.khorasanatlas.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

/**
 * Tabs that exist for narrow screens only. On a phone the panes stack under the map and only the chosen one
 * shows; on a wider screen the tab bar is hidden by CSS and every pane has its own place on the page, so
 * the panes never move between parents and nothing is rebuilt when the window is resized.
 */
class PhoneTabs extends Tabs {

    static final String HIDDEN_ON_PHONE = "phone-hidden";

    private final Map<Tab, Component> panes = new LinkedHashMap<>();

    /** Tab labels with their panes, in order; each pane needs an id. The first is chosen. */
    PhoneTabs(List<Map.Entry<String, Component>> labelledPanes) {
        setId("phone-tabs");
        addClassName("phone-tabs");
        getElement().setAttribute("aria-label", "Show on the page");
        labelledPanes.forEach(entry -> {
            String label = entry.getKey();
            Component pane = entry.getValue();
            String id = pane.getId().orElseThrow(() -> new IllegalArgumentException("pane " + label + " has no id"));
            Tab tab = new Tab(label);
            tab.setId("phone-tab-" + id);
            tab.getElement().setAttribute("aria-controls", id);
            panes.put(tab, pane);
            add(tab);
        });
        addSelectedChangeListener(change -> showChosen());
        showChosen();
    }

    private void showChosen() {
        panes.forEach((tab, pane) -> pane.getElement().getClassList().set(HIDDEN_ON_PHONE, !tab.isSelected()));
    }
}
