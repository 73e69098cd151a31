package org.khorasanatlas.report;

import java.io.PrintStream;
import java.util.List;

import org.khorasanatlas.cli.AtlasCommand;
import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.DataReport;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.region.CountryOutlines;
import org.springframework.stereotype.Component;

/** {@code report}: prints the data report of the attacks file as Markdown. */
@Component
class ReportCommand implements AtlasCommand {

    private final AttackCatalog catalog;
    private final CountryOutlines countries;

    ReportCommand(AttackCatalog catalog, CountryOutlines countries) {
        this.catalog = catalog;
        this.countries = countries;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report    print counts and deaths per year, country and branch, and claim and precision shares";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        out.print(DataReport.of(
                catalog.find(EventFilter.allYears()),
                code -> countries.name(code).orElse(code)));
        return 0;
    }
}
