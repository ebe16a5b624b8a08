package id.lapor.citizen.portal;

import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.intake.attachment.AttachmentFile;
import id.lapor.intake.attachment.AttachmentRejectedException;
import id.lapor.intake.attachment.Attachments;
import id.lapor.platform.InvalidInputException;
import id.lapor.report.Channel;
import id.lapor.report.CopyDelivery;
import id.lapor.report.InformationRequestDetails;
import id.lapor.report.InformationRequestRules;
import id.lapor.report.ObtainingMethod;
import id.lapor.report.ReportType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code /lapor}: the citizen's report form. Errors are shown next to their fields with everything typed kept (files
 * must be chosen again); a report is created through {@link SubmitReport} with the form's one-time token as its
 * idempotency key, so a double submit creates one report; the tracking number and access code are shown once on
 * {@code /lapor/terkirim} (post-redirect-get).
 */
@Controller
class SubmitReportPage {

    static final String FORM = "submit";

    private final SubmitReport submitReport;
    private final PortalReferenceData referenceData;
    private final Attachments attachments;

    SubmitReportPage(SubmitReport submitReport, PortalReferenceData referenceData, Attachments attachments) {
        this.submitReport = submitReport;
        this.referenceData = referenceData;
        this.attachments = attachments;
    }

    @ModelAttribute("reportForm")
    ReportForm reportForm() {
        ReportForm form = new ReportForm();
        form.setFormToken(UUID.randomUUID().toString());
        return form;
    }

    @GetMapping("/lapor")
    String form(Model model) {
        return show(model);
    }

    @PostMapping("/lapor")
    String submit(@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult bound, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        BindingResult errors = checkWhatTheTypeNeeds(form, bound, model);
        List<MultipartFile> files = form.chosenFiles();
        if (!errors.hasErrors()) {
            try {
                SubmittedReport submitted = submitReport.submit(toCommand(form, files, locale));
                redirect.addFlashAttribute("submitted", Map.of("trackingNumber", submitted.trackingNumber(),
                        "accessCode", submitted.accessCode()));
                return "redirect:/lapor/terkirim";
            } catch (AttachmentRejectedException rejected) {
                errors.rejectValue("attachments", "attachment.error." + rejected.getCode(), rejected.getArguments(),
                        rejected.getMessage());
            } catch (InvalidInputException invalid) {
                String field = List.of("regionCode", "categoryCode", "targetAgencyCode", "incidentDate")
                        .contains(invalid.getField())
                        ? invalid.getField() : "title";
                errors.rejectValue(field, "portal.error.unknownChoice", invalid.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("filesDropped", !files.isEmpty());
        return show(model);
    }

    /**
     * Shows the number and code handed over by the redirect. They stay available to this page for a few minutes
     * (a reload, the language link), not to any other page, and are never stored beyond that.
     */
    @GetMapping("/lapor/terkirim")
    String submitted(Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!model.containsAttribute("submitted")) {
            return "redirect:/lacak";
        }
        RequestContextUtils.getOutputFlashMap(request).put("submitted", model.getAttribute("submitted"));
        RequestContextUtils.saveOutputFlashMap("/lapor/terkirim", request, response);
        return "submitted";
    }

    /**
     * The fields that depend on the type. Complaints and aspirations (and a form sent without a type) need the
     * incident date. A request for public information has none (whatever the field holds is ignored, also when it
     * cannot be read: the field may be left over from another type while JavaScript is off) and needs what UU 14/2008
     * asks ({@link InformationRequestRules}): its errors appear next to the portal's fields. Returns the errors to
     * show, which replace the bound ones in the model when an ignored field's error is dropped.
     */
    private static BindingResult checkWhatTheTypeNeeds(ReportForm form, BindingResult bound, Model model) {
        if (form.getType() != ReportType.PERMINTAAN_INFORMASI) {
            if (form.getIncidentDate() == null && !bound.hasFieldErrors("incidentDate")) {
                bound.rejectValue("incidentDate", "portal.error.incidentDate", "Isi tanggal kejadian");
            }
            return bound;
        }
        BindingResult errors = bound;
        if (bound.hasFieldErrors("incidentDate")) {
            errors = new BeanPropertyBindingResult(form, bound.getObjectName());
            for (ObjectError error : bound.getAllErrors()) {
                if (!(error instanceof FieldError field && field.getField().equals("incidentDate"))) {
                    errors.addError(error);
                }
            }
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + bound.getObjectName(), errors);
        }
        for (InformationRequestRules.Problem problem : InformationRequestRules.problems(informationRequest(form),
                new InformationRequestRules.Requester(form.isAnonymous(), form.getName(), form.getEmail(),
                        form.getPhone(), form.getPostalAddress()))) {
            String field = KIP_FIELDS.get(problem);
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "portal.error.kip." + problem.name(), problem.message());
            }
        }
        return errors;
    }

    /** Where on the page each part UU KIP needs is asked. */
    private static final Map<InformationRequestRules.Problem, String> KIP_FIELDS = Map.of(
            InformationRequestRules.Problem.PURPOSE_MISSING, "informationPurpose",
            InformationRequestRules.Problem.OBTAINING_METHOD_MISSING, "obtainingMethod",
            InformationRequestRules.Problem.COPY_DELIVERY_MISSING, "copyDelivery",
            InformationRequestRules.Problem.NAME_MISSING, "name",
            InformationRequestRules.Problem.CONTACT_MISSING, "email",
            InformationRequestRules.Problem.EMAIL_FOR_DELIVERY_MISSING, "email",
            InformationRequestRules.Problem.POSTAL_ADDRESS_MISSING, "postalAddress",
            InformationRequestRules.Problem.ANONYMOUS, "anonymous");

    /** The first choice of each group of radio buttons, which the error summary links to. */
    private static final Map<String, String> FIELD_ANCHORS = Map.of("type", "type-ADUAN",
            "obtainingMethod", "obtainingMethod-VIEW", "copyDelivery", "copyDelivery-PICK_UP");

    private static InformationRequestDetails informationRequest(ReportForm form) {
        return new InformationRequestDetails(form.getInformationPurpose(), form.getObtainingMethod(),
                form.getCopyDelivery());
    }

    private String show(Model model) {
        model.addAttribute("types", referenceData.types());
        model.addAttribute("obtainingMethods", ObtainingMethod.values());
        model.addAttribute("copyDeliveries", CopyDelivery.values());
        model.addAttribute("fieldAnchors", FIELD_ANCHORS);
        model.addAttribute("categories", referenceData.categoryTree());
        model.addAttribute("regions", referenceData.regions());
        ReportForm form = (ReportForm) model.getAttribute("reportForm");
        model.addAttribute("agencies", form == null ? referenceData.agencies(null, null)
                : referenceData.agencies(blankToNull(form.getRegionCode()), blankToNull(form.getTargetAgencyCode())));
        model.addAttribute("maxTotalSize", attachments.maxTotalSizeText());
        return FORM;
    }


    private static SubmitReportCommand toCommand(ReportForm form, List<MultipartFile> files, Locale locale) throws IOException {
        List<AttachmentFile> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            uploads.add(new AttachmentFile(file.getOriginalFilename(), file.getBytes()));
        }
        boolean information = form.getType() == ReportType.PERMINTAAN_INFORMASI;
        return new SubmitReportCommand(form.getType(), form.getTitle(), form.getDescription(),
                information ? null : form.getIncidentDate(),
                blankToNull(form.getRegionCode()), blankToNull(form.getAddress()), null, null,
                blankToNull(form.getCategoryCode()), blankToNull(form.getTargetAgencyCode()), form.isAnonymous(),
                form.isConfidential(),
                new ReporterContact(blankToNull(form.getName()), blankToNull(form.getEmail()),
                        blankToNull(form.getPhone() == null ? null : form.getPhone().replaceAll("[ -]", "")), null, null,
                        information ? blankToNull(form.getPostalAddress()) : null),
                Channel.WEB, idempotencyKey(form.getFormToken()), uploads, null, locale.getLanguage(),
                information ? informationRequest(form) : null);
    }

    /** The form's token as the idempotency key; a token that is not one of ours is ignored. */
    private static String idempotencyKey(String formToken) {
        try {
            return formToken == null ? null : UUID.fromString(formToken).toString();
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
