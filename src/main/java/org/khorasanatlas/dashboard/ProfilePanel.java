package org.khorasanatlas.dashboard;

import org.khorasanatlas.language.EnglishText;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.profile.GroupProfile;
import org.khorasanatlas.profile.ProfileFact;
import org.khorasanatlas.profile.ProfileSection;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The group profile, one collapsible section per topic, each fact with its sources. A section's facts are built
 * the first time it is opened, not with the page: built for every open tab they were four fifths of its
 * server-side state, and most readers open one section or none.
 */
class ProfilePanel extends Div {

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    ProfilePanel(GroupProfile profile) {
        setId("profile");
        addClassName("profile");
        String colon = getTranslation("text.colon");
        H2 heading = new H2(new Text(getTranslation("profile.heading") + colon), EnglishText.span(profile.name()));
        Paragraph aliases = new Paragraph(
                new Text(getTranslation("profile.aliases") + colon),
                EnglishText.span(String.join(", ", profile.aliases())));
        aliases.addClassName("aliases");
        add(heading, aliases);
        for (ProfileSection section : profile.sections()) {
            Details details = new Details(EnglishText.span(section.title()));
            details.setId("profile-" + section.id());
            details.addOpenedChangeListener(change -> {
                if (change.isOpened() && details.getContent().findAny().isEmpty()) {
                    details.add(facts(section, getTranslation("profile.estimate")));
                }
            });
            add(details);
        }
    }

    private Div facts(ProfileSection section, String estimate) {
        Div facts = new Div();
        section.facts().forEach(fact -> facts.add(fact(fact, estimate)));
        return facts;
    }

    private Div fact(ProfileFact fact, String estimateLabel) {
        H3 heading = EnglishText.mark(new H3(fact.heading()));
        if (!fact.when().isEmpty()) {
            Span when = new Span(fact.when());
            when.addClassName("when");
            heading.add(when);
        }
        Div item = new Div(heading);
        item.addClassName("fact");
        fact.figure().ifPresent(figure -> {
            Paragraph estimate = new Paragraph(estimateLabel + " " + figures.range(figure.low(), figure.high()));
            estimate.addClassName("estimate");
            item.add(estimate);
        });
        item.add(EnglishText.mark(new Paragraph(fact.text())), EnglishText.mark(new SourceList(fact.sources())));
        return item;
    }
}
