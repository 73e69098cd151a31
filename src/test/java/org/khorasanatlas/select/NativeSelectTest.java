package org.khorasanatlas.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NativeSelectTest {

    private final NativeSelect<Integer> select = new NativeSelect<>("Speed", String::valueOf, ms -> ms / 1000.0 + " s");
    private final List<Integer> chosen = new ArrayList<>();

    NativeSelectTest() {
        select.setItems(List.of(500, 1000, 2000));
        select.setValue(1000);
        select.addChooseListener(chosen::add);
    }

    @Test
    void theBrowserGetsTheOptionsAsOnePropertyAndTheValueAsItsKey() {
        assertThat(select.getElement().getProperty("label")).isEqualTo("Speed");
        assertThat(select.getElement().getProperty("options"))
                .isEqualTo("[{\"value\":\"500\",\"label\":\"0.5 s\"},{\"value\":\"1000\",\"label\":\"1.0 s\"},"
                        + "{\"value\":\"2000\",\"label\":\"2.0 s\"}]");
        assertThat(select.getElement().getProperty("value")).isEqualTo("1000");
        assertThat(select.getElement().getChildCount()).isZero();
    }

    @Test
    void aChoiceOfAnOptionBecomesTheValueAndReachesTheListener() {
        ReaderChoice.choose(select, "2.0 s");

        assertThat(chosen).containsExactly(2000);
        assertThat(select.getValue()).isEqualTo(2000);
        assertThat(select.getElement().getProperty("value")).isEqualTo("2000");
    }

    @Test
    void aKeyTheOptionsDoNotHoldIsIgnored() {
        ReaderChoice.send(select, "750");
        ReaderChoice.send(select, "");

        assertThat(chosen).isEmpty();
        assertThat(select.getValue()).isEqualTo(1000);
    }

    @Test
    void twoOptionsWithOneKeyAreRefused() {
        assertThatThrownBy(() -> select.setItems(List.of(500, 500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("500");
    }
}
