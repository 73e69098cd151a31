package org.khorasanatlas.events;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.khorasanatlas.bench.SyntheticAttacks;
import org.khorasanatlas.geodata.EnglishTexts;
import org.khorasanatlas.geodata.GeoDataFiles;
import org.khorasanatlas.geodata.GeoDataProperties;
import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.leaflet.LatLng;
import org.khorasanatlas.leaflet.LatLngBounds;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.leaflet.MapFocus;
import org.khorasanatlas.leaflet.MapLayers;
import org.khorasanatlas.leaflet.PointLayer;
import org.khorasanatlas.leaflet.Viewport;
import org.khorasanatlas.map.AttackGrid;
import org.khorasanatlas.map.AttackMarkers;
import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.region.Provinces;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * JMH: the server's work for one filter change on a big catalog. {@code find*} is the query alone (the 1M-event
 * target); {@code yearChange} and {@code allYearsChange} are everything a change costs the server before Vaadin
 * sends it: query, totals, the map's grid squares and its JSON payload. Run by the benchmark ({@code ./mvnw -Pbench verify}) in a forked
 * JVM; it lives in this package because it builds the catalog straight from events, as the unit tests do.
 */
@State(Scope.Benchmark)
public class FilterPathBenchmark {

    private static final Translation ENGLISH = EnglishTexts.translation();

    /** Where the shipped geodata is (for the country outlines the generator keeps points in). */
    public static final String GEODATA_PROPERTY = "bench.geodata";

    /** The application's default for {@code atlas.map.server-clusters-above}. */
    private static final int SERVER_CLUSTERS_ABOVE = 2000;

    @Param("1000000")
    public int events;

    /** The region on a laptop's map at the page's first zoom: about 900 × 600 pixels at zoom 5. */
    private static final Viewport REGION = new Viewport(new LatLngBounds(23.5, 44.7, 42.5, 84.3), 5);

    private final AttackGrid grid = new AttackGrid(SERVER_CLUSTERS_ABOVE);
    private final LeafletMap map = new LeafletMap(new MapLayers(
            List.of(),
            List.of(),
            List.of(new PointLayer("attacks", "Attacks", true, false, true)),
            new LatLng(33.5, 64.5),
            5,
            2));
    private AttackCatalog catalog;
    private int next;

    @Setup
    public void load() {
        Path geodata = Path.of(System.getProperty(GEODATA_PROPERTY, "geodata")).toAbsolutePath();
        GeoDataFiles files =
                new GeoDataFiles(new DefaultResourceLoader(), new GeoDataProperties("file:" + geodata + "/", null));
        // Each attack placed in its province, as the application does: the change counts them by province.
        catalog = new AttackCatalog(
                new SyntheticAttacks(new CountryOutlines(files)).generate(events), new Provinces(files)::containing);
    }

    /** The years in turn, so no single year's branch or cache line is favoured. */
    private int nextYear() {
        next = (next + 1) % 11;
        return 2015 + next;
    }

    @Benchmark
    public List<AttackEvent> findYear() {
        return catalog.find(EventFilter.year(nextYear()));
    }

    @Benchmark
    public List<AttackEvent> findAllYears() {
        return catalog.find(EventFilter.allYears());
    }

    @Benchmark
    public List<AttackEvent> findYearCountryClaimDeaths() {
        return catalog.find(yearCountryClaimDeaths());
    }

    /** Everything a year change costs the server before Vaadin sends it: query, totals, the map's payload. */
    @Benchmark
    public Object yearChange() {
        return change(EventFilter.year(nextYear()));
    }

    /** The same for all years: every attack counted into the grid squares of the whole region. */
    @Benchmark
    public Object allYearsChange() {
        return change(EventFilter.allYears());
    }

    /** A year narrowed by country, claim and deaths: the filter scans the year's columns. */
    @Benchmark
    public Object yearCountryClaimDeathsChange() {
        return change(yearCountryClaimDeaths());
    }

    /**
     * The widest narrowing filter: all years of one country, any claim but "suspected", at least one death. Most
     * attacks match, so the scan, the totals and the grid each go over most of a million rows.
     */
    @Benchmark
    public Object allYearsCountryClaimDeathsChange() {
        return change(EventFilter.allYears()
                .withCountries(Set.of("AFG"))
                .withClaims(Set.of(ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED, ClaimStatus.DISPUTED))
                .withMinKilled(1));
    }

    private EventFilter yearCountryClaimDeaths() {
        return EventFilter.year(nextYear())
                .withCountries(Set.of("AFG"))
                .withClaims(Set.of(ClaimStatus.CLAIMED))
                .withMinKilled(10);
    }

    /** What the dashboard's change does on the server: the query, the totals, the provinces, the map's payload. */
    private Object change(EventFilter filter) {
        FoundAttacks found = catalog.find(filter);
        CasualtySummary totals = found.summary();
        Map<String, CasualtySummary> byProvince = catalog.summaryByProvince(
                filter.provinces().isEmpty() ? found : catalog.find(filter.withProvinces(Set.of())));
        map.setContent(
                Map.of(
                        "attacks",
                        grid.content(
                                found,
                                REGION,
                                null,
                                event -> AttackMarkers.of(event, ENGLISH, ReaderFigures.of(Locale.ENGLISH)))),
                new MapFocus.Stay());
        return List.of(totals, byProvince, map.getElement().getProperty("points"));
    }
}
