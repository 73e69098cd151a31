package org.khorasanatlas.cli;

import java.io.PrintStream;
import java.util.List;

/** A task run from the command line ({@code java -jar khorasan-atlas.jar NAME ARGS...}) instead of the web app. */
public interface AtlasCommand {

    String name();

    /** One line for the usage text. */
    String usage();

    /** @return the process exit code: 0 for success */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
