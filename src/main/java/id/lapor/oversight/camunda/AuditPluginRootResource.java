package id.lapor.oversight.camunda;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Root of the plugin's JAX-RS resources ({@code /camunda/api/cockpit/plugin/lapor-audit}). Cockpit serves the
 * plugin's browser files under {@code …/static/}; only the files listed here are served. The resource classes are
 * made by Jersey, not Spring: they find the application's beans in the servlet context.
 */
@Path("plugin/" + AuditCockpitPlugin.ID)
public class AuditPluginRootResource extends AbstractCockpitPluginRootResource {

    /** The browser files of the plugin (Cockpit serves nothing else from the asset directory). */
    private static final List<String> ASSETS = List.of("app/plugin.js", "app/plugin.css", "app/lib.js",
            "app/history-tab.js", "app/audit-trail.js", "app/operation-log.js");

    public AuditPluginRootResource() {
        super(AuditCockpitPlugin.ID);
    }

    @Override
    protected List<String> getAllowedAssets() {
        return ASSETS;
    }

    @Path("{engineName}")
    public AuditResource engine(@PathParam("engineName") String engineName) {
        WebApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        return forEngine(new AuditResource(engineName, spring.getBean(AuditHistory.class),
                spring.getBean(AuditTrail.class), spring.getBean(AuditOperationLog.class),
                spring.getBean(ObjectMapper.class)), engineName);
    }

    /**
     * The only call of the web apps' {@code subResource}: Camunda 7 takes the engine's name along, Operaton takes the
     * resource alone ({@code .ci/operaton}'s recipe deletes the second argument here).
     */
    private AuditResource forEngine(AuditResource resource, String engineName) {
        return subResource(resource, engineName);
    }
}
