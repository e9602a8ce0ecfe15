package dev.modeldeck.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A V8 CPU profile taken through the DevTools protocol (Profiler.start/stop) and summed up per function:
 * self time (the function itself) and total time (it or anything it called), as shares of all samples.
 */
final class CpuProfile {
    private final ChromeDriver driver;
    /** The last stopped profile, for {@link #busyStretches}. */
    private Map<String, Object> last;

    CpuProfile(ChromeDriver driver) { this.driver = driver; }

    void start() {
        driver.executeCdpCommand("Profiler.enable", Map.of());
        driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 100));
        driver.executeCdpCommand("Profiler.start", Map.of());
    }

    /** Stops and answers a markdown table of the top functions. */
    @SuppressWarnings("unchecked")
    String stop(int top) {
        Map<String, Object> result = driver.executeCdpCommand("Profiler.stop", Map.of());
        driver.executeCdpCommand("Profiler.disable", Map.of());
        Map<String, Object> profile = (Map<String, Object>) result.get("profile");
        last = profile;
        List<Object> samples = (List<Object>) profile.get("samples");
        Tree tree = Tree.of(profile, true);
        Map<Long, String> names = tree.names();
        Map<Long, Long> parent = tree.parent();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int counted = 0;
        int idle = 0;
        int program = 0;
        for (Object s : samples) {
            long id = ((Number) s).longValue();
            String leaf = names.get(id);
            if (leaf == null || leaf.startsWith("(idle)")) {
                idle++;
                continue;
            }
            if (leaf.startsWith("(program)")) {
                program++; // native work outside JS: style, layout, paint, parsing
                continue;
            }
            counted++;
            self.merge(leaf, 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (Long at = id; at != null; at = parent.get(at)) {
                String name = names.get(at);
                if (name != null && seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d samples at 0.1 ms: %d in JavaScript (the table's 100%%), %d in the browser's own work "
            + "outside JS (\"(program)\": style, layout, paint), %d idle.%n%n", samples.size(), counted, program, idle));
        sb.append("| self % | total % | function |\n|---:|---:|---|\n");
        List<String> bySelf = new ArrayList<>(self.keySet());
        bySelf.sort((a, b) -> self.get(b) - self.get(a));
        for (int i = 0; i < Math.min(top, bySelf.size()); i++) {
            String f = bySelf.get(i);
            sb.append(String.format("| %.1f | %.1f | `%s` |%n", 100.0 * self.get(f) / Math.max(1, counted),
                100.0 * total.getOrDefault(f, 0) / Math.max(1, counted), f));
        }
        List<String> byTotal = new ArrayList<>(total.keySet());
        byTotal.removeIf(f -> f.startsWith("(root)") || f.startsWith("(anonymous)"));
        byTotal.sort((a, b) -> total.get(b) - total.get(a));
        sb.append("\nTop by total (inclusive) time: ");
        for (int i = 0; i < Math.min(top, byTotal.size()); i++) {
            String f = byTotal.get(i);
            sb.append(i == 0 ? "" : ", ").append(String.format("`%s` %.0f%%", f, 100.0 * total.get(f) / Math.max(1, counted)));
        }
        return sb.append("\n").toString();
    }

    /** Writes the last profile as a .cpuprofile file (DevTools' Performance panel opens it). */
    void save(java.nio.file.Path file) throws java.io.IOException {
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(file.toFile(), last);
    }

    /** Frames every stack of the page's green threads passes through: they say nothing about the work. */
    private static boolean plumbing(String name) {
        return name.startsWith("(root)") || name.startsWith("(anonymous)") || name.equals("fn") || name.startsWith("$rt_")
            || name.startsWith("TeaVMThread") || name.startsWith("jl_Thread") || name.startsWith("otp_Platform")
            || name.startsWith("otpp_") || name.startsWith("otjc_JSPromiseHelper") || name.startsWith("callback.")
            || name.startsWith("dmud_Async");
    }

    /**
     * The stretches of the last profile where the page never went idle for at least {@code minMs} (what the
     * Long Tasks API reports as long tasks, give or take tasks run back to back), each with the functions that
     * took most of it, inclusive, and the browser's own work ("(program)", "(garbage collector)").
     */
    @SuppressWarnings("unchecked")
    String busyStretches(double minMs, int top) {
        List<Object> samples = (List<Object>) last.get("samples");
        List<Object> deltas = (List<Object>) last.get("timeDeltas");
        Tree tree = Tree.of(last, false);
        Map<Long, String> names = tree.names();
        Map<Long, Long> parent = tree.parent();
        StringBuilder sb = new StringBuilder();
        double t = 0;
        double from = -1;
        double lastBusy = 0;
        List<Long> stretch = new ArrayList<>();
        int found = 0;
        for (int i = 0; i <= samples.size(); i++) {
            long id = i < samples.size() ? ((Number) samples.get(i)).longValue() : -1;
            if (i < samples.size()) {
                t += ((Number) deltas.get(i)).doubleValue() / 1000.0;
            }
            String leaf = names.get(id);
            boolean busy = leaf != null && !leaf.startsWith("(idle)") && !leaf.startsWith("(root)");
            if (busy) {
                if (from < 0) {
                    from = t;
                    stretch.clear();
                }
                lastBusy = t;
                stretch.add(id);
                continue;
            }
            if (from >= 0 && lastBusy - from >= minMs) {
                found++;
                Map<String, Integer> total = new HashMap<>();
                for (Long s : stretch) {
                    Set<String> seen = new HashSet<>();
                    for (Long at = s; at != null; at = parent.get(at)) {
                        String name = names.get(at);
                        if (name != null && seen.add(name) && !plumbing(name)) {
                            total.merge(name, 1, Integer::sum);
                        }
                    }
                }
                List<String> byTotal = new ArrayList<>(total.keySet());
                byTotal.sort((a, b) -> total.get(b) - total.get(a));
                sb.append(String.format("- busy %.0f ms (at %.0f ms): ", lastBusy - from, from));
                for (int k = 0; k < Math.min(top, byTotal.size()); k++) {
                    String f = byTotal.get(k);
                    sb.append(k == 0 ? "" : ", ").append(String.format("`%s` %.0f%%", f, 100.0 * total.get(f) / stretch.size()));
                }
                sb.append('\n');
            }
            from = -1;
        }
        return found == 0 ? "No stretch without idle of " + (int) minMs + " ms or more.\n" : sb.toString();
    }

    /** Each profile node's function name (with its script's file name when asked) and its parent node. */
    private record Tree(Map<Long, String> names, Map<Long, Long> parent) {
        @SuppressWarnings("unchecked")
        static Tree of(Map<String, Object> profile, boolean withFile) {
            Map<Long, String> names = new HashMap<>();
            Map<Long, Long> parent = new HashMap<>();
            for (Map<String, Object> n : (List<Map<String, Object>>) profile.get("nodes")) {
                long id = ((Number) n.get("id")).longValue();
                Map<String, Object> frame = (Map<String, Object>) n.get("callFrame");
                String fn = (String) frame.get("functionName");
                String url = (String) frame.get("url");
                String file = !withFile || url == null || url.isEmpty() ? "" : url.substring(url.lastIndexOf('/') + 1);
                names.put(id, (fn == null || fn.isEmpty() ? "(anonymous)" : fn) + (file.isEmpty() ? "" : " [" + file + "]"));
                List<Object> children = (List<Object>) n.get("children");
                if (children != null) {
                    for (Object c : children) {
                        parent.put(((Number) c).longValue(), id);
                    }
                }
            }
            return new Tree(names, parent);
        }
    }
}
