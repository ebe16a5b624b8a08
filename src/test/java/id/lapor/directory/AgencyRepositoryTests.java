package id.lapor.directory;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.JpaSliceTest;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;

/** The directory's queries on PostgreSQL, against a small directory of their own (the slice has no demo data). */
@JpaSliceTest
class AgencyRepositoryTests {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    AgencyRepository agencies;

    @Autowired
    CategoryRepository categories;

    @Autowired
    RegionRepository regions;

    Agency province;
    Agency city;
    Agency otherCity;
    Agency roads;
    Agency health;

    @BeforeEach
    void directory() {
        regions.save(new Region("64", "Kalimantan Timur", null));
        regions.save(new Region("64.72", "Kota Samarinda", "64"));
        regions.save(new Region("64.74", "Kota Bontang", "64"));
        province = agencies.save(new Agency("t-kaltim", "Pemerintah Provinsi Kalimantan Timur",
                AgencyLevel.PEMERINTAH_PROVINSI, null, "64", WITA));
        city = agencies.save(new Agency("t-bontang", "Pemerintah Kota Bontang", AgencyLevel.PEMERINTAH_KABUPATEN_KOTA,
                province, "64.74", WITA));
        otherCity = agencies.save(new Agency("t-samarinda", "Pemerintah Kota Samarinda",
                AgencyLevel.PEMERINTAH_KABUPATEN_KOTA, province, "64.72", WITA));
        roads = agencies.save(new Agency("t-bontang-dpupr", "Dinas PUPR Kota Bontang (100%_ jalan)", AgencyLevel.UNIT,
                city, "64.74", WITA));
        health = agencies.save(new Agency("t-bontang-dinkes", "Dinas Kesehatan Kota Bontang", AgencyLevel.UNIT, city,
                "64.74", WITA));
        agencies.save(new Agency("t-kaltim-bpbd", "BPBD Provinsi Kalimantan Timur", AgencyLevel.UNIT, province, "64",
                WITA));
    }

    @Test
    void aGovernmentsUnitsAreItsOwnByNameNotTheGovernmentsBelowIt() {
        assertThat(agencies.findUnitsOf(city)).extracting(Agency::getCode)
                .containsExactly("t-bontang-dinkes", "t-bontang-dpupr");
        assertThat(agencies.findUnitsOf(province)).extracting(Agency::getCode)
                .as("the cities under the province are governments, not its units").containsExactly("t-kaltim-bpbd");
        assertThat(agencies.findUnitsOf(otherCity)).isEmpty();
    }

    @Test
    void theGovernmentOfARegionIsFoundByLevelAndRegionCode() {
        assertThat(agencies.findFirstByLevelAndRegionCode(AgencyLevel.PEMERINTAH_KABUPATEN_KOTA, "64.74"))
                .contains(city);
        assertThat(agencies.findFirstByLevelAndRegionCode(AgencyLevel.PEMERINTAH_PROVINSI, "64")).contains(province);
        assertThat(agencies.findFirstByLevelAndRegionCode(AgencyLevel.PEMERINTAH_PROVINSI, "64.74"))
                .as("units and cities share the region code, not the level").isEmpty();
        assertThat(agencies.findFirstByLevel(AgencyLevel.NASIONAL)).map(Agency::getCode)
                .as("the root of every installation (V4)").contains("nasional");
        assertThat(agencies.findByCode("t-bontang-dpupr")).contains(roads);
        assertThat(agencies.findByCode("T-BONTANG-DPUPR")).as("codes are exact").isEmpty();
    }

    @Test
    void theSearchMatchesNameOrCodeAndTakesPercentAndUnderscoreLiterally() {
        assertThat(agencies.search("%kesehatan%", Limit.of(50))).containsExactly(health);
        assertThat(agencies.search("%t-bontang-d%", Limit.of(50))).extracting(Agency::getCode)
                .as("by code, ordered by name").containsExactly("t-bontang-dinkes", "t-bontang-dpupr");
        assertThat(agencies.search("%100\\%\\_%", Limit.of(50))).containsExactly(roads);
        assertThat(agencies.search("%kota\\_bontang%", Limit.of(50)))
                .as("an escaped underscore is no wildcard: no name holds 'kota_bontang'").isEmpty();
        assertThat(agencies.search("%bontang%", Limit.of(2))).hasSize(2);
    }

    @Test
    void theWholeDirectoryIsOrderedByName() {
        assertThat(agencies.findAllByOrderByName()).extracting(Agency::getCode).containsSubsequence("t-kaltim-bpbd",
                "t-bontang-dinkes", "t-bontang-dpupr", "t-bontang", "t-samarinda", "t-kaltim");
    }

    @Test
    void categoriesAreFoundByCodeAndListedByCode() {
        assertThat(categories.findByCode("INFRASTRUKTUR_JALAN")).map(Category::getParent).map(Category::getCode)
                .contains("INFRASTRUKTUR");
        assertThat(categories.findByCode("infrastruktur_jalan")).isEmpty();
        assertThat(categories.findAllByOrderByCode()).extracting(Category::getCode)
                .containsSubsequence("ADMINDUK", "ADMINDUK_AKTA", "INFRASTRUKTUR", "INFRASTRUKTUR_JALAN", "LAINNYA_UMUM")
                .isSorted();
    }
}
