package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.profile.GroupProfile;
import org.khorasanatlas.profile.ProfileFact;
import org.khorasanatlas.profile.ProfileSection;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** The group profile: its sections fold, and a section's facts are built only when it is first opened. */
class ProfilePanelTest extends DashboardTestBase {

    @Autowired
    private GroupProfile profile;

    @Test
    void everySectionIsFoldedAndEmptyAtFirst() {
        navigate(DashboardView.class);

        assertThat(find(Details.class, profilePanel()).all())
                .extracting(Details::getSummaryText)
                .containsExactlyElementsOf(
                        profile.sections().stream().map(ProfileSection::title).toList());
        assertThat(find(Details.class, profilePanel()).all())
                .noneMatch(Details::isOpened)
                .allSatisfy(section -> assertThat(section.getContent()).isEmpty());
    }

    @Test
    void openingASectionShowsItsFactsWithTheirSources() {
        navigate(DashboardView.class);
        ProfileSection leaders = profile.sections().get(1);

        test(section(leaders)).openDetails();

        assertThat(find(H3.class, section(leaders)).all())
                .extracting(H3::getText)
                .containsExactlyElementsOf(
                        leaders.facts().stream().map(ProfileFact::heading).toList());
        List<String> sourceLinks = leaders.facts().stream()
                .flatMap(fact -> fact.sources().stream())
                .map(source -> source.url().toString())
                .toList();
        assertThat(find(Anchor.class, section(leaders)).all())
                .extracting(Anchor::getHref)
                .containsExactlyElementsOf(sourceLinks);
        assertThat(profile.sections())
                .filteredOn(other -> other != leaders)
                .allSatisfy(other -> assertThat(section(other).getContent()).isEmpty());
    }

    @Test
    void aSectionOpenedAgainKeepsItsFactsOnce() {
        navigate(DashboardView.class);
        ProfileSection first = profile.sections().getFirst();
        assertThat(first.facts()).isNotEmpty();
        test(section(first)).openDetails();
        test(section(first)).closeDetails();

        test(section(first)).openDetails();

        assertThat(find(H3.class, section(first)).all()).hasSize(first.facts().size());
    }

    private Div profilePanel() {
        return find(Div.class).id("profile");
    }

    private Details section(ProfileSection section) {
        return find(Details.class).id("profile-" + section.id());
    }
}
