package org.khorasanatlas.dashboard;

import java.util.List;

import org.khorasanatlas.events.Branch;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.language.ReaderFigures;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

import tools.jackson.databind.json.JsonMapper;

/**
 * Attacks, deaths and injuries for the current filter, with the ranges the sources allow. The browser draws the
 * panel ({@code totals.ts}) from one property: its heading, three tiles and a footnote, every text made here in the
 * reader's language. The server keeps no element per tile.
 */
@Tag("atlas-totals")
@JsModule("./dashboard/totals.ts")
class TotalsPanel extends Component implements HasStyle {

    /** The tiles' element ids, which the page and its tests address. */
    static final String ATTACKS = "totals-attacks";

    static final String KILLED = "totals-killed";
    static final String INJURED = "totals-injured";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One tile: a caption, the figure, and a detail under it ("" for none). */
    record Tile(String id, String caption, String figure, String detail) {}

    /** The panel as the browser draws it. */
    record Shown(String heading, List<Tile> tiles, String footnote) {}

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    TotalsPanel() {
        setId("totals");
        addClassName("totals");
    }

    void show(String period, CasualtySummary summary) {
        StringBuilder note = new StringBuilder(
                summary.perpetratorsKilled() > 0
                        ? getTranslation("totals.note.attackers.died", figures.count(summary.perpetratorsKilled()))
                        : getTranslation("totals.note.attackers"));
        if (summary.attacksWithoutInjuryFigures() > 0) {
            note.append(' ')
                    .append(getTranslation(
                            "totals.note.injuries-unknown",
                            figures.count(summary.attacksWithoutInjuryFigures()),
                            summary.attacksWithoutInjuryFigures()));
        }
        int pakistanProvince = summary.attacksByBranch().getOrDefault(Branch.ISPP, 0);
        if (pakistanProvince > 0) {
            note.append(' ')
                    .append(getTranslation(
                            "totals.note.ispp",
                            figures.count(pakistanProvince),
                            pakistanProvince,
                            figures.year(Branch.ISPP_SEPARATE_SINCE)));
        }
        int suspected = summary.attacksByClaim().getOrDefault(ClaimStatus.SUSPECTED, 0);
        if (suspected > 0) {
            note.append(' ').append(getTranslation("totals.suspected", suspected));
        }
        int attributed = summary.attacksByClaim().getOrDefault(ClaimStatus.ATTRIBUTED, 0);
        if (attributed > 0) {
            note.append(' ').append(getTranslation("totals.attributed", attributed));
        }
        String killedRange = summary.killed().isExact()
                ? ""
                : getTranslation(
                        "totals.killed.range",
                        figures.range(summary.killed().low(), summary.killed().high()));
        Shown shown = new Shown(
                period,
                List.of(
                        new Tile(ATTACKS, getTranslation("totals.attacks"), figures.count(summary.attacks()), ""),
                        new Tile(
                                KILLED,
                                getTranslation("totals.killed"),
                                figures.count(summary.killed().best()),
                                killedRange),
                        new Tile(
                                INJURED,
                                getTranslation("card.injured"),
                                figures.range(
                                        summary.injured().low(),
                                        summary.injured().high()),
                                "")),
                note.toString());
        // Tabs showing the same totals in one language share one interned string.
        getElement().setProperty("totals", JSON.writeValueAsString(shown).intern());
    }
}
