package id.lapor.oversight.camunda;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The auditor's history in Cockpit, as a Cockpit plugin (registered in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}):
 * <ul>
 * <li>the browser part, {@code plugin-webapp/lapor-audit/app/plugin.js} and its modules, which Cockpit loads for
 * every user (a history tab per process definition, an audit trail per instance, the operation log);</li>
 * <li>a read-only JSON resource under {@code /camunda/api/cockpit/plugin/lapor-audit/{engine}/} for what Camunda's
 * history REST API cannot answer (see {@link AuditHistory}).</li>
 * </ul>
 * Both run in the Cockpit session of the user, with the user's Camunda authorizations.
 */
public class AuditCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "lapor-audit";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(AuditPluginRootResource.class);
    }
}
