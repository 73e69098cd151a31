package org.khorasanatlas.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.FilterParameters;
import org.khorasanatlas.events.ParameterProblem;
import org.khorasanatlas.events.ParsedFilter;
import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.events.YearTotal;
import org.khorasanatlas.imports.ImportedAttacks;
import org.khorasanatlas.leaflet.MapLayers;
import org.khorasanatlas.map.AttackMap;
import org.khorasanatlas.profile.GroupProfile;
import org.khorasanatlas.region.CountryOutlines;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

/**
 * The one page: the map of attacks beside a panel of totals, a per-year chart, the selected attack and the
 * group profile. The year lives in the URL ({@code /?year=2021}); every change of it goes through navigation,
 * so links can be shared and the back button walks through earlier years.
 */
@Route("")
@PageTitle("Khorasan Atlas: ISKP attacks")
@CssImport("./dashboard/dashboard.css")
public class DashboardView extends Div implements BeforeEnterObserver {

    private final AttackCatalog catalog;
    private final ImportedAttacks imported;
    private final FilterParameters parameters;
    private final AttackMap map;
    private final Select<Integer> yearSelect = new Select<>();
    private final Paragraph notice = new Paragraph();
    private final TotalsPanel totals = new TotalsPanel();
    private final YearChart chart;
    private final AttackCard card;
    private final TablePanel table;
    private final int firstYear;
    private final int lastYear;
    private EventFilter filter = EventFilter.allYears();

    public DashboardView(AttackCatalog catalog, FilterParameters parameters, GroupProfile profile, MapLayers layers,
            CountryOutlines countries, ImportedAttacks imported) {
        this.catalog = catalog;
        this.imported = imported;
        this.parameters = parameters;
        this.map = new AttackMap(layers);
        Function<String, String> countryName = code -> countries.name(code).orElse(code);
        this.card = new AttackCard(countryName);
        this.table = new TablePanel(catalog, countryName, event -> navigate(filter, Optional.of(event.id())));
        List<YearTotal> years = catalog.yearTotals();
        this.firstYear = years.getFirst().year();
        this.lastYear = years.getLast().year();
        this.chart = new YearChart(years, year -> navigate(filter.withYears(YearRange.of(year)), Optional.empty()),
                () -> navigate(filter.withYears(YearRange.all()), Optional.empty()));
        addClassName("dashboard");

        H1 title = new H1("Khorasan Atlas");
        Paragraph subtitle = new Paragraph("Attacks of the Islamic State Khorasan Province (ISKP, ISIS-K), "
                + firstYear + "–" + lastYear + ". Every figure names its source.");
        subtitle.addClassName("subtitle");
        Header header = new Header(title, subtitle);
        header.addClassName("dashboard-header");

        yearSelect.setId("year-select");
        yearSelect.setLabel("Year");
        yearSelect.setItems(years.stream().map(YearTotal::year).toList());
        yearSelect.setEmptySelectionAllowed(true);
        yearSelect.setEmptySelectionCaption("All years");
        yearSelect.setItemLabelGenerator(year -> year == null ? "All years" : String.valueOf(year));
        yearSelect.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                navigate(filter.withYears(change.getValue() == null ? YearRange.all() : YearRange.of(change.getValue())),
                        Optional.empty());
            }
        });
        notice.setId("filter-notice");
        notice.addClassName("notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);

        // Imported attacks are not in the URL codec: their card opens without a link of its own.
        map.addAttackClickListener(id -> imported.byId(id).ifPresentOrElse(this::select,
                () -> navigate(filter, Optional.of(id))));

        Section panel = new Section(yearSelect, notice, totals, chart, card, new ProfilePanel(profile));
        panel.setId("side-panel");
        panel.addClassName("side-panel");
        panel.getElement().setAttribute("aria-label", "Figures, selected attack and group profile");
        Main body = new Main(map, new PhoneTabs(List.of(Map.entry("Overview", panel), Map.entry("Table", table))),
                table, panel);
        body.addClassName("dashboard-body");
        add(header, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ParsedFilter parsed = parameters.parse(event.getLocation().getQueryParameters().getParameters());
        List<String> problems = parsed.problems().stream().map(ParameterProblem::describe).toList();
        notice.setText(String.join(" ", problems));
        notice.setVisible(!problems.isEmpty());
        apply(parsed.filter());
        parsed.eventId().flatMap(catalog::byId).ifPresentOrElse(this::select, this::clearSelection);
    }

    private void apply(EventFilter newFilter) {
        filter = newFilter;
        List<AttackEvent> events = catalog.find(filter);
        OptionalInt year = filter.years().single();
        yearSelect.setValue(year.isPresent() ? year.getAsInt() : null);
        totals.show(year.isPresent() ? "In " + year.getAsInt() : "All years, " + firstYear + "–" + lastYear,
                CasualtySummary.of(events));
        chart.highlight(year);
        map.show(events, imported.find(filter), filter.years().isAll());
        table.show(filter, events.size());
    }

    private void select(AttackEvent event) {
        map.select(event.id());
        card.show(event);
        table.select(event);
    }

    private void clearSelection() {
        map.select(null);
        card.clear();
        table.select(null);
    }

    /** Every change goes through the URL, so it can be shared and the back button undoes it. */
    private void navigate(EventFilter newFilter, Optional<String> eventId) {
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class,
                new QueryParameters(FilterParameters.format(newFilter, eventId))));
    }
}
