package org.khorasanatlas;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Vaadin 25 applies no theme unless asked. */
@StyleSheet(Lumo.STYLESHEET)
@Meta(name = "description", content = "Map of Islamic State Khorasan Province attacks with sourced casualty figures")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
