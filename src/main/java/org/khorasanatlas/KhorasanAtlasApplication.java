package org.khorasanatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the dashboard, or, when the first argument is a command name rather than an option (for example
 * {@code report}), runs that command on the same validated data without a web server and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KhorasanAtlasApplication {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(KhorasanAtlasApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties(
                            "atlas.command=" + args[0],
                            "spring.main.banner-mode=off",
                            "logging.level.root=warn",
                            // Vaadin's set-up needs a web server, which a command does not start.
                            "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration")
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(KhorasanAtlasApplication.class, args);
    }
}
