package id.lapor.intake.attachment;

import id.lapor.platform.CamundaLogin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Staff (HTTP Basic with a Camunda user) attach evidence to a report or one of its follow-ups. */
@RestController
@Tag(name = "Attachments")
@SecurityRequirement(name = "staff")
class StaffAttachmentController {

    record AttachmentView(Long id, Long followUpId, String fileName, String mediaType, long size, Instant createdAt, String url) {
    }

    private final PostingEvidence postingEvidence;
    private final AttachmentLinks links;

    StaffAttachmentController(PostingEvidence postingEvidence, AttachmentLinks links) {
        this.postingEvidence = postingEvidence;
        this.links = links;
    }

    @PostMapping(path = "/api/staff/reports/{trackingNumber}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "attachEvidence", summary = "Attach evidence (images, PDF) to a report, optionally to "
            + "one follow-up", description = "Penghubung instansi yang memegang laporan dan verifikatornya melampirkan "
                    + "bukti (JPEG, PNG, GIF, WebP, PDF; jenis dikenali dari isinya) pada laporan atau satu tindak "
                    + "lanjut (`followUpId`). Berkas ditolak dengan 400 beserta alasannya. / Liaisons of the holding "
                    + "agency and the report's verifiers attach evidence (JPEG, PNG, GIF, WebP, PDF; the type is detected "
                    + "from the content) to a report or one follow-up (`followUpId`). A refused file gets 400 with the "
                    + "reason.")
    List<AttachmentView> attach(@PathVariable String trackingNumber,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(required = false) Long followUpId, Authentication staff) throws IOException {
        List<AttachmentFile> received = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())) {
                received.add(new AttachmentFile(file.getOriginalFilename(), file.getBytes()));
            }
        }
        return postingEvidence.post(trackingNumber, followUpId, received, CamundaLogin.of(staff).groups()).stream()
                .map(a -> new AttachmentView(a.id(), a.followUpId(), a.fileName(), a.mediaType(), a.size(), a.createdAt(),
                        links.open(a.id())))
                .toList();
    }

}
