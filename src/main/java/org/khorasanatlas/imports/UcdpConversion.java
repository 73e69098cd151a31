package org.khorasanatlas.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackType;
import org.khorasanatlas.events.Casualties;
import org.khorasanatlas.events.CasualtyRange;
import org.khorasanatlas.events.Claim;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.DatePrecision;
import org.khorasanatlas.events.TargetType;
import org.khorasanatlas.places.GeoPoint;
import org.khorasanatlas.places.LocationPrecision;
import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.sources.Source;

/**
 * Turns a GED row into an attack in the geodata format, or says why it is left out. The rules, and why each is
 * what it is, are in geodata/README.md ("Imported files"); in short: only what UCDP recorded is carried over,
 * and what it did not record (a claim, the IS branch where it is ambiguous) is never guessed.
 */
final class UcdpConversion {

    /** Starts the id of every imported attack, so it is never taken for a curated one. */
    static final String ID_PREFIX = "ucdp-";
    /** UCDP's download page: the GED has no stable page per event. */
    static final URI UCDP_DOWNLOADS = URI.create("https://ucdp.uu.se/downloads/");
    /** From this day "Government of Afghanistan" in GED means the Taliban government. */
    static final LocalDate TALIBAN_TAKEOVER = LocalDate.of(2021, 8, 15);

    private static final CSVFormat ARTICLE_LIST =
            CSVFormat.RFC4180.builder().setDelimiter(';').get();

    private final CountryOutlines countries;
    private final String publisher;

    /** @param release the GED version (for example {@code 25.1}) when known, for the citation */
    UcdpConversion(CountryOutlines countries, Optional<String> release) {
        this.countries = countries;
        this.publisher = "Uppsala Conflict Data Program (UCDP GED"
                + release.map(v -> " " + v).orElse("") + ")";
    }

    RowOutcome convert(GedRow row) {
        return skipReason(row)
                .<RowOutcome>map(reason -> new RowOutcome.Skipped(row.line(), reason))
                .orElseGet(() -> new RowOutcome.Kept(row.line(), event(row)));
    }

    private Optional<SkipReason> skipReason(GedRow row) {
        if (!row.involvesIslamicState()) {
            return Optional.of(SkipReason.NOT_ISLAMIC_STATE);
        }
        Optional<KhorasanCountry> country = KhorasanCountry.byCountryId(row.countryId());
        if (country.isEmpty()) {
            return Optional.of(SkipReason.OUTSIDE_KHORASAN);
        }
        if (country.get().branch(row.dateEnd()).isEmpty()) {
            return Optional.of(SkipReason.BRANCH_AMBIGUOUS);
        }
        if (datePrecision(row).isEmpty()) {
            return Optional.of(SkipReason.DATE_TOO_IMPRECISE);
        }
        if (locationPrecision(row.wherePrec()).isEmpty()) {
            return Optional.of(SkipReason.LOCATION_TOO_IMPRECISE);
        }
        if (row.low() > row.best() || row.best() > row.high()) {
            return Optional.of(SkipReason.DEATHS_OUT_OF_ORDER);
        }
        if (row.islamicStateDeaths() > 0 && row.otherDeaths() == 0) {
            return Optional.of(SkipReason.ONLY_IS_DEATHS);
        }
        GeoPoint point = location(row);
        if (!countries.contains(country.get().iso3(), point.latitude(), point.longitude())) {
            return Optional.of(SkipReason.OUTSIDE_COUNTRY_OUTLINE);
        }
        return Optional.empty();
    }

    /** Only for rows {@link #skipReason} lets through. */
    private AttackEvent event(GedRow row) {
        KhorasanCountry country = KhorasanCountry.byCountryId(row.countryId()).orElseThrow();
        DatePrecision datePrecision = datePrecision(row).orElseThrow();
        LocalDate date = datePrecision == DatePrecision.DAY
                ? row.dateStart()
                : row.dateStart().withDayOfMonth(1);
        String sides = side(row.sideA(), row) + " – " + side(row.sideB(), row);
        String countryName = countries.name(country.iso3()).orElse(row.country());
        return new AttackEvent(
                ID_PREFIX + row.id(),
                sides + " in " + firstText(row.adm2(), row.adm1(), row.whereDescription(), countryName),
                date,
                datePrecision,
                firstText(row.whereDescription(), row.adm2(), row.adm1(), countryName),
                firstText(withoutSuffix(row.adm1(), " province"), countryName),
                country.iso3(),
                location(row),
                locationPrecision(row.wherePrec()).orElseThrow(),
                new Casualties(
                        new CasualtyRange(row.low(), row.best(), row.high()),
                        killedNote(row),
                        OptionalInt.empty(),
                        Optional.empty(),
                        ""),
                target(row.typeOfViolence()),
                AttackType.OTHER,
                new Claim(ClaimStatus.SUSPECTED, "UCDP GED coding (IS coded as a side: " + sides + ")", claimNote(row)),
                country.branch(row.dateEnd()).orElseThrow(),
                List.of(source(row)),
                Optional.empty());
    }

    /**
     * UCDP's date_prec: 1 the exact day; 2 a range of up to 6 days; 3 the week; 4 a range of up to a month, or
     * the month; 5 a longer range, or the year. The atlas knows a day, a month or a year: 1 is the day, 2–4 the
     * month when the whole range lies in one calendar month; anything less precise is left out.
     */
    static Optional<DatePrecision> datePrecision(GedRow row) {
        if (row.datePrec() == 1) {
            return Optional.of(DatePrecision.DAY);
        }
        if (row.datePrec() <= 4 && YearMonth.from(row.dateStart()).equals(YearMonth.from(row.dateEnd()))) {
            return Optional.of(DatePrecision.MONTH);
        }
        return Optional.empty();
    }

    /**
     * UCDP's where_prec: 1 the exact place, 2 within about 25 km of a known place, 3 the district (second-order
     * unit), 4 the province, 5 a road, river or part of a region, 6 the country, 7 unknown or at sea. GED points
     * for 1 and 2 are the place's centre, not a site, so both are {@code town}.
     */
    static Optional<LocationPrecision> locationPrecision(int wherePrec) {
        return switch (wherePrec) {
            case 1, 2 -> Optional.of(LocationPrecision.TOWN);
            case 3 -> Optional.of(LocationPrecision.DISTRICT);
            case 4 -> Optional.of(LocationPrecision.PROVINCE);
            default -> Optional.empty();
        };
    }

    /**
     * UCDP's type_of_violence: 3 one-sided violence is against civilians; 1 state-based conflict is fighting a
     * government's forces (UCDP does not tell army from police); 2 non-state conflict is fighting another armed
     * group, the nearest of the atlas's targets being {@code military}.
     */
    static TargetType target(int typeOfViolence) {
        return switch (typeOfViolence) {
            case 3 -> TargetType.CIVILIANS;
            case 1 -> TargetType.GOVERNMENT;
            default -> TargetType.MILITARY;
        };
    }

    private static GeoPoint location(GedRow row) {
        return new GeoPoint(fourDecimals(row.latitude()), fourDecimals(row.longitude()));
    }

    private static double fourDecimals(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    private static String side(String name, GedRow row) {
        return name.equals("Government of Afghanistan") && !row.dateStart().isBefore(TALIBAN_TAKEOVER)
                ? name + " (Taliban)"
                : name;
    }

    private static String killedNote(GedRow row) {
        StringBuilder note = new StringBuilder("UCDP GED estimates of everyone killed in the event, IS fighters"
                + " included: low " + row.low() + ", best " + row.best() + ", high " + row.high()
                + ". UCDP's split of the best estimate: " + row.sideA() + " " + row.deathsA());
        if (row.typeOfViolence() != 3) {
            note.append(", ").append(row.sideB()).append(' ').append(row.deathsB());
        }
        return note.append(", civilians ")
                .append(row.deathsCivilians())
                .append(", unknown ")
                .append(row.deathsUnknown())
                .append('.')
                .toString();
    }

    /** The articles UCDP coded the event from have no links, so they are named here rather than as sources. */
    private static String claimNote(GedRow row) {
        StringBuilder note = new StringBuilder("UCDP does not record claims of responsibility.");
        String articles = articles(row.sourceArticle());
        if (!articles.isEmpty()) {
            note.append(" UCDP coded the event from: ").append(articles).append('.');
        }
        if (!row.sourceOriginal().isEmpty()) {
            note.append(" Original sources named by UCDP: ")
                    .append(row.sourceOriginal())
                    .append('.');
        }
        return note.toString();
    }

    /**
     * GED's source_article is a list, itself in CSV: quoted "publisher,date,headline" items separated by
     * semicolons. Written out as "publisher (date): headline; ...", or as UCDP wrote it if it is not such a list.
     */
    static String articles(String sourceArticle) {
        try (CSVParser list = CSVParser.parse(sourceArticle, ARTICLE_LIST)) {
            return list.stream()
                    .flatMap(CSVRecord::stream)
                    .map(String::strip)
                    .filter(item -> !item.isEmpty())
                    .map(UcdpConversion::article)
                    .collect(Collectors.joining("; "));
        } catch (IOException | UncheckedIOException e) {
            return sourceArticle;
        }
    }

    private static String article(String item) {
        String[] parts = item.split(",", 3);
        return parts.length == 3 && parts[1].strip().matches("\\d{4}-\\d{2}-\\d{2}")
                ? parts[0].strip() + " (" + parts[1].strip() + "): " + parts[2].strip()
                : item;
    }

    private Source source(GedRow row) {
        String headlines = row.sourceHeadline().replace(";", "; ").strip();
        return new Source(
                publisher,
                "GED event " + row.id() + (headlines.isEmpty() ? "" : ": " + headlines),
                newestArticleDate(row).orElse(row.dateEnd()),
                UCDP_DOWNLOADS);
    }

    /** The record can be no older than the newest article UCDP coded it from. */
    private static Optional<LocalDate> newestArticleDate(GedRow row) {
        return Arrays.stream(row.sourceDate().split(";"))
                .map(String::strip)
                .map(UcdpConversion::date)
                .flatMap(Optional::stream)
                .max(LocalDate::compareTo);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String withoutSuffix(String text, String suffix) {
        return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length())
                ? text.substring(0, text.length() - suffix.length()).strip()
                : text;
    }

    private static String firstText(String... candidates) {
        return Stream.of(candidates)
                .filter(Objects::nonNull)
                .filter(text -> !text.isBlank())
                .findFirst()
                .orElse("");
    }
}
