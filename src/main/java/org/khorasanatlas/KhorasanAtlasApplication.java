package org.khorasanatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KhorasanAtlasApplication {

    public static void main(String[] args) {
        SpringApplication.run(KhorasanAtlasApplication.class, args);
    }
}
