package org.sequelize4j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the execution samples of a Flight Recorder file (Java and native-method samples, so time
 * inside a JDBC driver's native code counts too): the methods most often on top of the
 * stack (self time) and the methods most often anywhere on the stack (inclusive time), optionally
 * only those of classes whose name starts with a prefix.
 *
 * <pre>
 * java -cp ... org.sequelize4j.benchmarks.JfrSummary recording.jfr [top=25] [prefix=org.sequelize4j]
 * </pre>
 * Samples of threads other than {@code main} (the benchmark thread) are ignored.
 */
public final class JfrSummary {

    private JfrSummary() {
    }

    /** Entry point: file, then optional {@code top=N} and {@code prefix=P}. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: JfrSummary FILE.jfr [top=N] [prefix=PACKAGE]");
            System.exit(2);
        }
        int top = 25;
        String prefix = "org.sequelize4j";
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("top=")) {
                top = Integer.parseInt(args[i].substring(4));
            } else if (args[i].startsWith("prefix=")) {
                prefix = args[i].substring(7);
            }
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> inclusivePrefixed = new HashMap<>();
        int samples = 0;
        int nativeSamples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample")) {
                continue;
            }
            var thread = event.getThread("sampledThread");
            if (thread == null || !"main".equals(thread.getJavaName())) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            if (type.equals("jdk.NativeMethodSample")) {
                nativeSamples++;
            }
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                    if (name.startsWith(prefix)) {
                        inclusivePrefixed.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("%d samples of thread main, %d of them in native code%n", samples, nativeSamples);
        print("self (top of stack)", self, samples, top);
        print("inclusive (anywhere on the stack)", inclusive, samples, top);
        print("inclusive, " + prefix + " only", inclusivePrefixed, samples, top);
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.printf("%n== %s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / samples,
                        e.getKey()));
    }
}
