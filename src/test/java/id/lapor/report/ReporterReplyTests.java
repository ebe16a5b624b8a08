package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.platform.ReportStateException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When a reporter's reply is awaited ({@link ReporterReply}), without Spring: every reply against every status of
 * every type of report, with the refusal's message and the timeline event it is recorded as.
 */
class ReporterReplyTests {

    /** The only status in which each reply is awaited, and the types of report it is awaited for. */
    static final Map<ReporterReply, ReportStatus> AWAITED_IN = Map.of(
            ReporterReply.CLARIFICATION_ANSWER, ReportStatus.MENUNGGU_KLARIFIKASI,
            ReporterReply.CONFIRMATION, ReportStatus.MENUNGGU_KONFIRMASI,
            ReporterReply.DISPUTE, ReportStatus.MENUNGGU_KONFIRMASI,
            ReporterReply.OBJECTION, ReportStatus.MASA_KEBERATAN);
    static final Map<ReporterReply, Set<ReportType>> AWAITED_FOR = Map.of(
            ReporterReply.CLARIFICATION_ANSWER, Set.of(ReportType.values()),
            ReporterReply.CONFIRMATION, Set.of(ReportType.values()),
            ReporterReply.DISPUTE, Set.of(ReportType.values()),
            ReporterReply.OBJECTION, Set.of(ReportType.PERMINTAAN_INFORMASI));

    static final String NOT_AWAITING_CONFIRMATION =
            "Laporan ini tidak sedang menunggu konfirmasi / this report is not awaiting confirmation";
    static final Map<ReporterReply, String> REFUSAL = Map.of(
            ReporterReply.CLARIFICATION_ANSWER,
            "Laporan ini tidak sedang menunggu klarifikasi / this report is not awaiting a clarification",
            ReporterReply.CONFIRMATION, NOT_AWAITING_CONFIRMATION,
            ReporterReply.DISPUTE, NOT_AWAITING_CONFIRMATION,
            ReporterReply.OBJECTION, "Keberatan hanya dapat diajukan atas permintaan informasi yang sudah dijawab, "
                    + "ditolak atau lewat tenggat, dalam 30 hari kerja / an objection can only be filed within 30 "
                    + "working days after an information request was answered, refused or not answered in time");

    static Stream<Arguments> everyReplyTypeAndStatus() {
        return Arrays.stream(ReporterReply.values()).flatMap(reply -> Arrays.stream(ReportType.values())
                .flatMap(type -> Arrays.stream(ReportStatus.values())
                        .map(status -> Arguments.of(reply, type, status))));
    }

    @ParameterizedTest(name = "{0} to {1} in {2}")
    @MethodSource("everyReplyTypeAndStatus")
    void aReplyIsAwaitedInItsOneStatusOnlyAndRefusedWithItsMessageOtherwise(ReporterReply reply, ReportType type,
            ReportStatus status) {
        Report report = ReportFixtures.reportIn(type, status);
        boolean awaited = AWAITED_IN.get(reply) == status && AWAITED_FOR.get(reply).contains(type);

        assertThat(reply.isAwaitedBy(report)).isEqualTo(awaited);
        if (awaited) {
            assertThatCode(() -> reply.requireAwaitedBy(report)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> reply.requireAwaitedBy(report)).isInstanceOf(ReportStateException.class)
                    .hasMessage(REFUSAL.get(reply));
        }
        assertThat(report.getStatus()).as("asking changes nothing").isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(ReporterReply.class)
    void eachReplyGoesOnTheTimelineAsItsOwnEventShownToTheReporter(ReporterReply reply) {
        assertThat(reply.event().isShownToReporter()).isTrue();
        assertThat(reply.event()).isEqualTo(switch (reply) {
            case CLARIFICATION_ANSWER -> ReportEventType.CLARIFICATION_PROVIDED;
            case CONFIRMATION -> ReportEventType.CONFIRMED;
            case DISPUTE -> ReportEventType.DISPUTED;
            case OBJECTION -> ReportEventType.OBJECTION_FILED;
        });
    }
}
