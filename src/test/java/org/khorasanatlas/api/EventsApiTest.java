package org.khorasanatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackGeoJson;
import org.khorasanatlas.events.Branch;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.FilterParameters;
import org.khorasanatlas.events.TargetType;
import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.events.YearTotal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API over real HTTP, checked against the catalog and the totals the dashboard's panel shows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventsApiTest {

    private static final String KABUL_AIRPORT = "2021-08-26-kabul-airport";
    /** No source gives its injuries (see geodata/attacks.geojson). */
    private static final String JOWZJAN_ICRC = "2017-02-08-jowzjan-icrc-staff";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private AttackCatalog catalog;

    @Autowired
    private FilterParameters filterParameters;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''",
                "year=2021",
                "from=2016&to=2018",
                "country=afg,PAK&country=IRN",
                "claim=claimed,disputed&target=religious",
                "minKilled=50&from=2020"
            })
    void geoJsonIsTheCatalogsAnswerInTheDataFileFormat(String query) throws Exception {
        HttpResponse<byte[]> response = getBytes("/api/events?" + query);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/geo+json");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        AttackGeoJson.write(catalog.find(filterOf(query)), expected);
        assertThat(response.body()).isEqualTo(expected.toByteArray());
    }

    @Test
    void theFiltersReallyNarrow() throws Exception {
        JsonNode all = json.readTree(get("/api/events").body());
        JsonNode year = json.readTree(get("/api/events?year=2021&country=AFG").body());

        assertThat(all.get("features")).hasSize(catalog.size());
        assertThat(year.get("features").size()).isPositive().isLessThan(catalog.size());
        assertThat(year.get("features")).allSatisfy(feature -> {
            assertThat(feature.at("/properties/date").asString()).startsWith("2021-");
            assertThat(feature.at("/properties/country").asString()).isEqualTo("AFG");
        });
    }

    @Test
    void csvHasARowPerAttackOfTheFilter() throws Exception {
        HttpResponse<String> response = get("/api/events.csv?year=2021");

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        List<CSVRecord> rows = csv(response.body());
        assertThat(rows)
                .extracting(row -> row.get("id"))
                .containsExactlyElementsOf(catalog.find(EventFilter.year(2021)).stream()
                        .map(AttackEvent::id)
                        .toList());
    }

    @Test
    void csvRowsCarryTheAttacksFigures() throws Exception {
        List<CSVRecord> rows = csv(get("/api/events.csv").body());
        assertThat(rows).hasSize(catalog.size());

        AttackEvent airport = catalog.byId(KABUL_AIRPORT).orElseThrow();
        CSVRecord row = rows.stream()
                .filter(r -> r.get("id").equals(KABUL_AIRPORT))
                .findFirst()
                .orElseThrow();
        assertThat(row.toMap())
                .containsEntry("date", "2021-08-26")
                .containsEntry("country", "AFG")
                .containsEntry("admin1", "Kabul")
                .containsEntry("claim_status", "claimed")
                .containsEntry("killed_low", "182")
                .containsEntry("killed_best", "183")
                .containsEntry("killed_high", "183")
                .containsEntry(
                        "injured_high",
                        String.valueOf(
                                airport.casualties().injured().orElseThrow().high()))
                .containsEntry("source_count", String.valueOf(airport.sources().size()));
        assertThat(row.get("sources").split(" \\| ")).hasSize(airport.sources().size());

        CSVRecord unknownInjuries = rows.stream()
                .filter(r -> r.get("id").equals(JOWZJAN_ICRC))
                .findFirst()
                .orElseThrow();
        assertThat(catalog.byId(JOWZJAN_ICRC).orElseThrow().casualties().injured())
                .isEmpty();
        assertThat(unknownInjuries.get("injured_low")).isEmpty();
        assertThat(unknownInjuries.get("injured_high")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "year=2021", "from=2019&to=2022&country=PAK", "claim=disputed", "minKilled=100"})
    void summaryHasTheFiguresOfThePanel(String query) throws Exception {
        HttpResponse<String> response = get("/api/summary?" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode summary = json.readTree(response.body());

        EventFilter filter = filterOf(query);
        List<AttackEvent> attacks = catalog.find(filter);
        CasualtySummary expected = CasualtySummary.of(attacks);
        assertThat(summary.get("totalAttacks").asInt()).isEqualTo(catalog.size());
        assertThat(summary.get("attacks").asInt()).isEqualTo(expected.attacks());
        assertThat(summary.at("/killed/low").asInt())
                .isEqualTo(expected.killed().low());
        assertThat(summary.at("/killed/best").asInt())
                .isEqualTo(expected.killed().best());
        assertThat(summary.at("/killed/high").asInt())
                .isEqualTo(expected.killed().high());
        assertThat(summary.at("/injured/low").asInt())
                .isEqualTo(expected.injured().low());
        assertThat(summary.at("/injured/high").asInt())
                .isEqualTo(expected.injured().high());
        assertThat(summary.get("attacksWithoutInjuryFigures").asInt())
                .isEqualTo(expected.attacksWithoutInjuryFigures());
        assertThat(summary.get("perpetratorsKilled").asInt()).isEqualTo(expected.perpetratorsKilled());
        for (Branch branch : Branch.values()) {
            assertThat(summary.at("/attacksByBranch/" + branch.code()).asInt())
                    .isEqualTo(expected.attacksByBranch().getOrDefault(branch, 0));
        }
        List<Integer> years = catalog.yearTotals().stream()
                .map(YearTotal::year)
                .filter(filter.years()::contains)
                .toList();
        assertThat(summary.get("years"))
                .extracting(row -> row.get("year").asInt())
                .containsExactlyElementsOf(years);
        for (JsonNode row : summary.get("years")) {
            List<AttackEvent> inYear = attacks.stream()
                    .filter(a -> a.year() == row.get("year").asInt())
                    .toList();
            assertThat(row.get("attacks").asInt()).isEqualTo(inYear.size());
            assertThat(row.at("/killed/best").asInt())
                    .isEqualTo(inYear.stream()
                            .mapToInt(a -> a.casualties().killed().best())
                            .sum());
            assertThat(row.at("/killed/low").asInt())
                    .isEqualTo(inYear.stream()
                            .mapToInt(a -> a.casualties().killed().low())
                            .sum());
            assertThat(row.at("/killed/high").asInt())
                    .isEqualTo(inYear.stream()
                            .mapToInt(a -> a.casualties().killed().high())
                            .sum());
        }
    }

    @Test
    void summaryOfAllYearsHasTheChartsRowsAndEchoesTheFilter() throws Exception {
        JsonNode all = json.readTree(get("/api/summary").body());
        assertThat(all.get("years")).hasSize(catalog.yearTotals().size());
        assertThat(all.at("/years/0/year").asInt())
                .isEqualTo(catalog.yearTotals().getFirst().year());
        assertThat(all.at("/years/0/killed/best").asInt())
                .isEqualTo(catalog.yearTotals().getFirst().killed().best());
        assertThat(all.get("query").asString()).isEmpty();

        JsonNode echo = json.readTree(
                get("/api/summary?country=pak,afg&year=2021&claim=claimed").body());
        assertThat(echo.get("query").asString()).isEqualTo("year=2021&country=AFG,PAK&claim=claimed");
        assertThat(echo.at("/filter/from").asInt()).isEqualTo(2021);
        assertThat(echo.at("/filter/to").asInt()).isEqualTo(2021);
        assertThat(echo.at("/filter/countries")).extracting(JsonNode::asString).containsExactly("AFG", "PAK");
        assertThat(echo.at("/filter/claims")).extracting(JsonNode::asString).containsExactly("claimed");
        assertThat(echo.at("/filter/event").isNull()).isTrue();
    }

    @Test
    void answersNameTheDatasetVersionAndCountUnclaimedAttacksApart() throws Exception {
        HttpResponse<String> response = get("/api/summary?year=2020");
        JsonNode summary = json.readTree(response.body());
        long suspected = catalog.find(EventFilter.year(2020)).stream()
                .filter(event -> event.claim().status() == ClaimStatus.SUSPECTED)
                .count();

        // As geodata/dataset.json says.
        JsonNode dataset = json.readTree(Path.of("geodata/dataset.json").toFile());
        String version = dataset.get("version").asString();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(summary.at("/dataset/version").asString()).isEqualTo(version);
        assertThat(summary.at("/dataset/dataAsOf").asString())
                .isEqualTo(dataset.get("dataAsOf").asString());
        assertThat(response.headers().firstValue("X-Dataset-Version")).hasValue(version);
        assertThat(get("/api/events.csv?year=2020").headers().firstValue("X-Dataset-Version"))
                .hasValue(version);
        assertThat(summary.at("/attacksByClaim/suspected").asLong()).isEqualTo(suspected);
        assertThat(summary.get("attacksByClaim").properties()).hasSize(4);
    }

    @Test
    void anEventSelectsThatAttackWhenTheFilterMatchesIt() throws Exception {
        JsonNode one = json.readTree(get("/api/events?event=" + KABUL_AIRPORT).body());
        assertThat(one.get("features"))
                .singleElement()
                .satisfies(feature -> assertThat(feature.get("id").asString()).isEqualTo(KABUL_AIRPORT));
        assertThat(json.readTree(get("/api/events?year=2020&event=" + KABUL_AIRPORT)
                                .body())
                        .get("features"))
                .isEmpty();

        JsonNode summary = json.readTree(
                get("/api/summary?year=2021&event=" + KABUL_AIRPORT).body());
        assertThat(summary.get("attacks").asInt()).isEqualTo(1);
        assertThat(summary.at("/killed/best").asInt()).isEqualTo(183);
        assertThat(summary.at("/filter/event").asString()).isEqualTo(KABUL_AIRPORT);
        assertThat(csv(get("/api/events.csv?event=" + KABUL_AIRPORT).body())).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "year=abc | year | abc | not a year",
                "year=1850 | year | 1850 | the data covers",
                "to=20x1 | to | 20x1 | not a year",
                "from=2024&to=2016 | from | 2024 | comes after to=2016",
                "year=2021&from=2016 | from | 2016 | given together with year",
                "year=2021&year=2016 | year | 2021,2016 | given more than once",
                "country=XXX | country | XXX | not a known ISO 3166-1 alpha-3 country code",
                "claim=rumoured | claim | rumoured | not one of claimed, attributed, suspected, disputed",
                "target=cats | target | cats | not one of civilians",
                "minKilled=-3 | minKilled | -3 | not a whole number",
                "minKilled=99999999999 | minKilled | 99999999999 | not a whole number",
                "event=no-such-attack | event | no-such-attack | no attack has this id",
                "yaer=2021 | yaer | 2021 | not a parameter of this API; known: claim, country, event, from"
            })
    void aBadParameterIsRefusedByName(String query, String parameter, String value, String message) throws Exception {
        for (String path : List.of("/api/events", "/api/events.csv", "/api/summary")) {
            HttpResponse<String> response = get(path + "?" + query);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
            JsonNode error = json.readTree(response.body());
            assertThat(error.get("error").asString()).isEqualTo("Bad parameter");
            assertThat(error.get("parameter").asString()).isEqualTo(parameter);
            assertThat(error.get("value").asString()).isEqualTo(value);
            assertThat(error.get("message").asString())
                    .startsWith(message)
                    .doesNotContain("showing all years", "; ignored");
            assertThat(error.get("problems")).hasSize(1);
            assertNoInternals(response.body());
        }
    }

    @Test
    void theLanguageOfTheMessagesIsTheLinksLangAndChangesNothingElse() throws Exception {
        HttpResponse<String> dari = get("/api/summary?year=1850&lang=fa-AF");
        HttpResponse<String> urdu = get("/api/summary?minKilled=-3&lang=ur");

        assertThat(dari.statusCode()).isEqualTo(400);
        assertThat(json.readTree(dari.body()).get("message").asString())
                .isEqualTo("داده‌ها سال‌های ۲۰۱۵ تا ۲۰۲۵ را در بر می‌گیرد");
        assertThat(json.readTree(urdu.body()).get("message").asString()).isEqualTo("0 سے 100000 تک کا پورا عدد نہیں");
        assertThat(get("/api/summary?year=2021&lang=ps").body())
                .isEqualTo(get("/api/summary?year=2021").body());
        assertThat(json.readTree(get("/api/summary?year=abc&lang=xx").body())
                        .get("message")
                        .asString())
                .as("a language we do not have")
                .isEqualTo("not a year");
    }

    @Test
    void aBrokenEscapeIsRefusedByName() throws Exception {
        // Sent by hand: java.net.URI will not even build such an address, but browsers and curl send it.
        // HTTP/1.0, so the body comes unchunked.
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET /api/summary?year=%zz HTTP/1.0\r\nHost: localhost\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json");
            JsonNode error = json.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertThat(error.get("parameter").asString()).isEqualTo("year");
            assertThat(error.get("message").asString()).isEqualTo("not valid percent-encoding");
        }
    }

    @Test
    void everyBadParameterIsListed() throws Exception {
        JsonNode error = json.readTree(
                get("/api/events?year=abc&country=AFG,XXX&foo=1&claim=rumoured").body());

        assertThat(error.get("problems"))
                .extracting(problem -> problem.get("parameter").asString())
                .containsExactlyInAnyOrder("year", "country", "foo", "claim");
        assertThat(error.get("problems"))
                .allSatisfy(
                        problem -> assertThat(problem.get("message").asString()).isNotBlank());
    }

    @Test
    void answersCarryAValidatorAndCanBeKeptFiveMinutes() throws Exception {
        for (String path : List.of("/api/events?year=2021", "/api/events.csv?year=2021", "/api/summary?year=2021")) {
            HttpResponse<String> first = get(path);
            String eTag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(eTag).matches("W/\"[0-9a-f]+\"");
            assertThat(first.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(
                            cache -> assertThat(cache).contains("max-age=300").contains("public"));

            HttpResponse<String> again = http.send(
                    request(path).header("If-None-Match", eTag).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).contains(eTag);
            assertThat(again.headers().firstValue("Cache-Control")).isPresent();

            HttpResponse<String> stale = http.send(
                    request(path).header("If-None-Match", "W/\"0123\"").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stale.statusCode()).isEqualTo(200);
            assertThat(stale.body()).isEqualTo(first.body());
        }
    }

    @Test
    void theValidatorFollowsTheFilterNotItsSpelling() throws Exception {
        String canonical = eTag("/api/summary?year=2021&country=AFG,PAK");

        assertThat(eTag("/api/summary?country=pak&country=afg&year=2021")).isEqualTo(canonical);
        assertThat(eTag("/api/summary?year=2021&country=AFG")).isNotEqualTo(canonical);
        assertThat(eTag("/api/summary?year=2022&country=AFG,PAK")).isNotEqualTo(canonical);
    }

    @Test
    void downloadsAreNamedAfterTheirFilter() throws Exception {
        assertThat(get("/api/events.csv?country=AFG&year=2021").headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"khorasan-atlas_year-2021_country-AFG.csv\"");
        assertThat(get("/api/events?claim=disputed").headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"khorasan-atlas_claim-disputed.geojson\"");
        assertThat(get("/api/events.csv").headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"khorasan-atlas.csv\"");
        assertThat(get("/api/summary").headers().firstValue("Content-Disposition"))
                .isEmpty();
    }

    @Test
    void theLinksForTheUiLeadToTheirDownloads() throws Exception {
        EventFilter filter = EventFilter.allYears()
                .withYears(new YearRange(2019, 2022))
                .withCountries(Set.of("PAK", "AFG"))
                .withClaims(Set.of(ClaimStatus.CLAIMED))
                .withTargets(Set.of(TargetType.RELIGIOUS, TargetType.CIVILIANS))
                .withMinKilled(5);
        for (ExportLink link : List.of(ExportLinks.csv(filter), ExportLinks.geoJson(filter))) {
            HttpResponse<String> response = get("/" + link.url());

            assertThat(response.statusCode()).as(link.url()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .contains("attachment; filename=\"" + link.fileName() + "\"");
        }
        List<CSVRecord> rows = csv(get("/" + ExportLinks.csv(filter).url()).body());
        assertThat(rows)
                .extracting(row -> row.get("id"))
                .containsExactlyElementsOf(
                        catalog.find(filter).stream().map(AttackEvent::id).toList());
    }

    @Test
    void bigAnswersAreCompressedForClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> response = http.send(
                request("/api/events").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(response.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void unknownPathsAndMethodsUnderApiAnswerJson() throws Exception {
        HttpResponse<String> missing = get("/api/attacks");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(json.readTree(missing.body()).get("error").asString()).isEqualTo("Not Found");
        assertNoInternals(missing.body());

        HttpResponse<String> posted = http.send(
                request("/api/events")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(json.readTree(posted.body()).get("error").asString()).isEqualTo("Method Not Allowed");
        assertNoInternals(posted.body());
    }

    @Test
    void thePageIsStillThePage() throws Exception {
        HttpResponse<String> page = get("/?year=2021");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    private EventFilter filterOf(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] nameValue = pair.split("=", 2);
                parameters
                        .computeIfAbsent(nameValue[0], key -> new ArrayList<>())
                        .add(nameValue[1]);
            }
        }
        return filterParameters.parse(parameters).filter();
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception", "at org.", "at java.", "trace", "org.khorasanatlas");
    }

    private String eTag(String path) throws IOException, InterruptedException {
        return get(path).headers().firstValue("ETag").orElseThrow();
    }

    private static List<CSVRecord> csv(String body) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))) {
            return parser.getRecords();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
