package org.khorasanatlas.dashboard;

import java.util.function.Function;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.Casualties;
import org.khorasanatlas.language.ReaderFigures;

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

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

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
        Paragraph hint = new Paragraph(getTranslation("card.hint"));
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
                "card.date",
                figures.date(event)
                        + (event.datePrecision().code().equals("day")
                                ? ""
                                : " (" + getTranslation(event.datePrecision().labelKey()) + ")"));
        item(facts, "card.place", event.place() + ", " + event.admin1() + ", " + countryName.apply(event.country()));
        item(
                facts,
                "card.location",
                event.gazetteerPlace()
                        .map(named -> named.name() + (named.within().isEmpty() ? "" : ", " + named.within()) + " ("
                                + getTranslation(event.locationPrecision().labelKey()) + ")")
                        .orElse(getTranslation(event.locationPrecision().labelKey())));
        item(
                facts,
                "card.killed",
                figures.killed(toll.killed())
                        + (toll.killed().isExact() ? "" : " " + getTranslation("card.killed.range")));
        toll.perpetratorsKilled().ifPresent(n -> item(facts, "card.attackers", figures.count(n)));
        item(
                facts,
                "card.injured",
                toll.injured()
                        .map(i -> figures.range(i.low(), i.high()))
                        .orElseGet(() -> getTranslation("card.injured.none")));
        item(facts, "card.target", getTranslation(event.target().labelKey()));
        item(facts, "card.type", getTranslation(event.attackType().labelKey()));
        item(
                facts,
                "card.claim",
                getTranslation(event.claim().status().labelKey()) + ": "
                        + event.claim().by());
        item(facts, "card.branch", getTranslation(event.branch().labelKey()));
        add(title, facts);
        note("card.note.toll", toll.killedNote() + (toll.injuredNote().isEmpty() ? "" : " " + toll.injuredNote()));
        note("card.note.claim", event.claim().note());
        H4 sources = new H4(getTranslation("card.sources"));
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

    private void note(String labelKey, String text) {
        if (!text.isBlank()) {
            Paragraph note = new Paragraph(getTranslation(labelKey) + ": " + text.strip());
            note.addClassName("note");
            add(note);
        }
    }

    private void item(DescriptionList list, String termKey, String description) {
        list.add(new Term(getTranslation(termKey)), new Description(description));
    }
}
