package org.khorasanatlas.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.select.NativeSelect;

import com.vaadin.flow.component.Composite;

/**
 * "All years" or one year, chosen from a list. A range made on the chart joins the list while it is shown,
 * so the select always says what the view holds.
 */
class PeriodSelect extends Composite<NativeSelect<YearRange>> {

    private final List<YearRange> fixed = new ArrayList<>();
    private final PeriodText text;
    private final Consumer<YearRange> onChoose;

    PeriodSelect(List<Integer> years, PeriodText text, Consumer<YearRange> onChoose) {
        this.text = text;
        this.onChoose = onChoose;
        fixed.add(YearRange.all());
        years.forEach(year -> fixed.add(YearRange.of(year)));
    }

    @Override
    protected NativeSelect<YearRange> initContent() {
        NativeSelect<YearRange> select =
                new NativeSelect<>(getTranslation("period.select"), PeriodSelect::key, text::label);
        select.setId("year-select");
        select.addChooseListener(onChoose);
        return select;
    }

    void show(YearRange years) {
        List<YearRange> wanted = new ArrayList<>(fixed);
        if (!fixed.contains(years)) {
            wanted.add(1, years);
        }
        getContent().setItems(wanted);
        getContent().setValue(years);
    }

    /** The option's value in the page: the years as the URL writes them. */
    private static String key(YearRange years) {
        return years.isAll() ? "all" : years.from() + "-" + years.to();
    }
}
