package org.khorasanatlas.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.khorasanatlas.geodata.BadFileCorpus;
import org.khorasanatlas.geodata.BadFileCorpus.BadFile;
import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;

/**
 * Bad profile files (src/test/resources/bad-geodata/profile/, see {@link BadFileCorpus}). The profile is read as one
 * document, so its checks name the section and field but not a line; only syntax and type errors carry one.
 */
class BadProfileFilesTest {

    private final GroupProfileReader reader = new GroupProfileReader(new JsonDataReader());

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isRefusedWithEveryProblemNamed(BadFile bad) {
        bad.assertRefusedBy(reader::read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void theBaselineIsValid(DataFile good) {
        assertThat(reader.read(good).sections()).isNotEmpty();
    }

    @Test
    void everyExpectationHasItsFile() {
        assertThat(BadFileCorpus.orphanedExpectations("profile")).isEmpty();
    }

    /** A 50 MB profile, almost all of it one fact's text: refused at that text. */
    @Test
    void fiftyMegabyteFile(@TempDir Path dir) throws IOException {
        DataFile file = TestDataFiles.file(TestDataFiles.fiftyMegabytesBefore(
                "profile/good.json", "IS announced", dir.resolve("fifty-megabytes.json")));

        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> reader.read(file));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.field()).isEqualTo("sections[0].facts[0].text");
        });
    }

    static Stream<BadFile> badFiles() {
        return BadFileCorpus.bad("profile");
    }

    static Stream<DataFile> goodFiles() {
        return BadFileCorpus.good("profile");
    }
}
