package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.places.TestGazetteer;
import org.khorasanatlas.region.TestCountries;

/**
 * One field of bad-geodata/attacks/good.geojson changed at a time: each change is refused with a problem on the
 * feature's line that names the field.
 */
class AttackFieldChecksTest {

    private static final String ID = "2020-01-01-good";

    private final AttackEventReader reader =
            new AttackEventReader(new JsonDataReader(), TestCountries.shipped(), TestGazetteer.shipped());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "id": "2020-01-01-good"                        | "id": "2020-01-01-Good"                      | id
            "date": "2020-01-01"                           | "date": "2020-02-30"                         | properties.date
            "date": "2020-01-01"                           | "date": "1899-01-01"                         | properties.date
            "date": "2020-01-01"                           | "date": "2999-01-01"                         | properties.date
            "datePrecision": "day"                         | "datePrecision": "week"                      | properties.datePrecision
            "date": "2020-01-01", "datePrecision": "day"   | "date": "2020-01-15", "datePrecision": "month" | properties.date
            "date": "2020-01-01", "datePrecision": "day"   | "date": "2020-03-01", "datePrecision": "year"  | properties.date
            "locationPrecision": "town"                    | "locationPrecision": "street"                | properties.locationPrecision
            "target": "civilians"                          | "target": "people"                           | properties.target
            "attackType": "bombing"                        | "attackType": "arson"                        | properties.attackType
            "branch": "ISKP"                               | "branch": "ISIS"                             | properties.branch
            "coordinates": [69.1783, 34.5253]              | "coordinates": [69.1783]                     | geometry.coordinates
            "coordinates": [69.1783, 34.5253]              | "coordinates": [34.5253, 69.1783]            | geometry.coordinates
            "type": "Point"                                | "type": "Polygon"                            | geometry
            "killed": {"low": 10, "best": 12, "high": 15}  | "killed": {"low": 10, "high": 15}            | properties.killed
            "killed": {"low": 10, "best": 12, "high": 15}  | "killed": {"low": 10, "best": 12.5, "high": 15} | properties.killed.best
            "killed": {"low": 10, "best": 12, "high": 15}  | "killed": {"low": 10, "best": 16, "high": 15} | properties.killed
            "killed": {"low": 10, "best": 12, "high": 15}  | "killed": {"low": -1, "best": 12, "high": 15} | properties.killed
            "injured": {"low": 20, "high": 30}             | "injured": {"low": 20}                       | properties.injured
            "injured": {"low": 20, "high": 30}             | "injured": {"low": 20, "high": 30}, "perpetratorsKilled": -1 | properties.perpetratorsKilled
            "name": "Test attack"                          | "name": "  "                                 | properties.name
            "name": "Test attack"                          | "name": "Test attack", "deaths": 12          | deaths
            "by": "Amaq News Agency"                       | "by": ""                                     | properties.claim.by
            "publisher": "Wire"                            | "publisher": null                            | properties.sources[0].publisher
            "date": "2020-01-01", "url"                    | "date": "01/01/2020", "url"                  | properties.sources[0].date
            "url": "https://example.org/report"            | "url": "ftp://example.org/report"            | properties.sources[0].url
            "url": "https://example.org/report"            | "url": "https:///report"                     | properties.sources[0].url
            "url": "https://example.org/report"            | "url": "example.org/report"                  | properties.sources[0].url
            """)
    void fieldIsChecked(String original, String replacement, String field) throws Exception {
        String good = new String(TestDataFiles.fixture("attacks/good.geojson").bytes(), StandardCharsets.UTF_8);
        assertThat(good).contains(original);
        Path file = Files.writeString(dir.resolve("changed.geojson"), good.replace(original, replacement));

        InvalidDataException e =
                catchThrowableOfType(InvalidDataException.class, () -> reader.read(TestDataFiles.file(file)));

        assertThat(e).as("%s should be refused", replacement).isNotNull();
        assertThat(e.problems()).as(e.getMessage()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("changed.geojson");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.item()).isIn(ID, "2020-01-01-Good");
            assertThat(problem.field()).endsWith(field);
        });
    }
}
