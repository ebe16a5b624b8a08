package id.lapor.intake.attachment;

import id.lapor.platform.Sha256;
import id.lapor.platform.UserText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Storing and reading the files of a report. Only images (JPEG, PNG, GIF, WebP) and PDF are accepted, recognised from
 * their content with Apache Tika's magic bytes (the name is not consulted: an HTML page named photo.jpg is HTML); the
 * reporter's files of one report, and the staff's evidence of one report, each stay within
 * {@code lapor.attachments.max-total-size} (2 MB by default).
 */
@Service
@EnableConfigurationProperties(AttachmentProperties.class)
public class Attachments {

    /** Accepted media types and the file extension that belongs to each. */
    static final Map<String, String> ACCEPTED = Map.of(
            "image/jpeg", "jpg",
            "image/png", "png",
            "image/gif", "gif",
            "image/webp", "webp",
            "application/pdf", "pdf");

    private final AttachmentRepository attachments;
    private final AttachmentProperties properties;
    private final Clock clock;
    private final Detector detector = MimeTypes.getDefaultMimeTypes();

    Attachments(AttachmentRepository attachments, AttachmentProperties properties, Clock clock) {
        this.attachments = attachments;
        this.properties = properties;
        this.clock = clock;
    }

    /** The size limit for the files of one report, in bytes. */
    public long maxTotalSize() {
        return properties.maxTotalSize().toBytes();
    }

    /** The size limit in words: "2 MB". */
    public String maxTotalSizeText() {
        return megabytes(maxTotalSize());
    }

    /** Refuses (with {@link AttachmentRejectedException}) files that could not be stored; stores nothing. */
    public void check(List<AttachmentFile> files) {
        checkAll(files, 0);
    }

    /** The reporter's files of a new report; must run in the transaction that creates the report. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AttachmentInfo> storeReporterFiles(Long reportId, List<AttachmentFile> files) {
        return store(reportId, null, AttachmentOrigin.REPORTER, files);
    }

    /** Evidence posted by staff on a report, optionally to one of its follow-ups. */
    @Transactional
    public List<AttachmentInfo> storeEvidence(Long reportId, Long followUpId, List<AttachmentFile> files) {
        return store(reportId, followUpId, AttachmentOrigin.STAFF, files);
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> ofReport(Long reportId) {
        return attachments.infoOfReport(reportId);
    }

    @Transactional(readOnly = true)
    public Optional<AttachmentInfo> info(Long id) {
        return attachments.info(id);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> content(Long id) {
        return attachments.findById(id).map(Attachment::getContent);
    }

    private List<AttachmentInfo> store(Long reportId, Long followUpId, AttachmentOrigin origin, List<AttachmentFile> files) {
        if (files.isEmpty()) {
            return List.of(); // most reports come without files: no need to ask what is stored already
        }
        List<Detected> detected = checkAll(files, attachments.totalSize(reportId, origin));
        return detected.stream().map(file -> {
            Attachment saved = attachments.save(new Attachment(reportId, followUpId, origin, file.name(), file.mediaType(),
                    file.content(), Sha256.hex(file.content()), clock.instant()));
            return new AttachmentInfo(saved.getId(), reportId, followUpId, origin, saved.getFileName(),
                    saved.getMediaType(), saved.getSize(), saved.getCreatedAt());
        }).toList();
    }

    private record Detected(String name, String mediaType, byte[] content) {
    }

    private List<Detected> checkAll(List<AttachmentFile> files, long alreadyStored) {
        if (files.size() > properties.maxFiles()) {
            throw new AttachmentRejectedException("tooMany",
                    UserText.both("attachment.too-many", properties.maxFiles()), properties.maxFiles());
        }
        long total = alreadyStored;
        List<Detected> detected = new java.util.ArrayList<>();
        for (AttachmentFile file : files) {
            String name = cleanName(file.fileName());
            byte[] content = file.content() == null ? new byte[0] : file.content();
            if (content.length == 0) {
                throw new AttachmentRejectedException("empty", UserText.both("attachment.empty", name), name);
            }
            String mediaType = detect(content);
            if (!ACCEPTED.containsKey(mediaType)) {
                throw new AttachmentRejectedException("type", UserText.both("attachment.type", name), name);
            }
            total += content.length;
            detected.add(new Detected(withExtension(name, mediaType), mediaType, content));
        }
        if (total > maxTotalSize()) {
            String limit = megabytes(maxTotalSize());
            throw new AttachmentRejectedException("tooLarge", UserText.both("attachment.too-large", limit), limit);
        }
        return detected;
    }

    /** The media type from the content's magic bytes alone. */
    String detect(byte[] content) {
        try {
            MediaType type = detector.detect(new ByteArrayInputStream(content), new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb)) + " MB";
    }

    /** The last path segment, without control characters, at most 200 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "lampiran";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** "foto.pdf" that is a PNG becomes "foto.pdf.png": whoever saves it gets a name that matches its content. */
    static String withExtension(String name, String mediaType) {
        String extension = ACCEPTED.get(mediaType);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean matches = lower.endsWith("." + extension) || (extension.equals("jpg") && lower.endsWith(".jpeg"));
        return matches ? name : name + "." + extension;
    }
}
