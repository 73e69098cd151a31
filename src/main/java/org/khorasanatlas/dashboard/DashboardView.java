package org.khorasanatlas.dashboard;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.YearTotal;
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
    private final AttackMap map;
    private final Select<Integer> yearSelect = new Select<>();
    private final Paragraph notice = new Paragraph();
    private final TotalsPanel totals = new TotalsPanel();
    private final YearChart chart;
    private final AttackCard card;
    private final int firstYear;
    private final int lastYear;

    public DashboardView(AttackCatalog catalog, GroupProfile profile, MapLayers layers, CountryOutlines countries) {
        this.catalog = catalog;
        this.map = new AttackMap(layers);
        this.card = new AttackCard(code -> countries.name(code).orElse(code));
        List<YearTotal> years = catalog.yearTotals();
        this.firstYear = years.getFirst().year();
        this.lastYear = years.getLast().year();
        this.chart = new YearChart(years, this::navigateToYear, this::navigateToAllYears);
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
                if (change.getValue() == null) {
                    navigateToAllYears();
                } else {
                    navigateToYear(change.getValue());
                }
            }
        });
        notice.setId("filter-notice");
        notice.addClassName("notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);

        map.addAttackClickListener(id -> catalog.byId(id).ifPresent(this::select));

        Section panel = new Section(yearSelect, notice, totals, chart, card, new ProfilePanel(profile));
        panel.addClassName("side-panel");
        panel.getElement().setAttribute("aria-label", "Figures, selected attack and group profile");
        Main body = new Main(map, panel);
        body.addClassName("dashboard-body");
        add(header, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearParameter year = YearParameter.parse(
                event.getLocation().getQueryParameters().getParameters().get(YearParameter.NAME), firstYear, lastYear);
        notice.setText(year.notice().orElse(""));
        notice.setVisible(year.notice().isPresent());
        apply(year.filter());
    }

    private void apply(EventFilter filter) {
        List<AttackEvent> events = catalog.find(filter);
        OptionalInt year = filter.year();
        yearSelect.setValue(year.isPresent() ? year.getAsInt() : null);
        totals.show(year.isPresent() ? "In " + year.getAsInt() : "All years, " + firstYear + "–" + lastYear,
                CasualtySummary.of(events));
        chart.highlight(year);
        map.show(events, year.isEmpty());
        map.selected().filter(id -> events.stream().noneMatch(e -> e.id().equals(id))).ifPresent(id -> {
            map.select(null);
            card.clear();
        });
    }

    private void select(AttackEvent event) {
        map.select(event.id());
        card.show(event);
    }

    private void navigateToYear(int year) {
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class,
                new QueryParameters(Map.of(YearParameter.NAME, List.of(String.valueOf(year))))));
    }

    private void navigateToAllYears() {
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class, QueryParameters.empty()));
    }
}
