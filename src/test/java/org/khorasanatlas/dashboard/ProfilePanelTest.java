package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.api.ProfileContent;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.profile.GroupProfile;
import org.khorasanatlas.profile.ProfileFact;
import org.khorasanatlas.profile.ProfileSection;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The profile: an outline every tab in a language shares, and the facts the browser fetches when it opens one. */
class ProfilePanelTest extends DashboardTestBase {

    @Autowired
    private GroupProfile profile;

    @Autowired
    private ProfileContent content;

    @Test
    void theOutlineNamesTheGroupAndEverySectionInOrder() {
        navigate(DashboardView.class);

        JsonNode outline = outline();
        assertThat(outline.path("heading").asString()).isEqualTo("The group: ");
        assertThat(outline.path("name").asString()).isEqualTo(profile.name());
        assertThat(outline.path("aliases").asString()).isEqualTo(String.join(", ", profile.aliases()));
        assertThat(outline.path("sections")
                        .valueStream()
                        .map(section -> section.path("title").asString()))
                .containsExactlyElementsOf(
                        profile.sections().stream().map(ProfileSection::title).toList());
    }

    @Test
    void everyTabInALanguageSharesOneOutline() {
        navigate(DashboardView.class);

        assertThat(new ProfilePanel(content).getElement().getProperty("outline"))
                .isSameAs(panel().getElement().getProperty("outline"));
    }

    @Test
    void theFactsComeWithTheirSourcesAndEstimatesInTheReadersDigits() {
        navigate(DashboardView.class);
        assertThat(panel().getElement().getProperty("source")).isEqualTo(content.url(Locale.ENGLISH));

        JsonNode facts = fetch(content.url(Language.DARI.locale(null))).path("sections");

        ProfileSection leaders = profile.sections().get(1);
        JsonNode shown = facts.path(leaders.id());
        assertThat(shown.valueStream().map(fact -> fact.path("heading").asString()))
                .containsExactlyElementsOf(
                        leaders.facts().stream().map(ProfileFact::heading).toList());
        List<String> sourceLinks = leaders.facts().stream()
                .flatMap(fact -> fact.sources().stream())
                .map(source -> source.url().toString())
                .toList();
        assertThat(shown.valueStream()
                        .flatMap(fact -> fact.path("sources").valueStream())
                        .map(source -> source.path("url").asString()))
                .containsExactlyElementsOf(sourceLinks);
        assertThat(profile.sections().stream()
                        .flatMap(section -> section.facts().stream())
                        .filter(fact -> fact.figure().isPresent()))
                .as("the shipped profile has estimates")
                .isNotEmpty();
        assertThat(facts.valueStream()
                        .flatMap(JsonNode::valueStream)
                        .filter(fact -> fact.has("estimate"))
                        .map(fact -> fact.path("estimate").asString()))
                .isNotEmpty()
                .allSatisfy(estimate ->
                        assertThat(estimate).containsPattern("[۰-۹]").doesNotContainPattern("[0-9]"));
    }

    private ProfilePanel panel() {
        return find(ProfilePanel.class).single();
    }

    private JsonNode outline() {
        return JsonMapper.builder().build().readTree(panel().getElement().getProperty("outline"));
    }
}
