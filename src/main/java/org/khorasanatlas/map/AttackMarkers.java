package org.khorasanatlas.map;

import java.util.List;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.Figures;
import org.khorasanatlas.leaflet.LatLng;
import org.khorasanatlas.leaflet.Legend;
import org.khorasanatlas.leaflet.PointFeature;

/**
 * How an attack is drawn: a circle whose area grows with the best estimate of deaths, coloured by who tied
 * the attack to the group. Colours are from the Okabe–Ito palette, which colour-blind readers can tell apart.
 */
public final class AttackMarkers {

    /** Radius in pixels per square root of a death: 183 deaths give a circle about 46 px across. */
    static final double PIXELS_PER_ROOT_DEATH = 1.7;
    static final double MIN_RADIUS = 5;

    private AttackMarkers() {
    }

    public static List<PointFeature> of(List<AttackEvent> events) {
        return events.stream().map(AttackMarkers::of).toList();
    }

    static PointFeature of(AttackEvent event) {
        return new PointFeature(event.id(), new LatLng(event.location().latitude(), event.location().longitude()),
                radius(event.casualties().killed().best()), color(event.claim().status()), event.name(),
                List.of(Figures.date(event) + " · " + event.place(),
                        "Killed: " + Figures.killed(event.casualties().killed()),
                        event.claim().status().label()));
    }

    static double radius(int deaths) {
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

    public static Legend legend() {
        return new Legend("Who tied the attack to ISKP", List.of(ClaimStatus.values()).stream()
                .map(status -> new Legend.Entry(status.label(), color(status))).toList());
    }
}
