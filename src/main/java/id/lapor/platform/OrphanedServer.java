package id.lapor.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL left running by an application that was killed (kill -9, power cut of the JVM only): the
 * server outlives the JVM and holds {@code postmaster.pid}, so the next start would fail. Before the embedded server
 * starts, a server still running on this data directory is stopped, but only if no live application uses the
 * directory: the embedded server's owner holds a lock on {@code epg-lock} there for as long as it runs, and the
 * operating system releases it when the owner dies. If a live application holds it, the start is refused with a
 * message saying so.
 */
final class OrphanedServer {

    /** The lock the embedded server library holds in the data directory while its application runs. */
    static final String OWNER_LOCK = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    private OrphanedServer() {
    }

    static void stopIfAny(Path directory) throws IOException {
        if (!Files.exists(directory.resolve("PG_VERSION"))) {
            return; // a new data directory: nothing ran here yet (and initdb wants it empty)
        }
        if (!ownerIsGone(directory)) {
            throw new IllegalStateException("The embedded database in " + directory + " is in use by another running"
                    + " application; stop that application first, or give this one its own"
                    + " LAPOR_EMBEDDED_DATABASE_DIRECTORY");
        }
        Optional<ProcessHandle> server = runningServer(directory);
        if (server.isEmpty()) {
            return;
        }
        log.warn("Stopping the embedded PostgreSQL (pid {}) left running on {} by an application that ended without"
                + " stopping it", server.get().pid(), directory);
        stop(server.get());
    }

    /** The postmaster named in the directory's {@code postmaster.pid}, if that process is alive and is PostgreSQL. */
    static Optional<ProcessHandle> runningServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(true));
    }

    /** True when no live application holds the owner's lock on the directory. */
    private static boolean ownerIsGone(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory.resolve(OWNER_LOCK), StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (NoSuchFileException never) {
            return true;
        } catch (OverlappingFileLockException ownedByThisJvm) {
            return false;
        }
    }

    private static void stop(ProcessHandle server) {
        server.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the dead application's sessions are gone already
        try {
            server.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("PostgreSQL pid {} did not stop within {}; killed (it recovers from its log at the next start)",
                    server.pid(), STOP_WAIT);
            server.destroyForcibly();
            server.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
