package org.khorasanatlas.dashboard;

import java.util.function.Function;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.Casualties;
import org.khorasanatlas.events.Figures;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** The selected attack: when, where, the toll with its range, who claimed or attributed it, and every source. */
class AttackCard extends Div {

    private final Function<String, String> countryName;
    private final CorrectionLinks corrections;

    AttackCard(Function<String, String> countryName, CorrectionLinks corrections) {
        this.countryName = countryName;
        this.corrections = corrections;
        setId("attack-card");
        addClassName("attack-card");
        getElement().setAttribute("aria-live", "polite");
        clear();
    }

    void clear() {
        removeAll();
        Paragraph hint = new Paragraph("Select an attack on the map (click it, or Tab to it and press Enter) "
                + "or in the table to see its figures and sources.");
        hint.addClassName("hint");
        add(hint);
    }

    /** {@code curated}: one of the project's own attacks, which readers may ask to correct (not an import). */
    void show(AttackEvent event, boolean curated) {
        removeAll();
        H3 title = new H3(event.name());
        title.setId("attack-card-title");
        Casualties toll = event.casualties();
        DescriptionList facts = new DescriptionList();
        item(
                facts,
                "Date",
                Figures.date(event)
                        + (event.datePrecision().code().equals("day")
                                ? ""
                                : " (" + event.datePrecision().label() + ")"));
        item(facts, "Place", event.place() + ", " + event.admin1() + ", " + countryName.apply(event.country()));
        item(
                facts,
                "Location",
                event.gazetteerPlace()
                        .map(named -> named.name() + (named.within().isEmpty() ? "" : ", " + named.within()) + " ("
                                + event.locationPrecision().label() + ")")
                        .orElse(event.locationPrecision().label()));
        item(facts, "Killed", Figures.killed(toll.killed()) + (toll.killed().isExact() ? "" : " (best, low–high)"));
        toll.perpetratorsKilled().ifPresent(n -> item(facts, "Attackers killed", Figures.count(n)));
        item(
                facts,
                "Injured",
                toll.injured().map(i -> Figures.range(i.low(), i.high())).orElse("No figure given"));
        item(facts, "Target", event.target().label());
        item(facts, "Attack type", event.attackType().label());
        item(
                facts,
                "Claim",
                event.claim().status().label() + ": " + event.claim().by());
        item(facts, "Counted for", event.branch().label());
        add(title, facts);
        note("On the toll", toll.killedNote() + (toll.injuredNote().isEmpty() ? "" : " " + toll.injuredNote()));
        note("On the claim", event.claim().note());
        H4 sources = new H4("Sources");
        add(sources, new SourceList(event.sources()));
        event.gazetteerPlace().ifPresent(named -> {
            Anchor source = new Anchor(
                    named.source().url().toString(),
                    named.source().publisher() + ": " + named.source().title(),
                    AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer");
            Paragraph coordinates = new Paragraph(getTranslation("card.place.coordinates", named.name()) + " ");
            coordinates.add(source);
            coordinates.addClassName("note");
            add(coordinates);
        });
        if (curated) {
            Anchor correction = new Anchor(corrections.linkFor(event), getTranslation("card.correction"));
            correction.setId("suggest-correction");
            correction.getElement().setAttribute("title", getTranslation("card.correction.help"));
            add(new Paragraph(correction));
        }
    }

    private void note(String label, String text) {
        if (!text.isBlank()) {
            Paragraph note = new Paragraph(label + ": " + text.strip());
            note.addClassName("note");
            add(note);
        }
    }

    private static void item(DescriptionList list, String term, String description) {
        list.add(new Term(term), new Description(description));
    }
}
