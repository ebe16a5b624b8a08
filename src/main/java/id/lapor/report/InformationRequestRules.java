package id.lapor.report;

import id.lapor.platform.UserText;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request for public information must say when a requester fills in a form themselves (the portal, the citizen
 * API), after UU 14/2008 (Pasal 4 ayat 3, Pasal 22) and Perki 1/2021: who asks (a name and a way to reach them: a
 * request is not anonymous), the purpose of using the information, how to obtain it and, for a copy, how to receive
 * it. The information requested is the report's title and description; an incident date means nothing here. Channels
 * that cannot ask all this (SMS, social media, Open311, a letter recorded by staff) are not held to it: the PPID asks
 * the requester when something is missing.
 */
public final class InformationRequestRules {

    /** A missing part, with the field of the citizen API it belongs to and its message (Indonesian / English). */
    public enum Problem {
        PURPOSE_MISSING("informationRequest.purpose",
                UserText.both("information-request.missing.purpose")),
        OBTAINING_METHOD_MISSING("informationRequest.obtainingMethod",
                UserText.both("information-request.missing.obtaining-method")),
        COPY_DELIVERY_MISSING("informationRequest.copyDelivery",
                UserText.both("information-request.missing.copy-delivery")),
        NAME_MISSING("reporter.name",
                UserText.both("information-request.missing.name")),
        CONTACT_MISSING("reporter.email",
                UserText.both("information-request.missing.contact")),
        EMAIL_FOR_DELIVERY_MISSING("reporter.email",
                UserText.both("information-request.missing.email-for-delivery")),
        POSTAL_ADDRESS_MISSING("reporter.address",
                UserText.both("information-request.missing.postal-address")),
        ANONYMOUS("anonymous",
                UserText.both("information-request.missing.anonymous"));

        private final String apiField;
        private final String message;

        Problem(String apiField, String message) {
            this.apiField = apiField;
            this.message = message;
        }

        /** The field of the citizen API ({@code POST /api/reports}) the problem is reported under. */
        public String apiField() {
            return apiField;
        }

        /** Indonesian / English, for the citizen API. */
        public String message() {
            return message;
        }
    }

    /** The requester as a form gives them; every part may be null. */
    public record Requester(boolean anonymous, String name, String email, String phone, String postalAddress) {
    }

    private InformationRequestRules() {
    }

    /** Everything missing from a request for public information, in the order of the form; empty when complete. */
    public static List<Problem> problems(InformationRequestDetails details, Requester requester) {
        List<Problem> problems = new ArrayList<>();
        if (details == null || details.purpose() == null) {
            problems.add(Problem.PURPOSE_MISSING);
        }
        if (details == null || details.obtainingMethod() == null) {
            problems.add(Problem.OBTAINING_METHOD_MISSING);
        } else if (details.obtainingMethod().isCopy() && details.copyDelivery() == null) {
            problems.add(Problem.COPY_DELIVERY_MISSING);
        }
        if (requester.anonymous()) {
            problems.add(Problem.ANONYMOUS);
        }
        if (blank(requester.name())) {
            problems.add(Problem.NAME_MISSING);
        }
        CopyDelivery delivery = details == null ? null : details.copyDelivery();
        if (delivery == CopyDelivery.EMAIL && blank(requester.email())) {
            problems.add(Problem.EMAIL_FOR_DELIVERY_MISSING);
        } else if (blank(requester.email()) && blank(requester.phone())) {
            problems.add(Problem.CONTACT_MISSING);
        }
        if (delivery == CopyDelivery.POST && blank(requester.postalAddress())) {
            problems.add(Problem.POSTAL_ADDRESS_MISSING);
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
