package org.khorasanatlas.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.khorasanatlas.api.ProfileContent;
import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.FilterParameters;
import org.khorasanatlas.events.FoundAttacks;
import org.khorasanatlas.events.ImportedAttacks;
import org.khorasanatlas.events.ParsedFilter;
import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.events.YearTotal;
import org.khorasanatlas.geodata.DatasetVersion;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.language.LanguageLinks;
import org.khorasanatlas.language.PlaceNames;
import org.khorasanatlas.language.PlaceNames.PlaceName;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.leaflet.MapFocus;
import org.khorasanatlas.lean.LeanButton;
import org.khorasanatlas.map.AttackGrid;
import org.khorasanatlas.map.AttackMap;
import org.khorasanatlas.map.MapLayersByLanguage;
import org.khorasanatlas.map.MapViewParameters;
import org.khorasanatlas.map.MarkerPayloads;
import org.khorasanatlas.region.Province;
import org.khorasanatlas.region.Provinces;
import org.khorasanatlas.table.AttackRows;
import org.khorasanatlas.table.ProvinceRows;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;

/**
 * The one page: the map of attacks beside a panel of filters, totals, a per-year chart that is also the time
 * control, the selected attack and the group profile. The filter lives in the URL
 * ({@code /?from=2019&to=2021&country=PAK}); every control changes it through navigation and the view
 * follows the URL in {@link #beforeEnter}, so links can be shared and back and forward walk through changes.
 */
@Route("")
@CssImport("./dashboard/dashboard.css")
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    private final AttackCatalog catalog;
    private final ImportedAttacks imported;
    private final FilterParameters parameters;
    private final MapViewParameters viewParameters;
    private final AttackMap map;
    private final PeriodText periods;
    private final PeriodSelect periodSelect;
    private final FilterControls filterControls;
    private final Paragraph shownCount = new Paragraph();
    private final LeanButton clearFilters = new LeanButton(getTranslation("filters.clear"));
    private final Paragraph notice = new Paragraph();
    private final TotalsPanel totals = new TotalsPanel();
    private final YearChart chart;
    private final LeanButton allYears = new LeanButton(getTranslation("period.all"));
    private final Playback playback;
    private final AttackCard card;
    private final TablePanel table;
    private final SuspectedToggle suspected;
    private final CitationPanel citation;
    private final ProvincePanel provincePanel;
    private final Provinces provinces;
    private final Function<Province, PlaceName> provinceName;
    private final LanguageLinks languageLinks = new LanguageLinks();
    private EventFilter filter = EventFilter.allYears();

    public DashboardView(
            AttackCatalog catalog,
            FilterParameters parameters,
            ProfileContent profile,
            MapLayersByLanguage layers,
            ImportedAttacks imported,
            AttackGrid grid,
            MarkerPayloads markers,
            Provinces provinces,
            DatasetVersion dataset,
            CorrectionLinks corrections,
            PlaceNames placeNames,
            AttackRows attackRows,
            ProvinceRows provinceRows) {
        this.catalog = catalog;
        this.provinces = provinces;
        this.provinceName = province -> placeNames.province(province, getLocale());
        this.provincePanel = new ProvincePanel(
                provinceRows,
                provinces,
                chosen -> navigate(filter.withProvinces(chosen.map(Set::of).orElse(Set.of()))));
        this.imported = imported;
        this.parameters = parameters;
        this.map = new AttackMap(layers.in(getLocale()), grid, markers);
        this.viewParameters = new MapViewParameters(layers.in(getLocale()));
        Function<String, String> countryName = placeNames.countries(getLocale());
        // An imported attack lies in no province of ours: its card names the province as the import gave it.
        Function<AttackEvent, PlaceName> provinceOfEvent = event -> catalog.provinceOf(event)
                .flatMap(provinces::byId)
                .map(provinceName)
                .orElseGet(() -> new PlaceName(event.admin1(), true));
        this.card = new AttackCard(countryName, provinceOfEvent, corrections);
        this.suspected = new SuspectedToggle(this::navigate);
        this.citation = new CitationPanel(dataset, countryName);
        this.table = new TablePanel(catalog, attackRows, event -> navigate(filter, Optional.of(event.id())));
        List<YearTotal> years = catalog.yearTotals();
        int firstYear = years.getFirst().year();
        int lastYear = years.getLast().year();
        this.periods = new PeriodText(firstYear, lastYear, this::getTranslation, figures::year);
        this.periodSelect = new PeriodSelect(
                years.stream().map(YearTotal::year).toList(), periods, range -> navigate(filter.withYears(range)));
        List<String> countriesInData = catalog.find(EventFilter.allYears()).stream()
                .map(AttackEvent::country)
                .distinct()
                .toList();
        this.filterControls = new FilterControls(countriesInData, countryName, this::navigate);
        this.chart = new YearChart(years, range -> navigate(filter.withYears(range)));
        this.playback = new Playback(firstYear, lastYear, this::showStep);
        addClassName("dashboard");

        H1 title = new H1(getTranslation("app.name"));
        Paragraph subtitle =
                new Paragraph(getTranslation("app.subtitle", figures.year(firstYear), figures.year(lastYear)));
        subtitle.addClassName("subtitle");
        LeanButton share = new LeanButton(getTranslation("share.open"));
        share.addClickListener(this::openShareDialog);
        share.setId("share-open");
        share.addClassName("share-open");
        share.getElement().setAttribute("title", getTranslation("share.open.help"));
        Header header = new Header(title, subtitle, languageLinks, share);
        // A language link opens the page anew: it takes the map's view along, as a shared link does.
        languageLinks
                .getElement()
                .executeJs("""
                        this.addEventListener('click', (event) => {
                          const link = event.target.closest('a');
                          const view = $0.currentView?.();
                          if (!link || !view) return;
                          const url = new URL(link.href);
                          url.searchParams.set($1, view.lat);
                          url.searchParams.set($2, view.lng);
                          url.searchParams.set($3, Math.round(view.zoom * 10) / 10);
                          link.href = url.href;
                        });""", map.getElement(), MapViewParameters.LAT, MapViewParameters.LNG, MapViewParameters.ZOOM);
        header.addClassName("dashboard-header");

        shownCount.setId("shown-count");
        shownCount.addClassName("shown-count");
        shownCount.getElement().setAttribute("role", "status");
        clearFilters.setId("clear-filters");
        clearFilters.addThemeNames("tertiary");
        clearFilters.addClickListener(() -> navigate(EventFilter.allYears()));
        Div count = new Div(shownCount, clearFilters);
        count.addClassName("shown-row");
        notice.setId("filter-notice");
        notice.addClassName("notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);

        allYears.setId("all-years");
        allYears.addThemeNames("small", "tertiary");
        allYears.addClickListener(() -> navigate(filter.withYears(YearRange.all())));
        Div chartFooter = new Div(chart.help(), allYears);
        chartFooter.addClassName("chart-footer");

        // Imported attacks are not in the URL codec: their card opens without a link of its own.
        map.addAttackClickListener(id ->
                imported.byId(id).ifPresentOrElse(this::select, () -> navigate(filter, Optional.of(id))));
        // Pressing the chosen province again shows every province, as choosing its row again does.
        map.addProvinceClickListener(
                id -> navigate(filter.withProvinces(filter.provinces().equals(Set.of(id)) ? Set.of() : Set.of(id))));

        Div view = new Div(periodSelect, filterControls);
        view.addClassName("view-controls");
        Section panel = new Section(
                view,
                count,
                suspected,
                notice,
                totals,
                chart,
                chartFooter,
                playback,
                provincePanel,
                card,
                new ProfilePanel(profile),
                citation);
        panel.setId("side-panel");
        panel.addClassName("side-panel");
        panel.getElement().setAttribute("aria-label", getTranslation("panel.label"));
        Main body = new Main(
                map,
                new PhoneTabs(List.of(
                        Map.entry(getTranslation("phone.tab.overview"), panel),
                        Map.entry(getTranslation("phone.tab.table"), table))),
                table,
                panel);
        body.addClassName("dashboard-body");
        add(header, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("embed.title");
    }

    private void openShareDialog() {
        ShareDialog dialog = new ShareDialog(citation.link(), citation.embedLink(), citation.text(), filter);
        add(dialog);
        dialog.open();
        map.fetchView(dialog::offerView);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        ParsedFilter parsed = parameters.parse(query);
        MapViewParameters.Parsed view = viewParameters.parse(query);
        List<String> problems = Stream.concat(parsed.problems().stream(), view.problems().stream())
                .map(problem -> problem.describe(this::getTranslation))
                .toList();
        notice.setText(String.join(" ", problems));
        notice.setVisible(!problems.isEmpty());
        apply(parsed.filter(), view.view());
        Optional<AttackEvent> selected = parsed.eventId().flatMap(catalog::byId);
        selected.ifPresentOrElse(this::select, this::clearSelection);
        Optional<String> selectedId = selected.map(AttackEvent::id);
        citation.show(periods.label(filter.years()), filter, linkParameters(filter, selectedId));
        languageLinks.show(FilterParameters.format(filter, selectedId));
    }

    /** Shows the filter's attacks, where a shared link's {@code view} says or where the filter's attacks are. */
    private void apply(EventFilter newFilter, Optional<MapFocus.View> view) {
        filter = newFilter;
        FoundAttacks events = catalog.find(filter);
        YearRange years = filter.years();
        playback.show(years);
        periodSelect.show(years);
        filterControls.show(filter);
        suspected.show(filter);
        shownCount.setText(getTranslation(
                "filters.shown", figures.count(events.size()), figures.count(catalog.size()), catalog.size()));
        clearFilters.setEnabled(!filter.equals(EventFilter.allYears()));
        allYears.setEnabled(!years.isAll());
        totals.show(periods.heading(years), events.summary());
        chart.show(years);
        // While playing, the map keeps the region in view rather than jumping to each step's attacks.
        map.show(filter, events, imported.find(filter), years.isAll() || playback.isPlaying(), view);
        table.show(filter, events.size());
        // Every province of the other filters stays listed and shaded, so another can be chosen in one step.
        Map<String, CasualtySummary> byProvince = catalog.summaryByProvince(
                filter.provinces().isEmpty() ? events : catalog.find(filter.withProvinces(Set.of())));
        Optional<String> chosen = filter.provinces().stream().findFirst();
        provincePanel.show(filter);
        map.showProvinces(
                byProvince,
                id -> provinces.byId(id).map(provinceName).map(PlaceName::text).orElse(id),
                chosen);
    }

    private void select(AttackEvent event) {
        map.select(event.id());
        card.show(event, catalog.byId(event.id()).isPresent());
        table.select(event);
    }

    private void clearSelection() {
        map.select(null);
        card.clear();
        table.select(null);
    }

    /** A new filter; the selected attack stays selected while the filter still shows it. */
    private void navigate(EventFilter newFilter) {
        navigate(newFilter, selectedIn(newFilter));
    }

    /** Every change goes through the URL, so it can be shared and the back button undoes it. */
    private void navigate(EventFilter newFilter, Optional<String> eventId) {
        getUI().ifPresent(ui ->
                ui.navigate(DashboardView.class, new QueryParameters(linkParameters(newFilter, eventId))));
    }

    /** A view's link: the filter, the selected attack and, if it is not English, the language and its digits. */
    private Map<String, List<String>> linkParameters(EventFilter linkFilter, Optional<String> eventId) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(FilterParameters.format(linkFilter, eventId));
        parameters.putAll(Language.linkParameters(getLocale()));
        return parameters;
    }

    /**
     * A step of the playback. The first step of a run is a new history entry; later steps replace it, so the
     * URL always shows the step on screen and Back returns to the view before Play, not through every year.
     */
    private void showStep(YearRange years, boolean firstOfRun) {
        EventFilter stepFilter = filter.withYears(years);
        if (firstOfRun) {
            navigate(stepFilter);
            return;
        }
        getUI().ifPresent(ui -> {
            Location location = new Location(
                    RouteConfiguration.forSessionScope().getUrl(DashboardView.class),
                    new QueryParameters(linkParameters(stepFilter, selectedIn(stepFilter))));
            // The router shows the location without touching the history; the entry is then replaced.
            ui.getSession().getService().getRouter().navigate(ui, location, NavigationTrigger.PROGRAMMATIC);
            ui.getPage().getHistory().replaceState(null, location);
        });
    }

    private Optional<String> selectedIn(EventFilter newFilter) {
        return map.selected()
                .flatMap(catalog::byId)
                .filter(event -> catalog.matches(newFilter, event))
                .map(AttackEvent::id);
    }
}
