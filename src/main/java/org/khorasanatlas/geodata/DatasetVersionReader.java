package org.khorasanatlas.geodata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/** Reads geodata/dataset.json: a title, a version (MAJOR.MINOR.PATCH) and the date the data is current to. */
@Component
public class DatasetVersionReader {

    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    private final JsonDataReader json;

    public DatasetVersionReader(JsonDataReader json) {
        this.json = json;
    }

    public DatasetVersion read(DataFile file) {
        DatasetJson written = json.readDocument(file, DatasetJson.class);
        ProblemList problems = new ProblemList(file.name());
        if (written == null) {
            problems.add(0, "", "", "the file must hold an object, not null");
            problems.throwIfAny();
        }
        String title = Text.required(written.title(), problems, 0, "", "title");
        String version = Text.required(written.version(), problems, 0, "", "version");
        if (!version.isEmpty() && !VERSION.matcher(version).matches()) {
            problems.add(0, "", "version", "not MAJOR.MINOR.PATCH: " + version);
        }
        String asOf = Text.required(written.dataAsOf(), problems, 0, "", "dataAsOf");
        LocalDate dataAsOf = null;
        try {
            dataAsOf = asOf.isEmpty() ? null : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            problems.add(0, "", "dataAsOf", "not a date (YYYY-MM-DD): " + asOf);
        }
        problems.throwIfAny();
        return new DatasetVersion(title, version, dataAsOf);
    }

    record DatasetJson(String title, String version, String dataAsOf) {}
}
