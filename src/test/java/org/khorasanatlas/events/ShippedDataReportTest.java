package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.places.TestGazetteer;
import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.region.TestCountries;

/** geodata/README.md quotes the data report; this keeps the quote in step with the data. */
class ShippedDataReportTest {

    @Test
    void theReportInTheDataReadmeIsCurrent() throws IOException {
        CountryOutlines countries = TestCountries.shipped();
        AttackEventReader reader = new AttackEventReader(new JsonDataReader(), countries, TestGazetteer.shipped());
        String report = DataReport.of(
                reader.read(TestDataFiles.shipped(AttackCatalog.PATH)),
                code -> countries.name(code).orElse(code));

        String readme = Files.readString(Path.of("geodata/README.md"));
        String quoted = readme.substring(
                readme.indexOf("<!-- report:start -->\n") + "<!-- report:start -->\n".length(),
                readme.indexOf("<!-- report:end -->"));

        assertThat(quoted)
                .as("geodata/README.md's data report; regenerate it with the report command")
                .isEqualTo(report);
    }
}
