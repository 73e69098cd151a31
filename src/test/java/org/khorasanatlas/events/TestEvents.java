package org.khorasanatlas.events;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import org.khorasanatlas.places.GeoPoint;
import org.khorasanatlas.places.LocationPrecision;
import org.khorasanatlas.sources.Source;

/**
 * Builds {@link AttackEvent}s for tests: a plain, valid Kabul bombing unless a test says otherwise, so each
 * test names only the facts it is about.
 */
public final class TestEvents {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestEvents() {}

    /** An attack on {@code isoDate} killing exactly {@code killed} people. */
    public static AttackEvent event(String isoDate, int killed) {
        return on(isoDate).killed(killed).build();
    }

    /** These attacks as a filter finds them: in a catalog of their own, all years. */
    public static FoundAttacks found(List<AttackEvent> events) {
        return new AttackCatalog(events).find(EventFilter.allYears());
    }

    public static Builder on(String isoDate) {
        return new Builder(LocalDate.parse(isoDate));
    }

    public static final class Builder {

        private LocalDate date;
        private String id;
        private String name = "Test bombing";
        private DatePrecision datePrecision = DatePrecision.DAY;
        private String country = "AFG";
        private GeoPoint location = new GeoPoint(34.5253, 69.1783);
        private CasualtyRange killed = CasualtyRange.NONE;
        private OptionalInt perpetratorsKilled = OptionalInt.empty();
        private Optional<InjuryRange> injured = Optional.empty();
        private ClaimStatus claimStatus = ClaimStatus.CLAIMED;
        private Branch branch = Branch.ISKP;

        private Builder(LocalDate date) {
            this.date = date;
            this.id = date + "-test-" + COUNTER.incrementAndGet();
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder precision(DatePrecision precision) {
            this.datePrecision = precision;
            return this;
        }

        public Builder at(String country, double latitude, double longitude) {
            this.country = country;
            this.location = new GeoPoint(latitude, longitude);
            return this;
        }

        public Builder killed(int exactly) {
            return killed(exactly, exactly, exactly);
        }

        public Builder killed(int low, int best, int high) {
            this.killed = new CasualtyRange(low, best, high);
            return this;
        }

        public Builder perpetratorsKilled(int perpetrators) {
            this.perpetratorsKilled = OptionalInt.of(perpetrators);
            return this;
        }

        public Builder injured(int low, int high) {
            this.injured = Optional.of(new InjuryRange(low, high));
            return this;
        }

        public Builder claim(ClaimStatus status) {
            this.claimStatus = status;
            return this;
        }

        public Builder branch(Branch branch) {
            this.branch = branch;
            return this;
        }

        public AttackEvent build() {
            Source source = new Source("Test Wire", "Test report", date, URI.create("https://example.org/" + id));
            return new AttackEvent(
                    id,
                    name,
                    date,
                    datePrecision,
                    "Test place",
                    "Kabul",
                    country,
                    location,
                    LocationPrecision.TOWN,
                    new Casualties(killed, "", perpetratorsKilled, injured, ""),
                    TargetType.CIVILIANS,
                    AttackType.BOMBING,
                    new Claim(claimStatus, "Test claimant", ""),
                    branch,
                    List.of(source),
                    Optional.empty());
        }
    }
}
