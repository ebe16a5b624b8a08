package id.lapor.platform.engine;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * The engine's current command, through its internal API in this one place: who it runs for, and work that the
 * system does inside it without the engine's authorization checks.
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
}
