package id.lapor.platform.engine;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * The engine's current command, through its internal API in this one place: who it runs for, work that the system
 * does inside it without the engine's authorization checks, and work done as another user (or as nobody) with the
 * previous authentication put back afterwards.
 */
@Component
public class EngineCommands {

    private final CommandExecutor commandExecutor;

    EngineCommands(ProcessEngine processEngine) {
        this.commandExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** Runs the work in a command of the engine (joining the running transaction) without authorization checks. */
    public <T> T runAsSystem(Callable<T> work) {
        return commandExecutor.execute(command -> command.runWithoutAuthorization(work));
    }

    /**
     * Runs the work without authorization checks when the engine's command is running (a delegate, a listener);
     * outside a command the engine checks nothing of its own, so the work just runs.
     */
    public static <T> T withoutAuthorization(Callable<T> work) {
        CommandContext command = Context.getCommandContext();
        if (command != null) {
            return command.runWithoutAuthorization(work);
        }
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user the engine's current command runs for; null for timers, jobs and calls without a login. */
    public static String currentUserId() {
        CommandContext command = Context.getCommandContext();
        Authentication authentication = command == null ? null : command.getAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /**
     * Runs the work authenticated as this user with these groups (the engine then checks their authorizations), and
     * puts back whatever authentication there was before.
     */
    public static <T> T asUser(IdentityService identity, String userId, List<String> groupIds, Supplier<T> work) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthentication(userId, groupIds);
        try {
            return work.get();
        } finally {
            restore(identity, previous);
        }
    }

    /** Runs the work with no user authenticated (the system's own work), and puts back the authentication after. */
    public static void withoutAuthentication(IdentityService identity, Runnable work) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            work.run();
        } finally {
            restore(identity, previous);
        }
    }

    private static void restore(IdentityService identity, Authentication previous) {
        if (previous == null) {
            identity.clearAuthentication();
        } else {
            identity.setAuthentication(previous);
        }
    }
}
