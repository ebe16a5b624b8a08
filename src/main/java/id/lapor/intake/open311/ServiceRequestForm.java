package id.lapor.intake.open311;

import id.lapor.platform.UserText;
import id.lapor.report.IncidentDates;
import id.lapor.report.ReportType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a GeoReport {@code POST requests} (application/x-www-form-urlencoded), read and checked: every problem
 * is collected with a description that says what to send instead, in Bahasa Indonesia and English.
 */
record ServiceRequestForm(
        String serviceCode,
        String jurisdictionId,
        BigDecimal latitude,
        BigDecimal longitude,
        String address,
        String description,
        String email,
        String name,
        String phone,
        String accountId,
        String mediaUrl,
        ReportType type,
        String title,
        LocalDate incidentDate,
        boolean anonymous,
        boolean confidential) {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_TITLE = 200;

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]*)\\](\\[\\])?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");

    /**
     * Reads the request's parameters. {@code today} is the reporter's today (an incident cannot lie after it), and the
     * default incident date.
     *
     * @throws GeoReportException (400) listing every missing or invalid field
     */
    static ServiceRequestForm read(Map<String, String[]> parameters, LocalDate today) {
        Reader in = new Reader(parameters);
        String serviceCode = in.text("service_code", 60);
        if (serviceCode == null && in.fresh("service_code")) {
            in.problem(UserText.both("open311.error.service-code.required"));
        }
        String jurisdiction = in.text("jurisdiction_id", 100);

        BigDecimal latitude = in.coordinate("lat", 90);
        BigDecimal longitude = in.coordinate("long", 180);
        if ((latitude == null) != (longitude == null) && in.fresh("lat") && in.fresh("long")) {
            in.problem(UserText.both("open311.error.lat-long.together"));
        }
        String addressString = in.text("address_string", 400);
        String addressId = in.text("address_id", 60);
        boolean located = (latitude != null && longitude != null) || addressString != null || addressId != null;
        if (!located && in.fresh("lat") && in.fresh("long") && in.fresh("address_string") && in.fresh("address_id")) {
            in.problem(UserText.both("open311.error.location.required"));
        }
        String address = addressString;
        if (addressId != null) {
            address = addressString == null ? "address_id " + addressId : addressString + " (address_id " + addressId + ")";
        }

        String description = in.text("description", MAX_DESCRIPTION);
        if (description == null && in.fresh("description")) {
            in.problem(UserText.both("open311.error.description.required"));
        }
        String email = in.text("email", 200);
        if (email != null && !EMAIL.matcher(email).matches()) {
            in.problem(UserText.both("open311.error.email.invalid"));
        }
        String phone = in.text("phone", 30);
        if (phone != null) {
            phone = phone.replaceAll("[\\s().-]", "");
            if (!PHONE.matcher(phone).matches()) {
                in.problem(UserText.both("open311.error.phone.invalid"));
            }
        }
        String firstName = in.text("first_name", 60);
        String lastName = in.text("last_name", 60);
        String name = firstName == null ? lastName : lastName == null ? firstName : firstName + " " + lastName;
        String accountId = in.text("account_id", 100);
        in.text("device_id", 200); // accepted and not kept: nothing needs it, and it identifies a person's device
        String mediaUrl = in.text("media_url", 500);
        if (mediaUrl != null && !isWebAddress(mediaUrl)) {
            in.problem(UserText.both("open311.error.media-url.invalid"));
        }

        Map<String, String> attributes = in.attributes();
        ReportType type = ReportType.ADUAN;
        String typeValue = attributes.get(ServiceCatalog.REPORT_TYPE);
        if (typeValue != null) {
            try {
                type = ReportType.valueOf(typeValue.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                in.problem(UserText.both("open311.error.attribute.report-type"));
            }
        }
        String title = attributes.get(ServiceCatalog.TITLE);
        if (title != null && (title.length() > MAX_TITLE || title.contains("\n"))) {
            in.problem(UserText.both("open311.error.attribute.title"));
        }
        LocalDate incidentDate = today;
        String dateValue = attributes.get(ServiceCatalog.INCIDENT_DATE);
        if (dateValue != null) {
            incidentDate = incidentDate(dateValue);
            if (incidentDate == null) {
                in.problem(UserText.both("open311.error.attribute.incident-date"));
            } else {
                IncidentDates.problem(incidentDate, today).ifPresent(problem ->
                        in.problem("attribute[INCIDENT_DATE]: " + problem));
            }
        }
        boolean anonymous = in.yesNo(attributes, ServiceCatalog.ANONYMOUS);
        boolean confidential = in.yesNo(attributes, ServiceCatalog.CONFIDENTIAL);

        if (!in.problems.isEmpty()) {
            throw GeoReportException.badRequest(in.problems);
        }
        return new ServiceRequestForm(serviceCode, jurisdiction, latitude, longitude, address, description, email, name,
                phone, accountId, mediaUrl, type, title == null ? titleFrom(description) : title, incidentDate,
                anonymous, confidential);
    }

    /** A title for a report sent without one: its first sentence or line, shortened to whole words. */
    static String titleFrom(String description) {
        String first = description.strip().split("\\R", 2)[0];
        Matcher sentence = Pattern.compile("^(.+?[.!?])(\\s|$)").matcher(first);
        if (sentence.find()) {
            first = sentence.group(1);
        }
        int limit = 100;
        if (first.length() <= limit) {
            return first;
        }
        int cut = first.lastIndexOf(' ', limit - 1);
        return first.substring(0, cut > 20 ? cut : limit - 1).strip() + "…";
    }

    private static LocalDate incidentDate(String value) {
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && uri.getHost() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Reads parameters and collects problems; "fresh" = no problem reported yet about that field. */
    private static final class Reader {

        private final Map<String, String[]> parameters;
        private final List<String> problems = new ArrayList<>();
        private final Set<String> faulty = new HashSet<>();

        Reader(Map<String, String[]> parameters) {
            this.parameters = parameters;
        }

        void problem(String description) {
            problems.add(description);
        }

        boolean fresh(String field) {
            return !faulty.contains(field);
        }

        /** The first non-blank value, trimmed; "Optional" fields sent empty count as not sent (as the spec says). */
        String text(String field, int maxLength) {
            String[] values = parameters.get(field);
            if (values == null) {
                return null;
            }
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    String text = value.strip();
                    if (text.length() > maxLength) {
                        faulty.add(field);
                        problem(UserText.both("open311.error.too-long", field, maxLength));
                        return null;
                    }
                    return text;
                }
            }
            return null;
        }

        BigDecimal coordinate(String field, int bound) {
            String text = text(field, 30);
            if (text == null) {
                return null;
            }
            try {
                BigDecimal value = new BigDecimal(text);
                if (value.abs().compareTo(BigDecimal.valueOf(bound)) <= 0) {
                    return value.setScale(Math.min(Math.max(value.scale(), 0), 6), RoundingMode.HALF_UP);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            faulty.add(field);
            problem(UserText.both("open311.error.coordinate.invalid", field, bound));
            return null;
        }

        /** attribute[CODE]=value (and attribute[CODE][]=value): one value per known code. */
        Map<String, String> attributes() {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
                Matcher matcher = ATTRIBUTE.matcher(parameter.getKey());
                if (!matcher.matches()) {
                    continue;
                }
                String code = matcher.group(1).trim().toUpperCase(Locale.ROOT);
                if (!ServiceCatalog.ATTRIBUTES.contains(code)) {
                    problem(UserText.both("open311.error.attribute.unknown", matcher.group(1), ServiceCatalog.ATTRIBUTES));
                    continue;
                }
                String value = text(parameter.getKey(), code.equals(ServiceCatalog.TITLE) ? 1000 : 100);
                if (value != null) {
                    attributes.put(code, value);
                }
            }
            return attributes;
        }

        boolean yesNo(Map<String, String> attributes, String code) {
            String value = attributes.get(code);
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "ya", "yes", "1" -> true;
                case "false", "tidak", "no", "0" -> false;
                default -> {
                    problem(UserText.both("open311.error.attribute.boolean", code));
                    yield false;
                }
            };
        }
    }
}
