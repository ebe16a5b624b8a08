package id.lapor.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The baseline: the bare Camunda engine (no Spring, no web, no application code), history level full, on the same
 * PostgreSQL server (a database of its own), starting the complaint process of the same shape: our
 * {@code complaint-handling.bpmn} with every delegate and listener removed (service tasks do nothing), started with
 * the same variables, the verification deadlines given as variables. Measured as our intake is: the start (to the
 * save point after the start event) with the same number of clients, then the continuation to the verification task.
 */
final class BareEngineBaseline {

    static final String NAME = "baseline";

    /** The application's job executor threads ({@code LAPOR_JOB_THREADS}, default 2 in application.yml). */
    private static final int JOB_THREADS = Integer.parseInt(System.getenv().getOrDefault("LAPOR_JOB_THREADS", "2"));

    private final Bench bench;
    /** Starts per second with no continuation running (the engine's job executor off). */
    double startsPerSecond;
    /** Starts per second while the engine's job executor continues the started processes, as in the application. */
    double startsWhileContinuing;
    /** Processes per second from the start to the verification task (the starts' time plus the continuation's). */
    double endToEndPerSecond;
    /** Verification tasks claimed and completed per second (forwarded to an agency). */
    double verificationCompletionsPerSecond;
    /** Follow-up tasks claimed and completed per second (the final answer). */
    double followUpCompletionsPerSecond;

    BareEngineBaseline(Bench bench) {
        this.bench = bench;
    }

    /**
     * @param clients the clients starting processes, as the intake's
     * @param duration how long they start processes
     * @param tasks how many verification and follow-up tasks are then completed, as the application's task benchmark
     * @param taskClients by how many clients at once
     */
    void run(int clients, Duration duration, int tasks, int taskClients) throws Exception {
        bench.jdbc.execute("drop database if exists baseline");
        bench.jdbc.execute("create database baseline");
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(bench.application.jdbcUrl().replace("/postgres", "/baseline"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(clients + JOB_THREADS + 1);
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("baseline")
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        // as the application (the Spring Boot starter's default): ids without a shared counter row
        configuration.setIdGenerator(new StrongUuidGenerator());
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().name("baseline")
                    .addModelInstance("complaint-handling.bpmn", sameShape()).deploy();
            Date due = Date.from(Instant.now().plus(3, ChronoUnit.DAYS));
            Date reminder = Date.from(Instant.now().plus(2, ChronoUnit.DAYS));
            AtomicInteger numbers = new AtomicInteger();
            Runnable start = () -> {
                int n = numbers.incrementAndGet();
                engine.getRuntimeService().startProcessInstanceByKey("ComplaintHandlingProcess", "B" + n, Map.of(
                        "reportId", (long) n, "trackingNumber", "B" + n, "reportType", "ADUAN",
                        "verifierGroup", "verifier-kota-bontang", "reopenCount", 0, "maxReopenings", 2,
                        "verificationDue", due, "verificationReminderAt", reminder));
            };
            // 20 s of starts and their continuation per round, as the application's intake and its catch-up
            WarmUp.untilCompilersAreQuiet("Bare engine: starts and their continuation", WarmUp.CompilerThreads.ofThisJvm(),
                    () -> {
                        runFor(clients, Duration.ofSeconds(20), start);
                        continueAll(engine, clients);
                    });
            numbers.set(10_000_000);

            System.out.printf("Bare engine: starts with %d clients for %d s%n", clients, duration.toSeconds());
            int started = runFor(clients, duration, start);
            startsPerSecond = started / (double) duration.toSeconds();
            long begin = System.nanoTime();
            int continued = continueAll(engine, Runtime.getRuntime().availableProcessors() * 2);
            double continuationSeconds = (System.nanoTime() - begin) / 1e9;
            System.out.printf("  %d started (%.1f/s), continued to the verification task in %.1f s%n", started,
                    startsPerSecond, continuationSeconds);
            bench.add(Measurement.of(NAME, "bare engine: process starts (" + clients + " clients)", startsPerSecond, "starts/s"));
            endToEndPerSecond = started / (duration.toSeconds() + continuationSeconds);
            bench.add(Measurement.of(NAME, "bare engine: end to end (start + continuation to the verification task)",
                    endToEndPerSecond, "processes/s"));
            bench.add(Measurement.of(NAME, "bare engine: continuations to the verification task", continued / continuationSeconds,
                    "processes/s"));

            completeTasks(engine, tasks, taskClients);

            System.out.printf("Bare engine: starts with %d clients for %d s while its job executor (%d threads) continues%n",
                    clients, duration.toSeconds(), JOB_THREADS);
            DefaultJobExecutor jobExecutor = (DefaultJobExecutor) ((ProcessEngineConfigurationImpl)
                    engine.getProcessEngineConfiguration()).getJobExecutor();
            jobExecutor.setCorePoolSize(JOB_THREADS);
            jobExecutor.setMaxPoolSize(JOB_THREADS);
            jobExecutor.setQueueSize(16);
            jobExecutor.setMaxJobsPerAcquisition(16);
            jobExecutor.setWaitTimeInMillis(1000);
            jobExecutor.setMaxWait(5000);
            if (!jobExecutor.getProcessEngines().contains(engine)) {
                jobExecutor.registerProcessEngine((ProcessEngineImpl) engine);
            }
            jobExecutor.start();
            try {
                int startedAlongside = runFor(clients, duration, start);
                startsWhileContinuing = startedAlongside / (double) duration.toSeconds();
            } finally {
                jobExecutor.shutdown();
            }
            System.out.printf("  %.1f starts/s while continuing%n", startsWhileContinuing);
            bench.add(Measurement.of(NAME, "bare engine: process starts while its job executor continues them ("
                    + clients + " clients, " + JOB_THREADS + " job threads, as the application)", startsWhileContinuing,
                    "starts/s"));
        } finally {
            engine.close();
            dataSource.close();
            bench.jdbc.execute("drop database if exists baseline");
        }
    }

    /**
     * Claims and completes {@code tasks} verification tasks (forward to an agency), then as many follow-up tasks
     * (final answer), with {@code clients} threads, through the engine's Java API. The variables that the
     * application's delegates would set (the follow-up's groups and deadlines) come with the completions.
     */
    private void completeTasks(ProcessEngine engine, int tasks, int clients) throws InterruptedException {
        Date inThirtyDays = Date.from(Instant.now().plus(30, ChronoUnit.DAYS));
        Date inFiveDays = Date.from(Instant.now().plus(5, ChronoUnit.DAYS));
        Date inFortyDays = Date.from(Instant.now().plus(40, ChronoUnit.DAYS));
        Map<String, Object> forward = new java.util.HashMap<>(Map.of("verificationDecision", "FORWARD",
                "forwardAgency", "bontang-dpupr",
                "liaisonGroup", "liaison-bontang-dpupr", "supervisorGroup", "supervisor-bontang-dpupr",
                "secondLevelSupervisorGroup", "supervisor-kota-bontang", "completionDue", inThirtyDays,
                "completionWarningAt", inThirtyDays, "firstResponseDue", inFiveDays, "secondEscalationAt", inFortyDays));
        forward.put("disposisiTarget", "UNIT");
        Map<String, Object> answer = Map.of("followUpOutcome", "FINAL",
                "followUpText", "Perbaikan sudah selesai dikerjakan tim lapangan.", "confirmationDue", inFiveDays);
        // as the application's: a warm-up of each kind first, so that the JIT has compiled the completion
        completeAll(engine, "Task_VerifyReport", "verifikator", forward, TaskBenchmark.WARM_UP, clients, "verification",
                false);
        completeAll(engine, "Task_PostFollowUp", "penghubung.pu", answer, TaskBenchmark.WARM_UP, clients, "follow-up",
                false);
        verificationCompletionsPerSecond = completeAll(engine, "Task_VerifyReport", "verifikator", forward, tasks,
                clients, "verification");
        followUpCompletionsPerSecond = completeAll(engine, "Task_PostFollowUp", "penghubung.pu", answer, tasks, clients,
                "follow-up");
    }

    private double completeAll(ProcessEngine engine, String taskKey, String user, Map<String, Object> variables,
            int tasks, int clients, String kind) throws InterruptedException {
        return completeAll(engine, taskKey, user, variables, tasks, clients, kind, true);
    }

    /** The same; {@code measured} false for the warm-up: printed, not added to the results. */
    private double completeAll(ProcessEngine engine, String taskKey, String user, Map<String, Object> variables,
            int tasks, int clients, String kind, boolean measured) throws InterruptedException {
        ConcurrentLinkedQueue<String> open = new ConcurrentLinkedQueue<>();
        engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).taskUnassigned().orderByTaskCreateTime()
                .asc().listPage(0, tasks).forEach(task -> open.add(task.getId()));
        int total = open.size();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long begin = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                String task;
                while ((task = open.poll()) != null) {
                    try {
                        engine.getTaskService().claim(task, user);
                        engine.getTaskService().complete(task, variables);
                    } catch (RuntimeException e) {
                        if (failed.getAndIncrement() == 0) {
                            e.printStackTrace();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double perSecond = (total - failed.get()) / ((System.nanoTime() - begin) / 1e9);
        if (failed.get() > 0 || total == 0) {
            throw new IllegalStateException("Bare engine: " + failed.get() + " of " + total + " " + kind
                    + " tasks failed to complete");
        }
        System.out.printf("  %d %s tasks claimed and completed (%d clients): %.1f/s%s%n", total, kind, clients, perSecond,
                measured ? "" : " (warm-up)");
        if (measured) {
            bench.add(Measurement.of(NAME, "bare engine: " + kind + " tasks completed (claim + complete, " + clients
                    + " clients, Java API)", perSecond, "tasks/s"));
        }
        return perSecond;
    }

    /** Our process, every piece of application code taken out. */
    static BpmnModelInstance sameShape() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/complaint-handling.bpmn").toFile());
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
            task.setCamundaExpression("${true}");
        }
        // a gateway that asks the application (where a forwarding goes) reads a variable instead, given with the
        // verification's completion
        for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
            condition.setTextContent(condition.getTextContent().replace("disposisi.target(execution)", "disposisiTarget"));
        }
        for (ExtensionElements extensions : model.getModelElementsByType(ExtensionElements.class)) {
            List<ModelElementInstance> listeners = new ArrayList<>();
            listeners.addAll(extensions.getElementsQuery().filterByType(
                    org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class).list());
            listeners.addAll(extensions.getElementsQuery().filterByType(
                    org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class).list());
            listeners.forEach(extensions::removeChildElement);
        }
        return model;
    }

    private static int runFor(int clients, Duration duration, Runnable work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    work.run();
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return done.get();
    }

    /** Executes every waiting continuation with {@code threads} threads, as a job executor would. */
    private static int continueAll(ProcessEngine engine, int threads) throws InterruptedException {
        ConcurrentLinkedQueue<String> jobs = new ConcurrentLinkedQueue<>();
        engine.getManagementService().createJobQuery().executable().list().stream().map(Job::getId).forEach(jobs::add);
        int total = jobs.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            pool.execute(() -> {
                String job;
                while ((job = jobs.poll()) != null) {
                    engine.getManagementService().executeJob(job);
                }
                // an exception ends this worker; the check below then finds jobs left
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        long left = engine.getManagementService().createJobQuery().executable().count();
        if (left > 0) {
            throw new IllegalStateException(left + " continuations of the bare engine failed or were left");
        }
        return total;
    }
}
