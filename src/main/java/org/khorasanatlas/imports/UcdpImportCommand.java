package org.khorasanatlas.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.khorasanatlas.cli.AtlasCommand;
import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackEventReader;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.DataProblem;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.ProblemList;
import org.khorasanatlas.region.CountryOutlines;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * {@code import ucdp-ged FILE}: converts a UCDP GED CSV file into the geodata format and merges it into an
 * import file (never into the curated attacks), then reports what became of every row. Bad input stops it
 * before anything is written, with each problem's line.
 */
@Component
class UcdpImportCommand implements AtlasCommand {

    static final int BAD_INPUT = 1;
    static final int BAD_USAGE = 2;
    /** Another import into the same file is running; nothing was written. */
    static final int OUTPUT_BUSY = 3;
    /** Enough to see what is wrong; a file with a systematic problem would otherwise print one per row. */
    static final int MAX_PROBLEMS_LISTED = 50;

    static final String CURATED_FILE_NAME = "attacks.geojson";

    private final CountryOutlines countries;
    private final AttackEventReader reader;
    private final AttackCatalog curated;

    UcdpImportCommand(CountryOutlines countries, AttackEventReader reader, AttackCatalog curated) {
        this.countries = countries;
        this.reader = reader;
        this.curated = curated;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return ImportOptions.USAGE + "    convert a UCDP GED CSV file into an import file (see README.md)";
    }

    /** What it prints goes through {@link TerminalOutput}: no control character reaches the operator's terminal. */
    @Override
    public int run(List<String> arguments, PrintStream stdout, PrintStream stderr) {
        PrintStream out = TerminalOutput.of(stdout);
        PrintStream err = TerminalOutput.of(stderr);
        ImportOptions options;
        try {
            options = ImportOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Usage: java -jar khorasan-atlas.jar " + ImportOptions.USAGE);
            return BAD_USAGE;
        }
        try {
            return run(options, out, err);
        } catch (IOException e) {
            err.println("Import failed, nothing was written: " + e);
            return BAD_INPUT;
        }
    }

    private int run(ImportOptions options, PrintStream out, PrintStream err) throws IOException {
        if (!Files.isRegularFile(options.csv()) || !Files.isReadable(options.csv())) {
            err.println("Cannot read " + options.csv() + ": no such file. Nothing was written.");
            return BAD_INPUT;
        }
        Path target;
        try {
            target = OutputPath.resolve(options.out());
        } catch (IllegalArgumentException e) {
            err.println("Refusing to write: " + e.getMessage() + " Nothing was written.");
            return BAD_INPUT;
        }
        if (options.out().getFileName().toString().equals(CURATED_FILE_NAME)
                || target.getFileName().toString().equals(CURATED_FILE_NAME)) {
            err.println("Refusing to write " + options.out() + ": " + CURATED_FILE_NAME + " holds the curated"
                    + " attacks, which an import never touches. Choose another --out. Nothing was written.");
            return BAD_INPUT;
        }
        Optional<ImportLock> lock = ImportLock.tryLock(target);
        if (lock.isEmpty()) {
            err.println("Another import into " + target + " is running (it holds " + ImportLock.fileFor(target)
                    + "). Nothing was written: run this import again when that one has finished.");
            return OUTPUT_BUSY;
        }
        try (ImportLock held = lock.get()) {
            return run(options, target, out, err);
        }
    }

    /** Holding the output's lock, from reading the old output to the rename of the new one. */
    private int run(ImportOptions options, Path target, PrintStream out, PrintStream err) throws IOException {
        int leftovers = AtomicGeoJsonFile.removeTemporaries(target);
        if (leftovers > 0) {
            out.println("Removed " + leftovers + " temporary file(s) that an interrupted import into " + target
                    + " left behind.");
        }
        List<AttackEvent> inFile;
        try {
            inFile = existingImport(target);
        } catch (InvalidDataException e) {
            err.println("The existing " + options.out() + " cannot be merged into, so nothing was written:");
            printProblems(e.problems(), err);
            return BAD_INPUT;
        }

        ProblemList problems = new ProblemList(options.csv().getFileName().toString());
        UcdpConversion conversion = new UcdpConversion(countries, options.release());
        List<RowOutcome> outcomes = new ArrayList<>();
        int rows = GedCsv.read(options.csv(), problems, row -> outcomes.add(conversion.convert(row)));
        if (!problems.isEmpty()) {
            err.println("Import refused, nothing was written: " + options.csv() + " has "
                    + (problems.size() == 1 ? "a problem" : problems.size() + " problems")
                    + " (fix the file, or export it again):");
            printProblems(problems.problems(), err);
            return BAD_INPUT;
        }

        List<RowOutcome.Kept> kept = outcomes.stream()
                .filter(RowOutcome.Kept.class::isInstance)
                .map(RowOutcome.Kept.class::cast)
                .toList();
        ImportMerge.Result merge = ImportMerge.merge(inFile, kept, options.replaceChanged());
        try {
            AtomicGeoJsonFile.write(target, merge.events(), reader);
        } catch (InvalidDataException e) {
            err.println("The converted attacks did not pass the app's own checks, so nothing was written"
                    + " (please report this with the CSV rows named):");
            printProblems(e.problems(), err);
            return BAD_INPUT;
        }
        new ImportReport(
                        options.csv(),
                        rows,
                        outcomes,
                        merge,
                        CuratedDuplicates.find(kept, curated.find(EventFilter.allYears())),
                        options.out())
                .print(out);
        return 0;
    }

    /** The attacks of an earlier import into the same file; a file with curated attacks is refused whole. */
    private List<AttackEvent> existingImport(Path out) {
        if (!Files.exists(out)) {
            return List.of();
        }
        List<AttackEvent> events = reader.read(new DataFile(out.toString(), new FileSystemResource(out)));
        List<DataProblem> curatedHere = events.stream()
                .map(AttackEvent::id)
                .filter(id -> !id.startsWith(UcdpConversion.ID_PREFIX))
                .map(id -> new DataProblem(
                        out.toString(),
                        0,
                        id,
                        "id",
                        "not a UCDP import (ids of imported attacks"
                                + " start with \"" + UcdpConversion.ID_PREFIX
                                + "\"): this looks like a curated file, which an"
                                + " import never overwrites; choose another --out"))
                .toList();
        if (!curatedHere.isEmpty()) {
            throw new InvalidDataException(curatedHere);
        }
        return events;
    }

    private static void printProblems(List<DataProblem> problems, PrintStream err) {
        problems.stream().limit(MAX_PROBLEMS_LISTED).forEach(problem -> err.println("  " + problem));
        if (problems.size() > MAX_PROBLEMS_LISTED) {
            err.println("  ... and " + (problems.size() - MAX_PROBLEMS_LISTED) + " more");
        }
    }
}
