package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;

/**
 * Every open tab keeps its page's state tree on the server, a few hundred bytes per node (docs/NOTES.md,
 * "Retained heap per open tab"). Parts the reader has to unfold are built when unfolded, so the page at load
 * stays small.
 */
class PageWeightTest extends DashboardTestBase {

    /**
     * 81 at the time of writing: the year chart's bars (66 nodes once), the tables (two Vaadin Grids), the
     * profile's folded sections (44 nodes; their facts were 900 more), the selects' options (37), the totals' tiles
     * (23) and the phone tabs (4) are drawn by the browser.
     */
    private static final int NODES_AT_LOAD = 85;

    @Test
    void thePageAtLoadStaysWithinItsBudgetOfStateNodes() {
        navigate(DashboardView.class);

        assertThat(nodes(UI.getCurrent())).isLessThanOrEqualTo(NODES_AT_LOAD);
    }

    @Test
    void unfoldingTheFiltersBuildsTheirFields() {
        navigate(DashboardView.class);
        int atLoad = nodes(UI.getCurrent());

        find(Details.class).all().forEach(section -> test(section).openDetails());

        // Four fields, each at least one node.
        assertThat(nodes(UI.getCurrent())).isGreaterThanOrEqualTo(atLoad + 4);
    }

    private static int nodes(Component component) {
        int[] count = {0};
        component.getElement().getNode().visitNodeTree(node -> count[0]++);
        return count[0];
    }
}
