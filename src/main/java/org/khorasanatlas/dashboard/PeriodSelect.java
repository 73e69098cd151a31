package org.khorasanatlas.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.khorasanatlas.events.YearRange;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;

/**
 * "All years" or one year, chosen from a list. A range made on the chart joins the list while it is shown,
 * so the select always says what the view holds.
 */
class PeriodSelect extends Composite<Select<YearRange>> {

    private final List<YearRange> fixed = new ArrayList<>();
    private final PeriodText text;
    private final Consumer<YearRange> onChoose;
    private List<YearRange> items = List.of();

    PeriodSelect(List<Integer> years, PeriodText text, Consumer<YearRange> onChoose) {
        this.text = text;
        this.onChoose = onChoose;
        fixed.add(YearRange.all());
        years.forEach(year -> fixed.add(YearRange.of(year)));
    }

    @Override
    protected Select<YearRange> initContent() {
        Select<YearRange> select = new Select<>();
        select.setId("year-select");
        select.setLabel(getTranslation("period.select"));
        select.setItemLabelGenerator(text::label);
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                onChoose.accept(change.getValue());
            }
        });
        return select;
    }

    void show(YearRange years) {
        List<YearRange> wanted = new ArrayList<>(fixed);
        if (!fixed.contains(years)) {
            wanted.add(1, years);
        }
        if (!wanted.equals(items)) {
            items = List.copyOf(wanted);
            getContent().setItems(items);
        }
        getContent().setValue(years);
    }
}
