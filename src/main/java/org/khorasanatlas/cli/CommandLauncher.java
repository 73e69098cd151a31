package org.khorasanatlas.cli;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the command named by {@code atlas.command} once the data is loaded, then lets the application exit
 * with the command's exit code. Present only when the app was started as a command.
 */
@Component
@ConditionalOnProperty("atlas.command")
class CommandLauncher implements ApplicationRunner, ExitCodeGenerator {

    private final List<AtlasCommand> commands;
    private final String name;
    private int exitCode;

    CommandLauncher(List<AtlasCommand> commands, org.springframework.core.env.Environment environment) {
        this.commands = commands;
        this.name = environment.getRequiredProperty("atlas.command");
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> rest = Arrays.asList(arguments.getSourceArgs()).subList(1, arguments.getSourceArgs().length);
        exitCode = commands.stream()
                .filter(command -> command.name().equals(name))
                .findFirst()
                .map(command -> command.run(rest, System.out, System.err))
                .orElseGet(() -> {
                    System.err.println("Unknown command \"" + name + "\". Commands:");
                    commands.forEach(command -> System.err.println("  " + command.usage()));
                    return 2;
                });
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
