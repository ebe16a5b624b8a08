package id.lapor.oversight.camunda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.oversight.audit.AuditAccessDeniedException;
import id.lapor.oversight.audit.AuditLanguage;
import id.lapor.oversight.audit.AuditNotFoundException;
import id.lapor.oversight.audit.InstanceFilter;
import id.lapor.oversight.audit.InvalidAuditRequestException;
import id.lapor.platform.UserText;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;

/**
 * The plugin's read-only JSON endpoints for one process engine, in the Cockpit session (the web app's security
 * filter lets only logged-in users of that engine through; CSRF protection as for every Cockpit call). Errors come in
 * Camunda's REST format, {@code {"type": …, "message": …}}, with the message in Bahasa Indonesia and English. The
 * words of the answers (element names, decisions, operations) are in Bahasa Indonesia unless {@code lang=en}.
 *
 * <pre>
 * GET …/lapor-audit/default/process-instances?processDefinitionKey=…[&amp;processDefinitionId=…]
 *     [&amp;state=RUNNING|COMPLETED|CANCELED][&amp;reportStatus=…][&amp;agency=…][&amp;breach=true|false]
 *     [&amp;startedAfter=…][&amp;startedBefore=…][&amp;businessKey=…][&amp;firstResult=0][&amp;maxResults=20]
 * GET …/lapor-audit/default/process-instances/{id}
 * GET …/lapor-audit/default/process-instances/{id}/trail[?lang=id|en]
 * GET …/lapor-audit/default/operation-log[?userId=…][&amp;operationType=…][&amp;entityType=…][&amp;category=…]
 *     [&amp;afterTimestamp=…][&amp;beforeTimestamp=…][&amp;firstResult=0][&amp;maxResults=50][&amp;lang=id|en]
 * GET …/lapor-audit/default/agencies
 * </pre>
 */
public class AuditResource extends AbstractCockpitPluginResource {

    private final AuditHistory history;
    private final AuditTrail trail;
    private final AuditOperationLog operationLog;
    private final ObjectMapper json;

    AuditResource(String engineName, AuditHistory history, AuditTrail trail, AuditOperationLog operationLog,
            ObjectMapper json) {
        super(engineName);
        this.history = history;
        this.trail = trail;
        this.operationLog = operationLog;
        this.json = json;
    }

    @GET
    @Path("process-instances")
    @Produces(MediaType.APPLICATION_JSON)
    public Response instances(@QueryParam("processDefinitionKey") String processDefinitionKey,
            @QueryParam("processDefinitionId") String processDefinitionId, @QueryParam("state") String state,
            @QueryParam("reportStatus") String reportStatus, @QueryParam("agency") String agency,
            @QueryParam("breach") String breach, @QueryParam("startedAfter") String startedAfter,
            @QueryParam("startedBefore") String startedBefore, @QueryParam("businessKey") String businessKey,
            @QueryParam("firstResult") String firstResult, @QueryParam("maxResults") String maxResults,
            @QueryParam("lang") String lang) {
        return answer(() -> history.instances(InstanceFilter.parse(processDefinitionKey, processDefinitionId, state,
                reportStatus, agency, breach, startedAfter, startedBefore, businessKey, firstResult, maxResults),
                AuditLanguage.of(lang)));
    }

    @GET
    @Path("process-instances/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response instance(@PathParam("id") String processInstanceId, @QueryParam("lang") String lang) {
        return answer(() -> history.instance(processInstanceId, AuditLanguage.of(lang))
                .orElseThrow(() -> notFound(processInstanceId)));
    }

    @GET
    @Path("process-instances/{id}/trail")
    @Produces(MediaType.APPLICATION_JSON)
    public Response trail(@PathParam("id") String processInstanceId, @QueryParam("lang") String lang) {
        return answer(() -> trail.trail(processInstanceId, AuditLanguage.of(lang))
                .orElseThrow(() -> notFound(processInstanceId)));
    }

    @GET
    @Path("operation-log")
    @Produces(MediaType.APPLICATION_JSON)
    public Response operationLog(@QueryParam("userId") String userId, @QueryParam("operationType") String operationType,
            @QueryParam("entityType") String entityType, @QueryParam("category") String category,
            @QueryParam("afterTimestamp") String after, @QueryParam("beforeTimestamp") String before,
            @QueryParam("firstResult") String firstResult, @QueryParam("maxResults") String maxResults,
            @QueryParam("lang") String lang) {
        return answer(() -> operationLog.page(AuditOperationLog.Filter.parse(userId, operationType, entityType,
                category, after, before, firstResult, maxResults), AuditLanguage.of(lang)));
    }

    private static AuditNotFoundException notFound(String processInstanceId) {
        return new AuditNotFoundException(UserText.both("audit.history.not-found", processInstanceId));
    }

    @GET
    @Path("agencies")
    @Produces(MediaType.APPLICATION_JSON)
    public Response agencies(@QueryParam("q") String words) {
        return answer(() -> history.agencies(words));
    }

    private Response answer(Supplier<Object> body) {
        if (!history.engineName().equals(engineName)) {
            return error(Status.NOT_FOUND, UserText.both("audit.engine.unknown") + ": " + engineName);
        }
        try {
            return Response.ok(json.writeValueAsString(body.get()), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (InvalidAuditRequestException e) {
            return error(Status.BAD_REQUEST, e.getMessage());
        } catch (AuditAccessDeniedException e) {
            return error(Status.FORBIDDEN, e.getMessage());
        } catch (AuditNotFoundException e) {
            return error(Status.NOT_FOUND, e.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the audit answer as JSON", e);
        }
    }

    private Response error(Status status, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("type", switch (status) {
            case BAD_REQUEST -> "InvalidRequestException";
            case FORBIDDEN -> "AuthorizationException";
            default -> "NotFoundException";
        });
        body.put("message", message);
        try {
            return Response.status(status).entity(json.writeValueAsString(body)).type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
