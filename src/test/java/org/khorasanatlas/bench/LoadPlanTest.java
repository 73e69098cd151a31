package org.khorasanatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LoadPlanTest {

    @Test
    void defaultsToTheFullRunAndBoundsIt() {
        LoadPlan plan = LoadPlan.from(new Properties());

        assertThat(plan.steps()).containsExactly(25, 50, 100, 200, 400, 800, 1000, 1200, 1600);
        assertThat(plan.soakSessions()).isEqualTo(200);
        assertThat(plan.soak()).isEqualTo(Duration.ofMinutes(10));
        assertThat(plan.stepUpAtMost()).isEqualTo(Duration.ofSeconds(10 * 45));
        assertThat(plan.maxDuration()).isEqualTo(Duration.ofSeconds(10 * 45 + 20 + 600 + 180));
        assertThat(plan.options()).isEmpty();
    }

    @Test
    void readsShortTrialOptionsAndTreatsBlankAsDefault() {
        Properties properties = new Properties();
        properties.setProperty("load.steps", "10, 20");
        properties.setProperty("load.soak", "60s");
        properties.setProperty("load.hold", "");

        LoadPlan plan = LoadPlan.from(properties);

        assertThat(plan.steps()).containsExactly(10, 20);
        assertThat(plan.soak()).isEqualTo(Duration.ofSeconds(60));
        assertThat(plan.stepHold()).isEqualTo(Duration.ofSeconds(30));
        assertThat(plan.options()).isEqualTo(" -Dload.steps=10,20 -Dload.soak=1m");
    }

    @Test
    void parsesDurationsAndNamesBadOptions() {
        assertThat(LoadPlan.parseDuration("x", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(LoadPlan.parseDuration("x", "2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(LoadPlan.parseDuration("x", "45")).isEqualTo(Duration.ofSeconds(45));
        assertThatThrownBy(() -> LoadPlan.parseDuration("load.soak", "ten minutes"))
                .hasMessage("load.soak: not a duration such as 60s or 10m: \"ten minutes\"");
        Properties bad = new Properties();
        bad.setProperty("load.steps", "25,lots");
        assertThatThrownBy(() -> LoadPlan.from(bad)).hasMessageContaining("load.steps");
        bad.setProperty("load.steps", "0");
        assertThatThrownBy(() -> LoadPlan.from(bad)).hasMessageContaining("positive");
    }
}
