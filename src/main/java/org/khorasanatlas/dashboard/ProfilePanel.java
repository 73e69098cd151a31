package org.khorasanatlas.dashboard;

import org.khorasanatlas.api.ProfileContent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The group profile, one collapsible section per topic, each fact with its sources. The browser half
 * ({@code profile.ts}) draws the outline from a string every tab in the language shares and fetches the facts
 * when a section is first opened: the tab keeps nothing of the profile (its facts, built on the server for every
 * tab, were once four fifths of a tab's state).
 */
@Tag("atlas-profile")
@JsModule("./dashboard/profile.ts")
class ProfilePanel extends Component implements HasStyle {

    ProfilePanel(ProfileContent content) {
        setId("profile");
        addClassName("profile");
        getElement().setProperty("outline", content.outline(getLocale()));
        getElement().setProperty("source", content.url(getLocale()));
    }
}
