package org.khorasanatlas.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.places.Gazetteer;
import org.khorasanatlas.places.Place;
import org.khorasanatlas.places.PlaceKind;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * City-zoom names from the gazetteer: GeoNames knows few of a city's neighbourhoods, but the gazetteer names the
 * ones attacks hit (Dasht-e-Barchi, Shahr-e Naw) and their landmarks (shrines, hospitals, the airport). Built once
 * at start-up as a label file for the map, served under a version of its contents.
 */
@Component
public class LandmarkLabels {

    static final String KIND_NEIGHBOURHOOD = "neighbourhood";
    static final String KIND_LANDMARK = "landmark";
    /** Towns, districts and provinces come from GeoNames and Natural Earth; roads are not places a reader finds. */
    private static final Set<PlaceKind> LEFT_OUT = Set.of(
            PlaceKind.TOWN,
            PlaceKind.DISTRICT,
            PlaceKind.PROVINCE,
            PlaceKind.ROAD,
            PlaceKind.BORDER_CROSSING,
            PlaceKind.OTHER_SITE);
    /** A gazetteer entry for the area around a landmark sits at the landmark's point: the label names it. */
    private static final String AROUND = "Area around "; // not a text: how the gazetteer names such entries

    private final byte[] geoJson;
    private final String version;

    public LandmarkLabels(Gazetteer gazetteer) {
        this.geoJson = JsonMapper.builder().build().writeValueAsBytes(collection(gazetteer.places()));
        this.version = new DataFile("landmarks", new ByteArrayResource(geoJson))
                .sha256()
                .substring(0, 12);
    }

    /** Where the browser fetches the labels: the URL changes with them, so it may keep them for good. */
    public String url() {
        return GeoDataController.LANDMARKS_URL.replace("{version}", version);
    }

    /** The labels of this version; empty for another. */
    Optional<Resource> file(String fileVersion) {
        return fileVersion.equals(version) ? Optional.of(new ByteArrayResource(geoJson)) : Optional.empty();
    }

    /**
     * One point per name, neighbourhoods before landmarks (rank 0 and 1), each set in the order of its names so the
     * file is the same for the same gazetteer.
     */
    static Map<String, Object> collection(Iterable<Place> places) {
        List<Map<String, Object>> features = new ArrayList<>();
        Set<String> named = new HashSet<>();
        List<Place> sorted = new ArrayList<>();
        places.forEach(sorted::add);
        sorted.sort(Comparator.comparing((Place place) -> rank(place)).thenComparing(Place::id));
        for (Place place : sorted) {
            if (LEFT_OUT.contains(place.kind())) {
                continue;
            }
            String text = text(place.name());
            if (text.isEmpty() || !named.add(text.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("text", text);
            properties.put("rank", rank(place));
            properties.put("kind", rank(place) == 0 ? KIND_NEIGHBOURHOOD : KIND_LANDMARK);
            features.add(ordered(
                    "type",
                    "Feature",
                    "geometry",
                    ordered(
                            "type",
                            "Point",
                            "coordinates",
                            List.of(
                                    place.location().longitude(),
                                    place.location().latitude())),
                    "properties",
                    properties));
        }
        return ordered("type", "FeatureCollection", "features", features);
    }

    /** Keys in the order given ({@code Map.of}'s order changes from one JVM to the next, and so would the version). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static int rank(Place place) {
        return place.kind() == PlaceKind.NEIGHBOURHOOD && !place.name().startsWith(AROUND) ? 0 : 1;
    }

    /**
     * The short name a map shows: "Area around Kabul Serena Hotel" is the hotel, "Eid Gah (Eidgah) Mosque" the
     * mosque, "Gurdwara Har Rai Sahib, Shor Bazaar" the gurdwara; the rest of a gazetteer name is for the card.
     */
    static String text(String name) {
        String text =
                (name.startsWith(AROUND) ? name.substring(AROUND.length()) : name).replaceAll("\\s*\\([^)]*\\)", "");
        int comma = text.indexOf(',');
        if (comma >= 0) {
            text = text.substring(0, comma);
        }
        return text.replaceAll("\\s+", " ").strip();
    }
}
