package dev.alphanode.similar;

import dev.alphanode.content.SiteSettings;
import java.util.Locale;
import java.util.Map;

/** The site.yml {@code similar_weights}: how much each part of the score counts. Missing keys take the defaults. */
record Weights(double topic, double stack, double tools, double tags, double text) {

    Weights {
        for (double weight : new double[] {topic, stack, tools, tags, text}) {
            if (!Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException("similar weights must be finite and >= 0, was " + weight);
            }
        }
    }

    static Weights of(Map<String, Double> weights) {
        Map<String, Double> defaults = SiteSettings.DEFAULT_SIMILAR_WEIGHTS;
        return new Weights(pick(weights, defaults, "topic"), pick(weights, defaults, "stack"),
                pick(weights, defaults, "tools"), pick(weights, defaults, "tags"), pick(weights, defaults, "text"));
    }

    /** Weight of taxonomy kind {@code kind} in {@link Kinds} order. */
    double ofKind(int kind) {
        return switch (kind) {
            case Kinds.TOPIC -> topic;
            case Kinds.STACK -> stack;
            case Kinds.TOOL -> tools;
            default -> tags;
        };
    }

    String key() {
        return String.format(Locale.ROOT, "topic=%s;stack=%s;tools=%s;tags=%s;text=%s", topic, stack, tools, tags, text);
    }

    private static double pick(Map<String, Double> weights, Map<String, Double> defaults, String key) {
        Double value = weights.get(key);
        return value != null ? value : defaults.get(key);
    }
}
