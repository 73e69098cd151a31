package org.khorasanatlas.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackEventReader;
import org.khorasanatlas.events.AttackGeoJson;
import org.khorasanatlas.geodata.GeoDataFiles;
import org.khorasanatlas.geodata.GeoDataProperties;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.places.TestGazetteer;
import org.khorasanatlas.region.CountryOutlines;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The data folders the benchmark starts the jar on: the shipped data, and synthetic attacks in the geodata
 * format (written by the app's own writer, read back by its own loader) beside copies of the shipped base map,
 * region and profile; and the folder of the baseline page. Synthetic folders are kept between runs (the data is
 * deterministic) and rebuilt only when missing. Public for the end-to-end tests that need a big data set.
 */
public final class BenchData {

    /** One data set the app can be started on. */
    public record Dataset(
            String label, int size, Path folder, SortedMap<Integer, Integer> perYear, long attacksFileBytes) {

        public String dataArgument() {
            return "--atlas.data.location=file:" + folder.toAbsolutePath() + "/";
        }

        int count(Integer yearOrNullForAll) {
            return yearOrNullForAll == null ? size : perYear.getOrDefault(yearOrNullForAll, 0);
        }
    }

    private final Path shippedData;
    private final Path benchDir;
    private final CountryOutlines countries;

    public BenchData(Path shippedData, Path benchDir) {
        this.shippedData = shippedData;
        this.benchDir = benchDir;
        this.countries = new CountryOutlines(files(shippedData));
    }

    CountryOutlines countries() {
        return countries;
    }

    Path staticDir() {
        return benchDir.resolve("static");
    }

    Dataset shipped() {
        List<AttackEvent> events = new AttackEventReader(new JsonDataReader(), countries, TestGazetteer.shipped())
                .read(files(shippedData).get("attacks.geojson"));
        return dataset("shipped", events, shippedData);
    }

    public Dataset synthetic(int size) {
        String label = label(size);
        Path folder = benchDir.resolve("data").resolve(label);
        Path done = folder.resolve(".complete");
        String stamp = "seed " + SyntheticAttacks.SEED + ", " + size + " attacks";
        List<AttackEvent> events = new SyntheticAttacks(countries).generate(size);
        try {
            if (!Files.exists(done) || !Files.readString(done).equals(stamp)) {
                System.out.println("[bench] writing " + size + " synthetic attacks to " + folder);
                copyShippedFilesBesideAttacks(folder);
                try (OutputStream out =
                        new BufferedOutputStream(Files.newOutputStream(folder.resolve("attacks.geojson")), 1 << 16)) {
                    AttackGeoJson.write(events, out);
                }
                Files.writeString(done, stamp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataset(label, events, folder);
    }

    static String label(int size) {
        return size >= 1_000_000 && size % 1_000_000 == 0
                ? size / 1_000_000 + "M"
                : size >= 1_000 && size % 1_000 == 0 ? size / 1_000 + "k" : String.valueOf(size);
    }

    private Dataset dataset(String label, List<AttackEvent> events, Path folder) {
        SortedMap<Integer, Integer> perYear = events.stream()
                .collect(Collectors.groupingBy(AttackEvent::year, TreeMap::new, Collectors.summingInt(e -> 1)));
        try {
            return new Dataset(label, events.size(), folder, perYear, Files.size(folder.resolve("attacks.geojson")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every shipped data file but the attacks (the scripts that build some of them stay behind). */
    private void copyShippedFilesBesideAttacks(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(shippedData)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path path = shippedData.relativize(file);
                String name = path.toString();
                if (!name.equals("attacks.geojson")
                        && !path.startsWith("scripts")
                        && !path.startsWith("imported")
                        && (name.endsWith(".json") || name.endsWith(".geojson"))) {
                    Path target = folder.resolve(path.toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Copies the baseline page (from src/test/resources/bench/baseline) and the shipped attacks file, which the page
     * reads as a static file with {@code ?attacks=file}, into the folder the jar serves.
     */
    void writeBaselinePage(Path pageSources, Map<String, Path> vendorFiles) {
        Path target = staticDir().resolve("baseline");
        try (Stream<Path> files = Files.list(pageSources)) {
            Files.createDirectories(target.resolve("vendor"));
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            for (Map.Entry<String, Path> vendor : vendorFiles.entrySet()) {
                Path to = target.resolve("vendor").resolve(vendor.getKey());
                Files.createDirectories(to.getParent());
                Files.copy(vendor.getValue(), to, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(
                    shippedData.resolve("attacks.geojson"),
                    target.resolve("attacks.geojson"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GeoDataFiles files(Path folder) {
        return new GeoDataFiles(
                new DefaultResourceLoader(), new GeoDataProperties("file:" + folder.toAbsolutePath() + "/", null));
    }
}
