package org.khorasanatlas.picture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.Figures;
import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.events.YearTotal;
import org.khorasanatlas.geodata.DatasetVersion;
import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.language.InterfaceTexts;
import org.khorasanatlas.map.AttackMarkers;
import org.khorasanatlas.region.CountryOutlines;
import org.springframework.stereotype.Component;

/**
 * The words of a picture of a filter: the filter as the citation says it ("ISKP attacks, 2021; Afghanistan"), the
 * totals with their range, and the source line with the dataset's version and the day the picture was made.
 */
@Component
public class PictureTexts {

    private final AttackCatalog catalog;
    private final CountryOutlines countries;
    private final DatasetVersion dataset;
    private final Translation english;

    public PictureTexts(
            AttackCatalog catalog, CountryOutlines countries, DatasetVersion dataset, InterfaceTexts texts) {
        this.catalog = catalog;
        this.countries = countries;
        this.dataset = dataset;
        this.english = texts.in(Locale.ENGLISH);
    }

    public PictureText of(EventFilter filter, CasualtySummary summary, LocalDate made) {
        String totals = summary.attacks() == 1
                ? text("picture.totals.one", Figures.killed(summary.killed()))
                : text("picture.totals", Figures.count(summary.attacks()), Figures.killed(summary.killed()));
        String source = text("picture.source", dataset.version(), Figures.day(dataset.dataAsOf()), Figures.day(made));
        return new PictureText(title(filter), totals, source, AttackMarkers.legend(this::text));
    }

    /** The app's name, as link previews give it. */
    public String siteName() {
        return text("app.name");
    }

    /** A page's title for a link preview: the app and the filter in words. */
    public String pageTitle(EventFilter filter) {
        return text("share.page-title", title(filter));
    }

    /** The filter in words, as the citation has it: "ISKP attacks, 2019–2021; Pakistan; 10 or more killed". */
    public String title(EventFilter filter) {
        List<String> parts = new ArrayList<>();
        parts.add(text("dataset.cite.subject", period(filter.years())));
        if (!filter.countries().isEmpty()) {
            parts.add(String.join(
                    ", ",
                    filter.countries().stream()
                            .map(code -> countries.name(code).orElse(code))
                            .sorted()
                            .toList()));
        }
        if (!filter.claims().isEmpty()) {
            parts.add(String.join(
                    ", ",
                    filter.claims().stream()
                            .map(status -> text(status.labelKey()))
                            .toList()));
        }
        if (!filter.targets().isEmpty()) {
            parts.add(String.join(
                    ", ",
                    filter.targets().stream().map(type -> text(type.labelKey())).toList()));
        }
        if (filter.minKilled() > 0) {
            parts.add(text("dataset.cite.min-killed", filter.minKilled()));
        }
        if (!filter.provinces().isEmpty()) {
            parts.add(text("picture.provinces", String.join(", ", filter.provinces())));
        }
        return String.join("; ", parts);
    }

    /** The years the filter covers within the data: "2021", "2019–2021". */
    private String period(YearRange years) {
        List<YearTotal> covered = catalog.yearTotals();
        int from = covered.isEmpty()
                ? years.from()
                : Math.max(years.from(), covered.getFirst().year());
        int to = covered.isEmpty()
                ? years.to()
                : Math.min(years.to(), covered.getLast().year());
        return from == to ? String.valueOf(from) : from + "–" + to;
    }

    private String text(String key, Object... parameters) {
        return english.of(key, parameters);
    }
}
