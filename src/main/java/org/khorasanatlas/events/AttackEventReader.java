package org.khorasanatlas.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.khorasanatlas.events.AttackFeatureJson.InjuredJson;
import org.khorasanatlas.events.AttackFeatureJson.KilledJson;
import org.khorasanatlas.events.AttackFeatureJson.Properties;
import org.khorasanatlas.geodata.Coded;
import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.Located;
import org.khorasanatlas.geodata.ProblemList;
import org.khorasanatlas.geodata.Text;
import org.khorasanatlas.places.Gazetteer;
import org.khorasanatlas.places.GeoPoint;
import org.khorasanatlas.places.LocationPrecision;
import org.khorasanatlas.places.Place;
import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.sources.Source;
import org.khorasanatlas.sources.SourceJson;
import org.khorasanatlas.sources.SourceReader;
import org.springframework.stereotype.Component;

/**
 * Reads and checks an attacks file. Every problem in the file is reported together, and a file with any
 * problem is refused whole: the app never runs on part of the data.
 */
@Component
public class AttackEventReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JsonDataReader json;
    private final CountryOutlines countries;
    private final Gazetteer gazetteer;

    public AttackEventReader(JsonDataReader json, CountryOutlines countries, Gazetteer gazetteer) {
        this.json = json;
        this.countries = countries;
        this.gazetteer = gazetteer;
    }

    public List<AttackEvent> read(DataFile file) {
        ProblemList problems = new ProblemList(file.name());
        List<Located<AttackFeatureJson>> features = json.readFeatures(file, AttackFeatureJson.class, problems);
        List<AttackEvent> events = new ArrayList<>(features.size());
        Map<String, Integer> firstLineOfId = new HashMap<>();
        for (Located<AttackFeatureJson> feature : features) {
            String id = feature.value().id();
            Integer earlier = id == null ? null : firstLineOfId.putIfAbsent(id, feature.line());
            if (earlier != null) {
                problems.add(feature.line(), id, "id", "duplicate id, first used on line " + earlier);
            }
            new FeatureCheck(feature.value(), feature.line(), problems)
                    .toEvent()
                    .ifPresent(events::add);
        }
        problems.throwIfAny();
        return List.copyOf(events);
    }

    /** The checks of one feature, which share its line and id in every message. */
    private final class FeatureCheck {

        private final AttackFeatureJson feature;
        private final int line;
        private final String item;
        private final ProblemList problems;

        FeatureCheck(AttackFeatureJson feature, int line, ProblemList problems) {
            this.feature = feature;
            this.line = line;
            this.item = feature.id() == null ? "feature on line " + line : feature.id();
            this.problems = problems;
        }

        Optional<AttackEvent> toEvent() {
            int before = problems.size();
            if (!"Feature".equals(feature.type())) {
                problem("type", "must be \"Feature\"");
            }
            if (feature.id() == null || !ID.matcher(feature.id()).matches()) {
                problem("id", "missing or not lowercase letters, digits and single hyphens: " + feature.id());
            }
            Properties p = feature.properties();
            if (p == null) {
                problem("properties", "missing");
                return Optional.empty();
            }
            String name = text(p.name(), "properties.name");
            Optional<DatePrecision> datePrecision =
                    code(DatePrecision.class, p.datePrecision(), "properties.datePrecision");
            LocalDate date = date(p.date(), datePrecision.orElse(DatePrecision.DAY));
            String place = text(p.place(), "properties.place");
            String admin1 = text(p.admin1(), "properties.admin1");
            String country = country(p.country());
            GeoPoint location = location(country);
            Optional<LocationPrecision> locationPrecision =
                    code(LocationPrecision.class, p.locationPrecision(), "properties.locationPrecision");
            Optional<Place> gazetteerPlace = gazetteerPlace(p.placeId(), location, locationPrecision);
            Casualties casualties = casualties(p);
            Optional<TargetType> target = code(TargetType.class, p.target(), "properties.target");
            Optional<AttackType> attackType = code(AttackType.class, p.attackType(), "properties.attackType");
            Claim claim = claim(p.claim());
            Optional<Branch> branch = code(Branch.class, p.branch(), "properties.branch");
            List<Source> sources = sources(p.sources());
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new AttackEvent(
                    feature.id(),
                    name,
                    date,
                    datePrecision.orElseThrow(),
                    place,
                    admin1,
                    country,
                    location,
                    locationPrecision.orElseThrow(),
                    casualties,
                    target.orElseThrow(),
                    attackType.orElseThrow(),
                    claim,
                    branch.orElseThrow(),
                    sources,
                    gazetteerPlace));
        }

        /**
         * The named place, which must lie within the reach of the attack's precision and share it. The shipped
         * attacks all name one (a test says so); an imported or synthetic file may name none.
         */
        private Optional<Place> gazetteerPlace(String id, GeoPoint location, Optional<LocationPrecision> precision) {
            if (id == null) {
                return Optional.empty();
            }
            Optional<Place> place = gazetteer.find(id);
            if (place.isEmpty()) {
                problem("properties.placeId", "\"" + id + "\" is not in the gazetteer (geodata/places.geojson)");
                return place;
            }
            Place named = place.get();
            if (precision.isPresent() && precision.get() != named.precision()) {
                problem(
                        "properties.locationPrecision",
                        "\"" + precision.get().code() + "\" differs from the " + "precision of place \"" + id + "\": \""
                                + named.precision().code() + "\"");
            }
            if (location != null) {
                double distance = location.kilometresTo(named.location());
                if (distance > named.precision().reachKilometres()) {
                    problem(
                            "geometry.coordinates",
                            String.format(
                                    Locale.ROOT,
                                    "%.1f km from place \"%s\"; a %s may be at most %.0f km away",
                                    distance,
                                    id,
                                    named.precision().label(),
                                    named.precision().reachKilometres()));
                }
            }
            return place;
        }

        private LocalDate date(String value, DatePrecision precision) {
            if (value == null) {
                problem("properties.date", "missing (YYYY-MM-DD)");
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value);
                if (precision != DatePrecision.DAY && date.getDayOfMonth() != 1) {
                    problem(
                            "properties.date",
                            "with datePrecision \"" + precision.code() + "\" write the first day of the "
                                    + precision.code());
                }
                if (precision == DatePrecision.YEAR && date.getMonthValue() != 1) {
                    problem("properties.date", "with datePrecision \"year\" write YYYY-01-01");
                }
                if (date.getYear() < 1900
                        || YearMonth.from(date).isAfter(YearMonth.now().plusMonths(1))) {
                    problem("properties.date", "outside the plausible range: " + value);
                }
                return date;
            } catch (DateTimeParseException e) {
                problem("properties.date", "not a date (YYYY-MM-DD): " + value);
                return null;
            }
        }

        private String country(String code) {
            if (code == null || !countries.isKnown(code)) {
                problem("properties.country", "not an ISO 3166-1 alpha-3 code of the base map: " + code);
                return null;
            }
            return code;
        }

        private GeoPoint location(String country) {
            AttackFeatureJson.PointJson geometry = feature.geometry();
            if (geometry == null || !"Point".equals(geometry.type())) {
                problem("geometry", "must be a GeoJSON Point");
                return null;
            }
            List<Double> c = geometry.coordinates();
            if (c == null || c.size() != 2 || c.contains(null)) {
                problem("geometry.coordinates", "must be [longitude, latitude]");
                return null;
            }
            double longitude = c.get(0);
            double latitude = c.get(1);
            if (!Double.isFinite(longitude)
                    || Math.abs(longitude) > 180
                    || !Double.isFinite(latitude)
                    || Math.abs(latitude) > 90) {
                problem("geometry.coordinates", "not a longitude/latitude pair: " + c);
                return null;
            }
            if (country != null && !countries.contains(country, latitude, longitude)) {
                problem(
                        "geometry.coordinates",
                        "[" + longitude + ", " + latitude + "] is not inside "
                                + countries.name(country).orElse(country) + " (" + country + ")");
            }
            return new GeoPoint(latitude, longitude);
        }

        private Casualties casualties(Properties p) {
            KilledJson killed = p.killed();
            CasualtyRange killedRange = CasualtyRange.NONE;
            if (killed == null || killed.low() == null || killed.best() == null || killed.high() == null) {
                problem("properties.killed", "needs low, best and high");
            } else if (killed.low() < 0 || killed.low() > killed.best() || killed.best() > killed.high()) {
                problem(
                        "properties.killed",
                        "needs 0 <= low <= best <= high, found " + killed.low() + " / " + killed.best() + " / "
                                + killed.high());
            } else {
                killedRange = new CasualtyRange(killed.low(), killed.best(), killed.high());
            }
            OptionalInt perpetrators = OptionalInt.empty();
            if (p.perpetratorsKilled() != null) {
                if (p.perpetratorsKilled() < 0) {
                    problem("properties.perpetratorsKilled", "must not be negative");
                } else {
                    perpetrators = OptionalInt.of(p.perpetratorsKilled());
                }
            }
            InjuredJson injured = p.injured();
            Optional<InjuryRange> injuredRange = Optional.empty();
            if (injured != null) {
                if (injured.low() == null || injured.high() == null) {
                    problem("properties.injured", "needs low and high (leave the field out when unknown)");
                } else if (injured.low() < 0 || injured.low() > injured.high()) {
                    problem(
                            "properties.injured",
                            "needs 0 <= low <= high, found " + injured.low() + " / " + injured.high());
                } else {
                    injuredRange = Optional.of(new InjuryRange(injured.low(), injured.high()));
                }
            }
            return new Casualties(
                    killedRange,
                    killed == null ? "" : Text.optional(killed.note()),
                    perpetrators,
                    injuredRange,
                    injured == null ? "" : Text.optional(injured.note()));
        }

        private Claim claim(AttackFeatureJson.ClaimJson claim) {
            if (claim == null) {
                problem("properties.claim", "missing");
                return null;
            }
            Optional<ClaimStatus> status = code(ClaimStatus.class, claim.status(), "properties.claim.status");
            String by = text(claim.by(), "properties.claim.by");
            return status.map(s -> new Claim(s, by, Text.optional(claim.note())))
                    .orElse(null);
        }

        private List<Source> sources(List<SourceJson> sources) {
            if (sources == null || sources.isEmpty()) {
                problem("properties.sources", "every attack needs at least one source");
                return List.of();
            }
            List<Source> checked = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                SourceReader.read(sources.get(i), problems, line, item, "properties.sources[" + i + "]")
                        .ifPresent(checked::add);
            }
            return checked;
        }

        private <E extends Enum<E> & Coded> Optional<E> code(Class<E> type, String value, String field) {
            return Coded.parse(type, value, problems, line, item, field);
        }

        private String text(String value, String field) {
            return Text.required(value, problems, line, item, field);
        }

        private void problem(String field, String message) {
            problems.add(line, item, field, message);
        }
    }
}
