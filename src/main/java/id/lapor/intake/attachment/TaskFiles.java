package id.lapor.intake.attachment;

import id.lapor.intake.camunda.StaffFiles;
import id.lapor.report.LiveTaskFacts;
import id.lapor.report.Report;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The report's files on every task's form ({@code reportFiles}, shown by a text field of the Camunda Form): thumbnails
 * of its images and links to its PDFs, the reporter's and the staff's evidence, each opening through the staff link
 * that checks the user's Camunda authorization; on the tasks of liaisons and verifiers, the link to add evidence.
 */
@Component
class TaskFiles implements LiveTaskFacts {

    static final String VARIABLE = "reportFiles";

    private final Attachments attachments;

    TaskFiles(Attachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public Map<String, Object> facts(Report report, OpenTask task) {
        return Map.of(VARIABLE, html(attachments.ofReport(report.getId()), task));
    }

    @Override
    public Set<String> names() {
        return Set.of(VARIABLE);
    }

    static String html(List<AttachmentInfo> files, OpenTask task) {
        StringBuilder html = new StringBuilder("<p><strong>Lampiran laporan</strong> <i>(files)</i></p>");
        if (files.isEmpty()) {
            html.append("<p>Laporan ini tidak memiliki lampiran. <i>No files.</i></p>");
        }
        for (AttachmentInfo file : files) {
            String link = StaffFiles.link(file.id());
            String name = HtmlUtils.htmlEscape(file.fileName());
            String origin = file.origin() == AttachmentOrigin.REPORTER ? "dari pelapor" : "bukti petugas";
            html.append("<p class=\"lapor-file\"><a href=\"").append(link).append("\" target=\"_blank\" rel=\"noopener\">");
            if (file.isImage()) {
                html.append("<img class=\"lapor-thumbnail\" src=\"").append(link).append("\" alt=\"").append(name)
                        .append("\"><br>");
            }
            html.append(name).append("</a> (").append(file.isImage() ? "gambar" : "PDF").append(", ")
                    .append(file.sizeText()).append(", ").append(origin).append(")</p>");
        }
        if (task.candidateGroups().stream().anyMatch(group -> group.startsWith("liaison-") || group.startsWith("verifier-"))) {
            html.append("<p><a href=\"").append(StaffFiles.taskPage(task.id()))
                    .append("\">Tambah bukti (foto atau PDF) <i>/ add evidence</i></a></p>");
        }
        return html.toString();
    }
}
