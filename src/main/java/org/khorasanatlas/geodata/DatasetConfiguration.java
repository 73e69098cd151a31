package org.khorasanatlas.geodata;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dataset's version is read once at start-up, like every data file. */
@Configuration
class DatasetConfiguration {

    @Bean
    DatasetVersion datasetVersion(GeoDataFiles files, DatasetVersionReader reader) {
        return reader.read(files.get("dataset.json"));
    }
}
