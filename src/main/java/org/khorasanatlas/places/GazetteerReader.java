package org.khorasanatlas.places;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.khorasanatlas.geodata.Coded;
import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.Located;
import org.khorasanatlas.geodata.ProblemList;
import org.khorasanatlas.geodata.Text;
import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.sources.Source;
import org.khorasanatlas.sources.SourceReader;
import org.springframework.stereotype.Component;

/** Reads and checks the gazetteer; like every data file, it is used whole or refused with every problem named. */
@Component
public class GazetteerReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JsonDataReader json;
    private final CountryOutlines countries;

    public GazetteerReader(JsonDataReader json, CountryOutlines countries) {
        this.json = json;
        this.countries = countries;
    }

    /** The places by id, in file order. */
    public Map<String, Place> read(DataFile file) {
        ProblemList problems = new ProblemList(file.name());
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, Integer> lineOfId = new LinkedHashMap<>();
        for (Located<PlaceFeatureJson> feature : json.readFeatures(file, PlaceFeatureJson.class, problems)) {
            String id = feature.value().id();
            Integer earlier = id == null ? null : lineOfId.putIfAbsent(id, feature.line());
            if (earlier != null) {
                problems.add(feature.line(), id, "id", "duplicate id, first used on line " + earlier);
                continue;
            }
            place(feature.value(), feature.line(), problems).ifPresent(place -> places.put(place.id(), place));
        }
        problems.throwIfAny();
        return places;
    }

    private Optional<Place> place(PlaceFeatureJson feature, int line, ProblemList problems) {
        int before = problems.size();
        String item = feature.id() == null ? "feature on line " + line : feature.id();
        if (!"Feature".equals(feature.type())) {
            problems.add(line, item, "type", "must be \"Feature\"");
        }
        if (feature.id() == null || !ID.matcher(feature.id()).matches()) {
            problems.add(line, item, "id", "missing or not lowercase letters, digits and single hyphens");
        }
        PlaceFeatureJson.Properties p = feature.properties();
        if (p == null) {
            problems.add(line, item, "properties", "missing");
            return Optional.empty();
        }
        String name = Text.required(p.name(), problems, line, item, "properties.name");
        Optional<PlaceKind> kind = Coded.parse(PlaceKind.class, p.kind(), problems, line, item, "properties.kind");
        Optional<LocationPrecision> precision =
                Coded.parse(LocationPrecision.class, p.precision(), problems, line, item, "properties.precision");
        String admin1 = Text.required(p.admin1(), problems, line, item, "properties.admin1");
        String country = p.country();
        if (country == null || !countries.isKnown(country)) {
            problems.add(
                    line, item, "properties.country", "not an ISO 3166-1 alpha-3 code of the base map: " + country);
            country = null;
        }
        GeoPoint location = location(feature.geometry(), country, line, item, problems);
        Optional<Source> source = SourceReader.read(p.source(), problems, line, item, "properties.source");
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Place(
                feature.id(),
                name,
                kind.orElseThrow(),
                Text.optional(p.within()),
                admin1,
                country,
                location,
                precision.orElseThrow(),
                source.orElseThrow(),
                Text.optional(p.note())));
    }

    private GeoPoint location(
            PlaceFeatureJson.PointJson geometry, String country, int line, String item, ProblemList problems) {
        if (geometry == null || !"Point".equals(geometry.type())) {
            problems.add(line, item, "geometry", "must be a GeoJSON Point");
            return null;
        }
        List<Double> c = geometry.coordinates();
        if (c == null
                || c.size() != 2
                || c.contains(null)
                || !Double.isFinite(c.get(0))
                || !Double.isFinite(c.get(1))
                || Math.abs(c.get(0)) > 180
                || Math.abs(c.get(1)) > 90) {
            problems.add(line, item, "geometry.coordinates", "must be [longitude, latitude]: " + c);
            return null;
        }
        if (country != null && !countries.contains(country, c.get(1), c.get(0))) {
            problems.add(
                    line,
                    item,
                    "geometry.coordinates",
                    c + " is not inside " + countries.name(country).orElse(country) + " (" + country + ")");
        }
        return new GeoPoint(c.get(1), c.get(0));
    }
}
