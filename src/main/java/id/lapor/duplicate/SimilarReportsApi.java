package id.lapor.duplicate;

import id.lapor.directory.RegionRepository;
import id.lapor.platform.ClientRateLimit;
import id.lapor.platform.InvalidInputException;
import id.lapor.platform.TimeZoneProperties;
import id.lapor.platform.UserText;
import id.lapor.report.ReportType;
import id.lapor.report.TimelineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizen API of duplicate detection: similar public reports while a report is being written, and following a
 * public report instead of filing the same one again. The typed text is neither stored nor logged; answers carry no
 * reporter identity and never a confidential (RAHASIA) report.
 */
@RestController
class SimilarReportsApi {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;

    /** A similar public report, as the portal shows it. */
    record SimilarReportItem(String trackingNumber, String title, String agency, String status, String statusText,
            Instant submittedAt, String submittedText, double score, String url, String followUrl) {
    }

    record SimilarReportsAnswer(List<SimilarReportItem> results) {
    }

    /** Who wants to follow: an email address, a phone number, or both (news goes to the email then). */
    record FollowRequest(
            @Email(message = "{api.email.invalid}")
            @Size(max = 200, message = "{follow.email.too-long}") String email,
            @Pattern(regexp = "\\+?[0-9 -]{8,20}", message = "{follow.phone.invalid}") String phone) {
    }

    record FollowAnswer(String trackingNumber, boolean following) {
    }

    private final SimilarReports similarReports;
    private final ReportFollowers followers;
    private final RegionRepository regions;
    private final TimelineText text;
    private final DuplicateProperties properties;
    private final ClientRateLimit searches;
    private final ClientRateLimit follows;
    private final ZoneId displayZone;

    SimilarReportsApi(SimilarReports similarReports, ReportFollowers followers, RegionRepository regions,
            TimelineText text, DuplicateProperties properties, FollowRateLimits limits,
            TimeZoneProperties timeZone) {
        this.displayZone = timeZone.getDefaultTimeZone();
        this.similarReports = similarReports;
        this.followers = followers;
        this.regions = regions;
        this.text = text;
        this.properties = properties;
        this.searches = limits.searches();
        this.follows = limits.follows();
    }

    @GetMapping("/api/reports/similar")
    @Operation(operationId = "findSimilarReports", tags = "Reports", summary = "Public reports similar to a report being "
            + "written", description = "Laporan publik 90 hari terakhir yang mirip dengan laporan yang sedang ditulis, "
                    + "skor 0 sampai 1, terbaik dahulu; tanpa laporan rahasia dan tanpa identitas pelapor; teks yang "
                    + "diketik tidak disimpan. / For the portal and the mobile apps while a citizen writes a report: public reports of the "
                    + "last 90 days in the same category or region with a similar title or description, best first, "
                    + "with a score from 0 to 1. Never a confidential (RAHASIA) report, never a reporter's identity. "
                    + "Title and description together need at least 10 characters. The text is not stored. Texts "
                    + "follow Accept-Language (id by default, en).")
    @ApiResponse(responseCode = "200", description = "The similar reports (possibly none)")
    @ApiResponse(responseCode = "400", description = "Teks terlalu pendek atau panjang, kategori, wilayah atau jenis tidak "
            + "dikenal / too short or too long a text, an unknown category, region or type")
    @ApiResponse(responseCode = "429", description = "Terlalu banyak pencarian dari alamat ini; tunggu Retry-After / too "
            + "many searches from this address; wait for Retry-After")
    ResponseEntity<SimilarReportsAnswer> similar(
            @Parameter(description = "The title typed so far") @RequestParam(required = false) String title,
            @Parameter(description = "The description typed so far") @RequestParam(required = false) String description,
            @Parameter(description = "Category code (GET /api/categories)") @RequestParam(required = false) String category,
            @Parameter(description = "Region code (GET /api/regions)") @RequestParam(required = false) String region,
            @Parameter(description = "ADUAN, ASPIRASI or PERMINTAAN_INFORMASI") @RequestParam(required = false) String type,
            Locale locale, HttpServletRequest request) {
        SimilarityQuery query = new SimilarityQuery(title, description, category, region, null);
        Map<String, String> errors = new LinkedHashMap<>();
        if (query.title().length() > MAX_TITLE) {
            errors.put("title", UserText.both("similar.title.too-long", MAX_TITLE));
        }
        if (query.description().length() > MAX_DESCRIPTION) {
            errors.put("description", UserText.both("similar.description.too-long", MAX_DESCRIPTION));
        }
        if (errors.isEmpty() && query.length() < properties.minQueryLength()) {
            errors.put("title", UserText.both("similar.query.too-short", properties.minQueryLength()));
        }
        if (!similarReports.knownCategory(query.categoryCode())) {
            errors.put("category", UserText.both("similar.category.unknown", query.categoryCode()));
        }
        if (query.regionCode() != null && !regions.existsById(query.regionCode())) {
            errors.put("region", UserText.both("similar.region.unknown", query.regionCode()));
        }
        ReportType reportType = type == null || type.isBlank() ? null
                : Arrays.stream(ReportType.values()).filter(t -> t.name().equals(type.trim())).findFirst().orElse(null);
        if (type != null && !type.isBlank() && reportType == null) {
            errors.put("type", UserText.both("similar.type.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputs(errors);
        }
        limit(searches, request);
        List<SimilarReportItem> items = reportType == ReportType.PERMINTAAN_INFORMASI ? List.of()
                : similarReports.forPublic(query).stream().map(found -> item(found, locale)).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(new SimilarReportsAnswer(items));
    }

    @PostMapping("/api/reports/{trackingNumber}/followers")
    @Operation(operationId = "followReport", tags = "Tracking", summary = "Follow a public report",
            description = "Warga mendapat kabar perkembangan laporan publik (diteruskan, jawaban akhir, selesai) lewat "
                    + "email, atau SMS bila tanpa email, daripada mengirim laporan yang sama lagi. / The citizen hears of the report's progress (forwarded, final answer, closed) by email, or "
                    + "by SMS without an email, instead of filing the same report again. A report merged into another "
                    + "as a duplicate leads to that one (the answer names it). Following again with the same address "
                    + "changes nothing; the answer is the same either way. Every message has a link to stop following.")
    @ApiResponse(responseCode = "200", description = "Diikuti: laporan yang kini diikuti / followed: the report now "
            + "followed")
    @ApiResponse(responseCode = "400", description = "Tanpa email dan telepon, atau yang tidak valid / neither email nor "
            + "phone, or an invalid one")
    @ApiResponse(responseCode = "404", description = "Tidak ada laporan publik dengan nomor ini / no such public report")
    @ApiResponse(responseCode = "409", description = "Laporan sudah selesai: tidak ada lagi yang diikuti / the report is "
            + "finished: nothing left to follow")
    @ApiResponse(responseCode = "429", description = "Terlalu banyak permintaan mengikuti dari alamat ini; tunggu "
            + "Retry-After / too many follow requests from this address; wait for Retry-After")
    FollowAnswer follow(@PathVariable String trackingNumber, @Valid @RequestBody FollowRequest body, Locale locale,
            HttpServletRequest request) {
        if (isBlank(body.email()) && isBlank(body.phone())) {
            throw new InvalidInputException("email", UserText.of("follow.contact.required"));
        }
        limit(follows, request);
        ReportFollowers.Following following = followers.follow(trackingNumber, body.email(), body.phone(),
                locale.getLanguage());
        return new FollowAnswer(following.trackingNumber(), true);
    }

    private SimilarReportItem item(SimilarReport found, Locale locale) {
        String url = properties.publicReportPath().replace("{number}", found.trackingNumber());
        return new SimilarReportItem(found.trackingNumber(), found.title(), found.agencyName(), found.status().name(),
                text.status(found.status(), locale), found.submittedAt(),
                DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(found.submittedAt().atZone(displayZone)),
                found.roundedScore(), url, found.open() ? "/laporan/" + found.trackingNumber() + "/ikuti" : null);
    }

    static void limit(ClientRateLimit limit, HttpServletRequest request) {
        Duration wait = limit.acquire(request.getRemoteAddr());
        if (wait != null) {
            throw new TooManyRequestsException(wait);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
