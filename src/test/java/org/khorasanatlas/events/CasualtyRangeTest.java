package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CasualtyRangeTest {

    @Test
    void acceptsOrderedFigures() {
        assertThat(new CasualtyRange(170, 183, 185).best()).isEqualTo(183);
        assertThat(new CasualtyRange(0, 0, 0)).isEqualTo(CasualtyRange.NONE);
    }

    @Test
    void rejectsLowAboveBest() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CasualtyRange(13, 12, 15));
    }

    @Test
    void rejectsBestAboveHigh() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CasualtyRange(10, 16, 15));
    }

    @Test
    void rejectsNegativeFigures() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CasualtyRange(-1, 0, 0));
    }

    @Test
    void addsEachBound() {
        assertThat(new CasualtyRange(1, 2, 3).plus(new CasualtyRange(10, 20, 30)))
                .isEqualTo(new CasualtyRange(11, 22, 33));
    }

    @Test
    void isExactOnlyWhenSourcesAgree() {
        assertThat(new CasualtyRange(61, 61, 61).isExact()).isTrue();
        assertThat(new CasualtyRange(22, 22, 35).isExact()).isFalse();
    }

    @Test
    void injuryRangeRejectsLowAboveHigh() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InjuryRange(40, 30));
        assertThatIllegalArgumentException().isThrownBy(() -> new InjuryRange(-1, 30));
    }

    @Test
    void injuryRangeAddsEachBound() {
        assertThat(new InjuryRange(20, 30).plus(new InjuryRange(1, 2))).isEqualTo(new InjuryRange(21, 32));
        assertThat(new InjuryRange(20, 20).isExact()).isTrue();
    }
}
