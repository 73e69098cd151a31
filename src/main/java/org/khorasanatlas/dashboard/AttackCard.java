package org.khorasanatlas.dashboard;

import java.util.function.Function;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.Casualties;
import org.khorasanatlas.language.EnglishText;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.language.PlaceNames.PlaceName;
import org.khorasanatlas.language.ReaderFigures;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
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
    private final Function<AttackEvent, PlaceName> provinceName;
    private final CorrectionLinks corrections;

    AttackCard(
            Function<String, String> countryName,
            Function<AttackEvent, PlaceName> provinceName,
            CorrectionLinks corrections) {
        this.countryName = countryName;
        this.provinceName = provinceName;
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
        H3 title = EnglishText.mark(new H3(event.name()));
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
        PlaceName province = provinceName.apply(event);
        String separator = getTranslation("text.separator");
        item(
                facts,
                "card.place",
                EnglishText.span(event.place()),
                new Text(separator),
                province.english() ? EnglishText.span(province.text()) : new Text(province.text()),
                new Text(separator + countryName.apply(event.country())));
        String precision = getTranslation(event.locationPrecision().labelKey());
        item(
                facts,
                "card.location",
                event.gazetteerPlace()
                        .<Component[]>map(named -> new Component[] {
                            EnglishText.span(named.name() + (named.within().isEmpty() ? "" : ", " + named.within())),
                            new Text(" (" + precision + ")")
                        })
                        .orElseGet(() -> new Component[] {new Text(precision)}));
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
                new Text(getTranslation(event.claim().status().labelKey()) + getTranslation("text.colon")),
                EnglishText.span(event.claim().by()));
        item(facts, "card.branch", getTranslation(event.branch().labelKey()));
        add(title, facts);
        if (Language.of(getLocale()) != Language.ENGLISH) {
            Paragraph english = new Paragraph(getTranslation("card.english"));
            english.addClassName("note");
            add(english);
        }
        note("card.note.toll", toll.killedNote() + (toll.injuredNote().isEmpty() ? "" : " " + toll.injuredNote()));
        note("card.note.claim", event.claim().note());
        H4 sources = new H4(getTranslation("card.sources"));
        add(sources, EnglishText.mark(new SourceList(event.sources())));
        event.gazetteerPlace().ifPresent(named -> {
            Anchor source = EnglishText.mark(new Anchor(
                    named.source().url().toString(),
                    named.source().publisher() + ": " + named.source().title(),
                    AnchorTarget.BLANK));
            source.getElement().setAttribute("rel", "noopener noreferrer");
            Paragraph coordinates = new Paragraph(
                    new Text(getTranslation("card.place.coordinates") + getTranslation("text.colon")),
                    EnglishText.span(named.name()),
                    new Text(separator),
                    source);
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
            Paragraph note = new Paragraph(
                    new Text(getTranslation(labelKey) + getTranslation("text.colon")), EnglishText.span(text.strip()));
            note.addClassName("note");
            add(note);
        }
    }

    private void item(DescriptionList list, String termKey, String description) {
        item(list, termKey, new Text(description));
    }

    private void item(DescriptionList list, String termKey, Component... description) {
        list.add(new Term(getTranslation(termKey)), new Description(description));
    }
}
