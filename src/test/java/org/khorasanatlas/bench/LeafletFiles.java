package org.khorasanatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.khorasanatlas.leaflet.LeafletMap;

import com.vaadin.flow.component.dependency.NpmPackage;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Leaflet and Leaflet.markercluster files for the baseline page, at exactly the versions the add-on declares
 * in its {@code @NpmPackage} annotations, installed from the npm registry into target/bench/npm (no CDN, and no
 * change to the project's own node_modules).
 */
final class LeafletFiles {

    static final List<String> PACKAGES = List.of("leaflet", "leaflet.markercluster");

    private LeafletFiles() {}

    /** Vendor file name in the page → file on disk. */
    static Map<String, Path> install(Path npmDir) {
        Map<String, String> versions = declaredVersions();
        if (!installed(npmDir, versions)) {
            npmInstall(npmDir, versions);
        }
        Path modules = npmDir.resolve("node_modules");
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("leaflet.js", modules.resolve("leaflet/dist/leaflet.js"));
        files.put("leaflet.css", modules.resolve("leaflet/dist/leaflet.css"));
        files.put("leaflet.markercluster.js", modules.resolve("leaflet.markercluster/dist/leaflet.markercluster.js"));
        files.put("MarkerCluster.css", modules.resolve("leaflet.markercluster/dist/MarkerCluster.css"));
        try (Stream<Path> images = Files.list(modules.resolve("leaflet/dist/images"))) {
            images.forEach(image -> files.put("images/" + image.getFileName(), image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The versions the Leaflet add-on is built with, e.g. {leaflet=1.9.4, leaflet.markercluster=1.5.3}. */
    static Map<String, String> declaredVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        Arrays.stream(LeafletMap.class.getAnnotationsByType(NpmPackage.class))
                .filter(p -> PACKAGES.contains(p.value()))
                .forEach(p -> versions.put(p.value(), p.version()));
        if (!versions.keySet().containsAll(PACKAGES)) {
            throw new IllegalStateException("LeafletMap no longer declares " + PACKAGES + ": " + versions);
        }
        return versions;
    }

    private static boolean installed(Path npmDir, Map<String, String> versions) {
        JsonMapper json = JsonMapper.builder().build();
        return versions.entrySet().stream().allMatch(entry -> {
            Path manifest =
                    npmDir.resolve("node_modules").resolve(entry.getKey()).resolve("package.json");
            return Files.exists(manifest)
                    && entry.getValue()
                            .equals(json.readTree(manifest.toFile())
                                    .path("version")
                                    .asString(""));
        });
    }

    private static void npmInstall(Path npmDir, Map<String, String> versions) {
        try {
            Files.createDirectories(npmDir);
            Files.writeString(npmDir.resolve("package.json"), "{\"private\": true}\n");
            List<String> command = new ArrayList<>(List.of(
                    npm(), "install", "--no-save", "--no-package-lock", "--ignore-scripts", "--no-audit", "--no-fund"));
            versions.forEach((name, version) -> command.add(name + "@" + version));
            System.out.println("[bench] " + String.join(" ", command));
            Process process = new ProcessBuilder(command)
                    .directory(npmDir.toFile())
                    .inheritIO()
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("npm install did not finish within 5 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("npm install failed with exit code " + process.exitValue()
                        + "; Node and npm must be on the PATH (see docs/development.md, Benchmark)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run npm; Node and npm must be on the PATH", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during npm install", e);
        }
        if (!installed(npmDir, versions)) {
            throw new IllegalStateException("npm did not install " + versions + " into " + npmDir);
        }
    }

    private static String npm() {
        return System.getProperty("os.name").startsWith("Windows") ? "npm.cmd" : "npm";
    }
}
