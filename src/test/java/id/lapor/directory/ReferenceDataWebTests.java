package id.lapor.directory;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.WebSliceTest;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reference data a client needs to file a report (categories, regions, agencies) and the directory's search with
 * its refusal, in the web slice with the real repositories on PostgreSQL and a small directory of its own (moved from
 * {@code CitizenApiTests}, which ran them on the whole application and its demo directory). The served OpenAPI
 * document's promises for these operations and their anonymous access are checked on the whole application
 * ({@code DocumentedOperationsFuzzTests}, {@code ApiContractTests}).
 */
@WebSliceTest({DirectoryController.class, CategoryController.class})
class ReferenceDataWebTests {

    @Autowired MockMvc mvc;
    @Autowired AgencyRepository agencies;
    @Autowired RegionRepository regions;

    @BeforeEach
    void directory() {
        ZoneId wita = ZoneId.of("Asia/Makassar");
        regions.save(new Region("64", "Kalimantan Timur", null));
        regions.save(new Region("64.74", "Kota Bontang", "64"));
        Agency city = agencies.save(new Agency("kota-bontang", "Pemerintah Kota Bontang",
                AgencyLevel.PEMERINTAH_KABUPATEN_KOTA, null, "64.74", wita));
        agencies.save(new Agency("bontang-dpupr", "Dinas PUPR Kota Bontang", AgencyLevel.UNIT, city, "64.74", wita));
        agencies.save(new Agency("bontang-dinkes", "Dinas Kesehatan Kota Bontang", AgencyLevel.UNIT, city, "64.74", wita));
        Agency ministry = agencies.save(new Agency("kemen-pu", "Kementerian Pekerjaan Umum", AgencyLevel.KEMENTERIAN,
                null, null, ZoneId.of("Asia/Jakarta")));
        agencies.save(new Agency("kemen-pu-bina-marga", "Direktorat Jenderal Bina Marga", AgencyLevel.UNIT, ministry,
                null, ZoneId.of("Asia/Jakarta")));
    }

    @Test
    void referenceDataListsTheCodesAClientNeeds() throws Exception {
        mvc.perform(get("/api/categories")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'INFRASTRUKTUR_JALAN')].parentCode").value(hasItems("INFRASTRUKTUR")));
        mvc.perform(get("/api/regions")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '64.74')].name").value(hasItems("Kota Bontang")));
        mvc.perform(get("/api/agencies")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'bontang-dpupr')].timeZone").value(hasItems("Asia/Makassar")))
                .andExpect(jsonPath("$[?(@.code == 'bontang-dpupr')].parentCode").value(hasItems("kota-bontang")));
    }

    /** With the demo directory the code "bontang-d" found its 5 units; here the 2 of this directory. */
    @Test
    void theDirectoryIsSearchedByNameOrCode() throws Exception {
        mvc.perform(get("/api/agencies").param("q", " Bina Marga")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(contains("kemen-pu-bina-marga")));
        mvc.perform(get("/api/agencies").param("q", "bontang-d")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/agencies").param("q", "100%_")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/agencies").param("q", "x")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("q antara 2 dan 100 karakter")));
    }
}
