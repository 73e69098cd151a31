package org.khorasanatlas.map;

import java.util.ArrayList;
import java.util.List;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.leaflet.LatLng;
import org.khorasanatlas.leaflet.Legend;
import org.khorasanatlas.leaflet.PointFeature;

/**
 * How an attack is drawn: a circle whose area grows with the best estimate of deaths, coloured by who tied
 * the attack to the group. Colours are from the Okabe–Ito palette, which colour-blind readers can tell apart;
 * unclaimed attacks that are only suspected are rings, so they read apart without colour too.
 * Imported attacks, which nobody in the project has checked, are grey rings of the same sizes.
 */
public final class AttackMarkers {

    /** Radius in pixels per square root of a death: 183 deaths give a circle about 46 px across. */
    static final double PIXELS_PER_ROOT_DEATH = 1.7;

    static final double MIN_RADIUS = 5;
    static final String IMPORTED_COLOR = "#5f5f5f";

    private AttackMarkers() {}

    /** An attack of an imported file, for a layer of its own: the tooltip says where it comes from. */
    static PointFeature imported(AttackEvent event, String origin, Translation text, ReaderFigures figures) {
        return of(event, IMPORTED_COLOR, importedLabel(origin, text), false, text, figures);
    }

    /** Attacks nobody claimed, which only officials or reporters suspect the group of, are rings. */
    public static PointFeature of(AttackEvent event, Translation text, ReaderFigures figures) {
        ClaimStatus status = event.claim().status();
        return of(event, color(status), text.of(status.labelKey()), status == ClaimStatus.SUSPECTED, text, figures);
    }

    private static PointFeature of(
            AttackEvent event, String color, String lastLine, boolean hollow, Translation text, ReaderFigures figures) {
        return new PointFeature(
                event.id(),
                new LatLng(event.location().latitude(), event.location().longitude()),
                radius(event.casualties().killed().best()),
                color,
                event.name(),
                List.of(
                        figures.date(event) + " · " + event.place(),
                        text.of(
                                "marker.killed",
                                figures.killed(event.casualties().killed())),
                        lastLine),
                hollow);
    }

    public static double radius(int deaths) {
        return Math.max(MIN_RADIUS, PIXELS_PER_ROOT_DEATH * Math.sqrt(deaths));
    }

    public static String color(ClaimStatus status) {
        return switch (status) {
            case CLAIMED -> "#D55E00";
            case ATTRIBUTED -> "#E69F00";
            case SUSPECTED -> "#56B4E9";
            case DISPUTED -> "#CC79A7";
        };
    }

    public static Legend legend(Translation text) {
        return new Legend(
                text.of("claim.heading"),
                List.of(ClaimStatus.values()).stream()
                        .map(status -> new Legend.Entry(
                                text.of(status.labelKey()), color(status), status == ClaimStatus.SUSPECTED))
                        .toList());
    }

    /** The legend with a last entry for a layer of imported attacks. */
    public static Legend legendWithImported(String origin, Translation text) {
        Legend legend = legend(text);
        List<Legend.Entry> entries = new ArrayList<>(legend.entries());
        entries.add(new Legend.Entry(importedLabel(origin, text), IMPORTED_COLOR, true));
        return new Legend(legend.title(), entries);
    }

    /** Nobody in the project has checked an imported attack, and the map says so. */
    private static String importedLabel(String origin, Translation text) {
        return text.of("marker.imported", origin);
    }
}
