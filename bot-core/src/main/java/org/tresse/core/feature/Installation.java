package org.tresse.core.feature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tresse.core.export.Export;
import org.tresse.core.people.MergeStep;
import org.tresse.core.schedule.JobHandler;

/**
 * Everything the installed features contributed. The assembly makes one, hands its readers to
 * the services that run contributions (texts, scheduler, identity merge…), builds the features,
 * then {@link #install}s them once. Reading before that, or installing twice, is a programming
 * error and throws: nothing can run half-assembled.
 */
public final class Installation {
    private final List<String> bundles = new ArrayList<>();
    private final Map<String, JobHandler> jobs = new LinkedHashMap<>();
    private final List<MergeStep> mergeSteps = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private final Map<Extension<?>, List<Object>> parts = new LinkedHashMap<>();
    private volatile boolean installed;

    /** Asks each feature, in order, for its contributions; then nothing more can be added. */
    public synchronized Installation install(List<? extends Feature> features) {
        if (installed) {
            throw new IllegalStateException("the features are already installed");
        }
        Collector collector = new Collector();
        for (Feature feature : features) {
            feature.contribute(collector);
        }
        installed = true;
        return this;
    }

    public boolean isInstalled() {
        return installed;
    }

    /** The resource bundles, in installation order. */
    public List<String> bundles() {
        requireInstalled();
        return List.copyOf(bundles);
    }

    public Map<String, JobHandler> jobs() {
        requireInstalled();
        return Map.copyOf(jobs);
    }

    public List<MergeStep> mergeSteps() {
        requireInstalled();
        return List.copyOf(mergeSteps);
    }

    public List<Export> exports() {
        requireInstalled();
        return List.copyOf(exports);
    }

    /** The parts of one extension, in installation order. */
    public <T> List<T> all(Extension<T> extension) {
        requireInstalled();
        return parts.getOrDefault(extension, List.of()).stream().map(extension.type()::cast).toList();
    }

    private void requireInstalled() {
        if (!installed) {
            throw new IllegalStateException("the features are not installed yet: install them before anything runs");
        }
    }

    /** The one writer of this installation, alive only during {@link #install}. */
    private final class Collector implements Contributions {
        private void requireOpen() {
            if (installed) {
                throw new IllegalStateException("contributions are told in Feature.contribute, not later");
            }
        }

        @Override
        public Contributions texts(String bundleBaseName) {
            requireOpen();
            Objects.requireNonNull(bundleBaseName, "bundleBaseName");
            if (!bundles.contains(bundleBaseName)) {
                bundles.add(bundleBaseName);
            }
            return this;
        }

        @Override
        public Contributions job(String kind, JobHandler handler) {
            requireOpen();
            Objects.requireNonNull(handler, "handler");
            if (jobs.putIfAbsent(kind, handler) != null) {
                throw new IllegalArgumentException("two features run the job kind " + kind);
            }
            return this;
        }

        @Override
        public Contributions mergeStep(MergeStep step) {
            requireOpen();
            mergeSteps.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        @Override
        public Contributions export(Export export) {
            requireOpen();
            if (exports.stream().anyMatch(known -> known.name().equals(export.name()))) {
                throw new IllegalArgumentException("two exports are named " + export.name());
            }
            exports.add(export);
            return this;
        }

        @Override
        public <T> Contributions add(Extension<T> extension, T part) {
            requireOpen();
            parts.computeIfAbsent(extension, any -> new ArrayList<>()).add(extension.type().cast(Objects.requireNonNull(part, "part")));
            return this;
        }
    }
}
