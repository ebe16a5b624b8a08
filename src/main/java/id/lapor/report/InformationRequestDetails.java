package id.lapor.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a request for public information says beyond the information itself (the report's title and description):
 * the purpose of using it ("tujuan penggunaan informasi", UU 14/2008 Pasal 4 ayat 3), how the requester wants to
 * obtain it and, for a copy, how to receive it (Pasal 22 ayat 2, Perki 1/2021). Not the requester's identity, which is
 * kept apart ({@link ReporterIdentity}). The delivery of a copy means nothing when no copy is wanted and is dropped.
 */
@Embeddable
public record InformationRequestDetails(
        @Column(name = "information_purpose") String purpose,
        @Enumerated(EnumType.STRING) @Column(name = "information_obtaining") ObtainingMethod obtainingMethod,
        @Enumerated(EnumType.STRING) @Column(name = "information_delivery") CopyDelivery copyDelivery) {

    public static final int MAX_PURPOSE_LENGTH = 2000;

    public InformationRequestDetails {
        purpose = purpose == null || purpose.isBlank() ? null : purpose.trim();
        copyDelivery = obtainingMethod == ObtainingMethod.VIEW ? null : copyDelivery;
    }
}
