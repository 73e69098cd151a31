package org.khorasanatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackType;
import org.khorasanatlas.events.Branch;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.DatePrecision;
import org.khorasanatlas.events.TargetType;
import org.khorasanatlas.geodata.ProblemList;
import org.khorasanatlas.imports.GedCsvTest.UcdpFiles;
import org.khorasanatlas.places.LocationPrecision;
import org.khorasanatlas.region.TestCountries;
import org.khorasanatlas.sources.Source;

/** Each rule of the conversion on rules.csv, which has one row per rule (the comments in it are in this test). */
class UcdpConversionTest {

    private static Map<Integer, RowOutcome> byLine;

    @BeforeAll
    static void convertTheRulesFile() throws IOException {
        UcdpConversion conversion = new UcdpConversion(TestCountries.shipped(), Optional.of("25.1"));
        List<RowOutcome> outcomes = new ArrayList<>();
        ProblemList problems = new ProblemList("rules.csv");
        GedCsv.read(UcdpFiles.fixture("rules.csv"), problems, row -> outcomes.add(conversion.convert(row)));
        assertThat(problems.problems()).isEmpty();
        byLine = outcomes.stream().collect(Collectors.toMap(RowOutcome::line, Function.identity()));
    }

    @Test
    void skipsEachRowForTheFirstRuleItFails() {
        assertThat(skipped(5)).isEqualTo(SkipReason.NOT_ISLAMIC_STATE);
        assertThat(skipped(6)).isEqualTo(SkipReason.OUTSIDE_KHORASAN);
        assertThat(skipped(7)).as("Iran").isEqualTo(SkipReason.BRANCH_AMBIGUOUS);
        assertThat(skipped(8)).as("Pakistan, 2020").isEqualTo(SkipReason.BRANCH_AMBIGUOUS);
        assertThat(skipped(9)).as("date_prec 5").isEqualTo(SkipReason.DATE_TOO_IMPRECISE);
        assertThat(skipped(10)).as("a range across two months").isEqualTo(SkipReason.DATE_TOO_IMPRECISE);
        assertThat(skipped(12)).as("where_prec 6").isEqualTo(SkipReason.LOCATION_TOO_IMPRECISE);
        assertThat(skipped(13)).as("low 5 > best 3").isEqualTo(SkipReason.DEATHS_OUT_OF_ORDER);
        assertThat(skipped(14)).isEqualTo(SkipReason.ONLY_IS_DEATHS);
        assertThat(skipped(15)).as("Lahore coded as Afghanistan").isEqualTo(SkipReason.OUTSIDE_COUNTRY_OUTLINE);
        assertThat(byLine.values())
                .filteredOn(RowOutcome.Kept.class::isInstance)
                .extracting(RowOutcome::line)
                .containsExactlyInAnyOrder(2, 3, 11, 16, 17, 18);
    }

    @Test
    void carriesOverWhatUcdpRecordedAndNothingElse() {
        AttackEvent kabul = kept(2);

        assertThat(kabul.id()).isEqualTo("ucdp-9001");
        assertThat(kabul.name()).isEqualTo("IS – Civilians in Kabul district");
        assertThat(kabul.date()).isEqualTo(LocalDate.of(2018, 4, 22));
        assertThat(kabul.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(kabul.place()).isEqualTo("Dasht-e-Barchi, western Kabul");
        assertThat(kabul.admin1()).isEqualTo("Kabul");
        assertThat(kabul.country()).isEqualTo("AFG");
        assertThat(kabul.locationPrecision()).isEqualTo(LocationPrecision.TOWN);
        assertThat(kabul.casualties().killed().low()).isEqualTo(57);
        assertThat(kabul.casualties().killed().best()).isEqualTo(60);
        assertThat(kabul.casualties().killed().high()).isEqualTo(69);
        assertThat(kabul.casualties().killedNote())
                .contains("IS fighters included")
                .contains("civilians 60");
        assertThat(kabul.casualties().perpetratorsKilled()).isEmpty();
        assertThat(kabul.casualties().injured()).isEmpty();
        assertThat(kabul.target()).isEqualTo(TargetType.CIVILIANS);
        assertThat(kabul.attackType()).isEqualTo(AttackType.OTHER);
        assertThat(kabul.branch()).isEqualTo(Branch.ISKP);
    }

    @Test
    void aClaimIsNeverInferred() {
        AttackEvent kabul = kept(2);

        assertThat(kabul.claim().status()).isEqualTo(ClaimStatus.SUSPECTED);
        assertThat(kabul.claim().by()).isEqualTo("UCDP GED coding (IS coded as a side: IS – Civilians)");
        assertThat(kabul.claim().note())
                .startsWith("UCDP does not record claims of responsibility.")
                .contains("UCDP coded the event from: Test Wire (2018-04-22): Bomber kills 57 at \"voter centre\" in"
                        + " Kabul; Other Wire (2018-04-23): Toll rises to 60.")
                .endsWith("Original sources named by UCDP: officials, IS (Amaq).");
    }

    @Test
    void articlesThatAreNotTheUsualListAreKeptAsUcdpWroteThem() {
        assertThat(UcdpConversion.articles("\"AFP,2015-01-30,Blast\";\"Dawn,no date,Toll\""))
                .isEqualTo("AFP (2015-01-30): Blast; Dawn,no date,Toll");
        assertThat(UcdpConversion.articles("\"unclosed")).isEqualTo("\"unclosed");
        assertThat(UcdpConversion.articles("")).isEmpty();
    }

    @Test
    void citesTheUcdpRecordWithItsIdHeadlinesAndTheDownloadPage() {
        assertThat(kept(2).sources())
                .containsExactly(new Source(
                        "Uppsala Conflict Data Program (UCDP GED 25.1)",
                        "GED event 9001: Bomber kills 57 at \"voter centre\" in Kabul; Toll rises to 60",
                        LocalDate.of(2018, 4, 23),
                        URI.create("https://ucdp.uu.se/downloads/")));
    }

    @Test
    void aWeekInsideOneMonthIsKeptAsThatMonth() {
        AttackEvent achin = kept(11);

        assertThat(achin.date()).isEqualTo(LocalDate.of(2016, 7, 1));
        assertThat(achin.datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(achin.locationPrecision()).isEqualTo(LocationPrecision.DISTRICT);
    }

    @Test
    void governmentForcesAreTheTargetOfStateBasedViolenceAndTheTalibanAreNamedAfterAugust2021() {
        assertThat(kept(3).target()).isEqualTo(TargetType.GOVERNMENT);
        assertThat(kept(3).name()).startsWith("Government of Afghanistan – IS");
        assertThat(kept(16).name()).isEqualTo("Government of Afghanistan (Taliban) – IS in Jalalabad district");
        assertThat(kept(16).casualties().killedNote())
                .contains("Government of Afghanistan 2, IS 0, civilians 0, unknown 0.");
    }

    @Test
    void pakistanBeforeMay2019AndCentralAsiaCountForIskp() {
        assertThat(kept(17).country()).isEqualTo("PAK");
        assertThat(kept(17).branch()).isEqualTo(Branch.ISKP);
        assertThat(kept(18).country()).isEqualTo("TJK");
        assertThat(kept(18).branch()).isEqualTo(Branch.ISKP);
    }

    @Test
    void precisionCodesMapAsDocumented() {
        assertThat(UcdpConversion.locationPrecision(1)).contains(LocationPrecision.TOWN);
        assertThat(UcdpConversion.locationPrecision(2)).contains(LocationPrecision.TOWN);
        assertThat(UcdpConversion.locationPrecision(3)).contains(LocationPrecision.DISTRICT);
        assertThat(UcdpConversion.locationPrecision(4)).contains(LocationPrecision.PROVINCE);
        assertThat(UcdpConversion.locationPrecision(5)).isEmpty();
        assertThat(UcdpConversion.locationPrecision(7)).isEmpty();
        assertThat(UcdpConversion.target(2)).isEqualTo(TargetType.MILITARY);
    }

    private static SkipReason skipped(int line) {
        assertThat(byLine.get(line)).as("line " + line).isInstanceOf(RowOutcome.Skipped.class);
        return ((RowOutcome.Skipped) byLine.get(line)).reason();
    }

    private static AttackEvent kept(int line) {
        assertThat(byLine.get(line)).as("line " + line).isInstanceOf(RowOutcome.Kept.class);
        return ((RowOutcome.Kept) byLine.get(line)).event();
    }
}
