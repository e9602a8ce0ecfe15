package dev.modeldeck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * target/bench/extension: a copy of the built extension plus the benchmark pages under bench/, so the
 * micro benchmarks and the reference pages run as extension pages next to the real ones (same origin,
 * same CSP, same host permission). The shipped target/extension is left untouched.
 */
final class BenchSite {
    private BenchSite() { }

    static Path prepare(Path project) throws IOException {
        Path target = project.resolve("target");
        Path built = target.resolve("extension");
        Path compiled = target.resolve("bench/js/bench.js");
        Path parser = project.resolve("bench/node_modules/eventsource-parser/dist/index.js");
        require(built.resolve("manifest.json"), "the built extension (mvn -DskipTests package)");
        require(compiled, "the bench page's script (mvn -Pbench -DskipTests package)");
        require(parser, "eventsource-parser (cd bench && npm ci)");
        Path site = target.resolve("bench/extension");
        delete(site);
        copyTree(built, site);
        Path pages = site.resolve("bench");
        copyTree(project.resolve("bench/page"), pages);
        Files.copy(compiled, pages.resolve("modeldeck-bench.js"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(pages.resolve("vendor"));
        Files.copy(parser, pages.resolve("vendor/eventsource-parser.js"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(pages.resolve("data"));
        return site;
    }

    static Path dataDir(Path site) { return site.resolve("bench/data"); }

    private static void require(Path p, String what) {
        if (!Files.exists(p)) {
            throw new IllegalStateException("Missing " + p + ": build " + what + " first, or run ./run-benchmarks");
        }
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
