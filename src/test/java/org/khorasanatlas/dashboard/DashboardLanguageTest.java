package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.lean.LeanButton;
import org.khorasanatlas.lean.ReaderPress;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;

/**
 * The language switcher's links keep the view. (The view in another language is checked in e2e/LanguageIT: the
 * language is set as the page's UI starts, before the view is made, which a browserless UI cannot do.)
 */
class DashboardLanguageTest extends DashboardTestBase {

    @Test
    void anEnglishReadersLinksNameNoLanguageButTheSwitcherOffersEveryOne() {
        open("year", "2021");

        assertThat(find(H1.class).single().getText()).isEqualTo("Khorasan Atlas");
        for (Language language : Language.values()) {
            Anchor link = find(Anchor.class).id("language-" + language.tag());
            assertThat(link.getText()).isEqualTo(language.endonym());
            assertThat(link.getHref()).contains("year=2021", "lang=" + language.tag());
        }

        ReaderPress.click(find(LeanButton.class).id("all-years"));

        assertUrl();
    }
}
