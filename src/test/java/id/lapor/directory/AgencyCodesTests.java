package id.lapor.directory;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agency by its code through the kept code-to-id mapping answers as the query by code does, also when the agency
 * is gone or comes anew under the same code; the verifying government of a region is looked up once per transaction
 * and is the same within it and outside one.
 */
@LaporIntegrationTest
class AgencyCodesTests {

    @Autowired AgencyCodes codes;
    @Autowired AgencyRepository agencies;
    @Autowired VerifierAssignment verifierAssignment;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void aKnownCodeIsTheAgencyOfThatCodeEachTime() {
        Agency first = codes.find("bontang-dpupr").orElseThrow();
        Agency again = codes.find("bontang-dpupr").orElseThrow();

        assertThat(first.getId()).isEqualTo(agencies.findByCode("bontang-dpupr").orElseThrow().getId());
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getName()).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang");
        transactions.executeWithoutResult(status -> assertThat(codes.find("bontang-dpupr").orElseThrow())
                .as("the transaction's own entity, as a query would give it")
                .isSameAs(codes.find("bontang-dpupr").orElseThrow()));
    }

    @Test
    void anUnknownCodeIsNoAgencyUntilItExists() {
        String code = "uji-kode-" + System.nanoTime();
        assertThat(codes.find(code)).isEmpty();
        assertThat(codes.find(null)).isEmpty();

        Long id = insertUnitOfBontang(code);
        try {
            assertThat(codes.find(code)).map(Agency::getId).contains(id);
        } finally {
            jdbc.update("delete from agency where id = ?", id);
        }
    }

    @Test
    void aCodeWhoseAgencyIsGoneIsNoAgencyAndAnewTheNewOne() {
        String code = "uji-kode-" + System.nanoTime();
        Long gone = insertUnitOfBontang(code);
        assertThat(codes.find(code)).map(Agency::getId).contains(gone);

        jdbc.update("delete from agency where id = ?", gone);
        assertThat(codes.find(code)).isEmpty();

        Long anew = insertUnitOfBontang(code);
        try {
            assertThat(anew).isNotEqualTo(gone);
            assertThat(codes.find(code)).map(Agency::getId).contains(anew);
        } finally {
            jdbc.update("delete from agency where id = ?", anew);
        }
    }

    @Test
    void theVerifyingGovernmentIsTheSameWithinATransactionAndOutside() {
        Agency outside = verifierAssignment.verifyingGovernment("64.74");
        assertThat(outside.getCode()).isEqualTo("kota-bontang");

        transactions.executeWithoutResult(status -> {
            Agency first = verifierAssignment.verifyingGovernment("64.74");
            assertThat(first.getCode()).isEqualTo("kota-bontang");
            assertThat(verifierAssignment.verifyingGovernment("64.74")).isSameAs(first);
            // another region in the same transaction: its own answer (a region without a government of its own: the
            // national administrator)
            assertThat(verifierAssignment.verifyingGovernment(null).getLevel()).isEqualTo(AgencyLevel.NASIONAL);
            assertThat(verifierAssignment.verifyingGovernment("64.74")).isSameAs(first);
        });
        assertThat(verifierAssignment.verifyingGovernment(null).getLevel()).isEqualTo(AgencyLevel.NASIONAL);
    }

    private Long insertUnitOfBontang(String code) {
        return jdbc.queryForObject("""
                insert into agency (code, name, level, parent_id, region_code, time_zone)
                values (?, 'Unit uji', 'UNIT', (select id from agency where code = 'kota-bontang'), '64.74', 'Asia/Makassar')
                returning id""", Long.class, code);
    }
}
