package id.lapor.intake.camunda;

import id.lapor.intake.attachment.AttachmentFile;
import id.lapor.intake.attachment.AttachmentInfo;
import id.lapor.intake.attachment.AttachmentResponses;
import id.lapor.intake.attachment.Attachments;
import id.lapor.intake.attachment.PostingEvidence;
import id.lapor.platform.CamundaLogin;
import id.lapor.platform.EngineWebApps;
import id.lapor.platform.InvalidInputException;
import id.lapor.platform.UserText;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import id.lapor.report.camunda.StaffReportAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A report's files for staff, opened from the task forms in Tasklist with the same login (Camunda's web-app session,
 * or HTTP Basic): {@code /staff/lampiran/{id}} opens a file for whoever the engine lets see a task or the history of
 * its report; {@code /staff/tugas/{taskId}/bukti} lists the files of a task's report and lets its liaison (or
 * verifier) add evidence, then returns to the task.
 */
@Controller
public class StaffFiles {

    private final Attachments attachments;
    private final ReportRepository reports;
    private final StaffReportAccess access;
    private final PostingEvidence postingEvidence;
    private final String tasklist;

    StaffFiles(Attachments attachments, ReportRepository reports, StaffReportAccess access,
            PostingEvidence postingEvidence,
            Environment environment) {
        this.attachments = attachments;
        this.reports = reports;
        this.access = access;
        this.postingEvidence = postingEvidence;
        this.tasklist = EngineWebApps.tasklist(environment) + "default/#/?task=";
    }

    /** The link to a file for staff. */
    public static String link(Long attachmentId) {
        return "/staff/lampiran/" + attachmentId;
    }

    /** The page of a task's files, with the upload form. */
    public static String taskPage(String taskId) {
        return "/staff/tugas/" + taskId + "/bukti";
    }

    @GetMapping("/staff/lampiran/{id}")
    @ResponseBody
    ResponseEntity<byte[]> open(@PathVariable Long id, Authentication staff) {
        Optional<AttachmentInfo> info = attachments.info(id);
        Optional<Report> report = info.flatMap(i -> reports.findById(i.reportId()));
        if (report.isEmpty() || !access.maySee(CamundaLogin.of(staff), report.get())) {
            return AttachmentResponses.refusal(HttpStatus.NOT_FOUND, UserText.both("attachment.not-found-for-staff"));
        }
        return AttachmentResponses.file(info.get(), attachments.content(id).orElseThrow(), CacheControl.noStore());
    }

    @GetMapping("/staff/tugas/{taskId}/bukti")
    String page(@PathVariable String taskId, Authentication staff, Model model) {
        return show(taskId, staff, model);
    }

    @PostMapping("/staff/tugas/{taskId}/bukti")
    String upload(@PathVariable String taskId, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Authentication staff, Model model, RedirectAttributes redirect, HttpServletResponse response)
            throws IOException {
        Task task = task(taskId, staff);
        Report report = report(task);
        List<AttachmentFile> received = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                received.add(new AttachmentFile(file.getOriginalFilename(), file.getBytes()));
            }
        }
        try {
            List<AttachmentInfo> stored = postingEvidence.post(report.getTrackingNumber(), null, received,
                    CamundaLogin.of(staff).groups());
            redirect.addFlashAttribute("uploaded", stored.stream().map(AttachmentInfo::fileName).toList());
            return "redirect:" + taskPage(taskId);
        } catch (InvalidInputException e) { // includes a refused file
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            return show(taskId, staff, model);
        }
    }

    private String show(String taskId, Authentication staff, Model model) {
        Task task = task(taskId, staff);
        Report report = report(task);
        model.addAttribute("task", task);
        model.addAttribute("report", report);
        model.addAttribute("files", attachments.ofReport(report.getId()).stream()
                .map(file -> new StaffFile(file, link(file.id()))).toList());
        model.addAttribute("backToTask", tasklist + taskId);
        model.addAttribute("maxTotalSize", attachments.maxTotalSizeText());
        return "staff-files";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("error", e.getMessage());
        return "staff-files";
    }

    record StaffFile(AttachmentInfo info, String link) {
    }

    private Task task(String taskId, Authentication staff) {
        return access.task(CamundaLogin.of(staff), taskId).orElseThrow(() -> new AccessDeniedException(
                UserText.both("attachment.task.not-yours")));
    }

    private Report report(Task task) {
        return reports.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow(() -> new AccessDeniedException(
                UserText.both("attachment.task.no-report")));
    }

}
