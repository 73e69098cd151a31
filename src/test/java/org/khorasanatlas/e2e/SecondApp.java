package org.khorasanatlas.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A second instance of the production jar for one test class, with settings of its own and, if asked, its own copy
 * of geodata/ changed before the start. Started before the class's first test, stopped after its last. Register it
 * in a static field with {@code @RegisterExtension}; a test points its page at it with
 * {@code atlas.useApp(app.baseUri())}.
 */
final class SecondApp implements BeforeAllCallback, AfterAllCallback {

    /** Changes the copy of geodata/ in {@code data}; returns the further settings the app needs to read it. */
    @FunctionalInterface
    interface DataChange {
        List<String> change(Path basedir, Path data) throws IOException;
    }

    private final String name;
    private final List<String> settings;
    private final Optional<DataChange> dataChange;
    private RunningApp app;
    private Path data;

    private SecondApp(String name, List<String> settings, Optional<DataChange> dataChange) {
        this.name = name;
        this.settings = settings;
        this.dataChange = dataChange;
    }

    /** The shipped data, with these Spring Boot arguments; the log goes to target/{name}.log. */
    static SecondApp withSettings(String name, String... settings) {
        return new SecondApp(name, List.of(settings), Optional.empty());
    }

    /** A copy of the shipped data in target/{name}-geodata/, changed by {@code change} before the start. */
    static SecondApp onChangedData(String name, DataChange change) {
        return new SecondApp(name, List.of(), Optional.of(change));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        List<String> arguments = new ArrayList<>(settings);
        if (dataChange.isPresent()) {
            Path basedir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
            data = RunningApp.targetDir().resolve(name + "-geodata").toAbsolutePath();
            copyData(basedir.resolve("geodata"), data);
            arguments.add("--atlas.data.location=file:" + data + "/");
            arguments.addAll(dataChange.get().change(basedir, data));
        }
        app = RunningApp.start(name, arguments);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) {
            app.close();
        }
    }

    URI baseUri() {
        return app.baseUri();
    }

    /** The copy of geodata/ this app reads. */
    Path data() {
        return data;
    }

    /** Copies a geodata folder (without its build scripts) for an app instance that reads changed data. */
    private static void copyData(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (relative.startsWith("scripts")) {
                    continue;
                }
                Path target = to.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
