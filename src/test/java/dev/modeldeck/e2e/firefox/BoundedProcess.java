package dev.modeldeck.e2e.firefox;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command with a time bound and returns its standard output; on timeout, or when the JVM exits first, the
 * whole process tree is killed (node's Firefox included), so nothing it started can outlive the test.
 */
final class BoundedProcess {
    private BoundedProcess() { }

    record Result(int exitCode, String stdout, boolean timedOut) { }

    static Result run(List<String> command, File dir, Map<String, String> env, Path stderrLog, Duration bound)
        throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("modeldeck-", ".out");
        Files.createDirectories(stderrLog.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir)
            .redirectOutput(stdout.toFile()).redirectError(stderrLog.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        Thread killer = new Thread(() -> killTree(p.toHandle()), "kill-" + command.get(0));
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            boolean done = p.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                killTree(p.toHandle());
                p.waitFor(10, TimeUnit.SECONDS);
            }
            return new Result(done ? p.exitValue() : -1, Files.readString(stdout, StandardCharsets.UTF_8), !done);
        } finally {
            killTree(p.toHandle());
            Runtime.getRuntime().removeShutdownHook(killer);
            Files.deleteIfExists(stdout);
        }
    }

    /** Children first (they are re-parented once their parent dies and could no longer be found from it). */
    static void killTree(ProcessHandle root) {
        root.descendants().forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
    }
}
