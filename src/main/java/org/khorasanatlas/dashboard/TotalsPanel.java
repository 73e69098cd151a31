package org.khorasanatlas.dashboard;

import org.khorasanatlas.events.Branch;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.language.ReaderFigures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Attacks, deaths and injuries for the current filter, with the ranges the sources allow. */
class TotalsPanel extends Div {

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    private final H2 heading = new H2();
    private final Span attacks = figure("totals-attacks");
    private final Span killed = figure("totals-killed");
    private final Span killedRange = new Span();
    private final Span injured = figure("totals-injured");
    private final Paragraph footnote = new Paragraph();

    TotalsPanel() {
        addClassName("totals");
        setId("totals");
        footnote.addClassName("footnote");
        add(
                heading,
                tile(getTranslation("totals.attacks"), attacks, new Span()),
                tile(getTranslation("totals.killed"), killed, killedRange),
                tile(getTranslation("card.injured"), injured, new Span()),
                footnote);
    }

    void show(String period, CasualtySummary summary) {
        heading.setText(period);
        attacks.setText(figures.count(summary.attacks()));
        killed.setText(figures.count(summary.killed().best()));
        killedRange.setText(
                summary.killed().isExact()
                        ? ""
                        : getTranslation(
                                "totals.killed.range",
                                figures.range(
                                        summary.killed().low(), summary.killed().high())));
        injured.setText(figures.range(summary.injured().low(), summary.injured().high()));
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
        footnote.setText(note.toString());
    }

    private static Span figure(String id) {
        Span figure = new Span();
        figure.setId(id);
        figure.addClassName("figure");
        return figure;
    }

    private static Div tile(String label, Span figure, Span detail) {
        Span caption = new Span(label);
        caption.addClassName("caption");
        detail.addClassName("detail");
        Div tile = new Div(caption, figure, detail);
        tile.addClassName("tile");
        return tile;
    }
}
