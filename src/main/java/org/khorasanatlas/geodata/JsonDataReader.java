package org.khorasanatlas.geodata;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON data files into the records that mirror their format. Strict: unknown fields, missing
 * numbers and trailing garbage are errors, each reported with file, line and field.
 */
@Component
public class JsonDataReader {

    /**
     * The longest text a data file may hold, in characters: far above any name, note or title (the longest so far
     * is under 1,000), so a huge value (a 50 MB field) is a broken file, not something to send to every browser.
     */
    static final int MAX_TEXT_LENGTH = 100_000;

    private final JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_TEXT_LENGTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // Features are read one by one from a stream; the whole file is still checked for trailing content.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // A number written as a string ("best": "12", "NaN") is a mistake in the file, not a number.
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /**
     * Reads a GeoJSON FeatureCollection, mapping each feature to {@code type} on its own, so one bad feature
     * does not hide the problems of the others.
     */
    public <T> List<Located<T>> readFeatures(DataFile file, Class<T> type, ProblemList problems) {
        List<Located<JsonNode>> nodes = readFeatureNodes(file, problems);
        List<Located<T>> features = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Located<JsonNode> node = nodes.get(i);
            try {
                features.add(new Located<>(mapper.treeToValue(node.value(), type), node.line()));
            } catch (JacksonException e) {
                problems.add(node.line(), featureName(node.value(), i), path(e), e.getOriginalMessage());
            }
        }
        return features;
    }

    /** Reads a whole document into {@code type}; syntax and type errors end the file. */
    public <T> T readDocument(DataFile file, Class<T> type) {
        try (InputStream in = file.open()) {
            return mapper.readerFor(type)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(in);
        } catch (StreamConstraintsException e) {
            throw new InvalidDataException(List.of(locate(file, e)));
        } catch (JacksonException e) {
            throw new InvalidDataException(List.of(problem(file, e)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + file.name(), e);
        }
    }

    private List<Located<JsonNode>> readFeatureNodes(DataFile file, ProblemList problems) {
        List<Located<JsonNode>> nodes = new ArrayList<>();
        boolean sawCollection = false;
        boolean sawFeatures = false;
        try (InputStream in = file.open();
                JsonParser parser = mapper.createParser(in)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, parser, "a GeoJSON FeatureCollection object");
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "type" -> {
                        sawCollection = "FeatureCollection".equals(parser.getValueAsString());
                        if (!sawCollection) {
                            problems.add(line(parser), "", "type", "must be \"FeatureCollection\"");
                        }
                    }
                    case "features" -> {
                        sawFeatures = true;
                        expect(value, JsonToken.START_ARRAY, parser, "an array of features");
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            int line = line(parser);
                            nodes.add(new Located<>(mapper.readTree(parser), line));
                        }
                        expect(parser.currentToken(), JsonToken.END_ARRAY, parser, "a feature object");
                    }
                    case "name", "metadata" -> parser.skipChildren();
                    default -> {
                        problems.add(line(parser), "", field, "unknown top-level field");
                        parser.skipChildren();
                    }
                }
            }
            if (parser.nextToken() != null) {
                problems.add(line(parser), "", "", "unexpected content after the FeatureCollection");
            }
        } catch (StreamConstraintsException e) {
            DataProblem problem = locate(file, e);
            problems.add(problem.line(), problem.item(), problem.field(), problem.message());
            problems.throwIfAny();
        } catch (JacksonException e) {
            problems.add(
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", path(e), e.getOriginalMessage());
            problems.throwIfAny();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + file.name(), e);
        }
        if (!sawFeatures && problems.isEmpty()) {
            problems.add(0, "", "features", "missing: a FeatureCollection needs a \"features\" array");
        }
        return nodes;
    }

    /**
     * A limit broken (a text too long) is reported without a location; reading the file's tokens again, text
     * included, stops at the same place, where the parser tells the line and the field.
     */
    private DataProblem locate(DataFile file, StreamConstraintsException e) {
        try (InputStream in = file.open();
                JsonParser parser = mapper.createParser(in)) {
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    parser.getValueAsString();
                }
            } catch (StreamConstraintsException again) {
                return new DataProblem(
                        file.name(),
                        parser.currentLocation().getLineNr(),
                        "",
                        path(parser),
                        again.getOriginalMessage());
            }
        } catch (JacksonException | java.io.IOException other) {
            // not found again: report it without a place
        }
        return new DataProblem(file.name(), 0, "", "", e.getOriginalMessage());
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser parser, String what) {
        if (actual != expected) {
            throw new tools.jackson.core.exc.StreamReadException(parser, "expected " + what + ", found " + actual);
        }
    }

    private static int line(JsonParser parser) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return location == null ? 0 : location.getLineNr();
    }

    private static String featureName(JsonNode feature, int index) {
        JsonNode id = feature.get("id");
        return id != null && id.isString() ? id.asString() : "feature #" + (index + 1);
    }

    private static DataProblem problem(DataFile file, JacksonException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new DataProblem(file.name(), line, "", path(e), e.getOriginalMessage());
    }

    /** The field the parser is in, as {@code features[0].properties.name}. */
    private static String path(JsonParser parser) {
        return parser.streamReadContext()
                .pathAsPointer()
                .toString()
                .replaceFirst("^/", "")
                .replaceAll("/(\\d+)(?=/|$)", "[$1]")
                .replace('/', '.');
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
