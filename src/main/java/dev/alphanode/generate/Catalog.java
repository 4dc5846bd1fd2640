package dev.alphanode.generate;

import java.util.List;

/** Small fixed pools the planner draws from; list order is part of the deterministic output. */
final class Catalog {

    static final List<String> SCENARIOS = List.of(
            "for a small engineering team",
            "for long term maintenance",
            "with simple rollback steps",
            "for a team that ships daily",
            "for a content heavy programming website",
            "on a tight hosting budget");

    static final List<String> TAGS = List.of(
            "caching", "performance", "security", "deployment", "databases", "frontend",
            "operations", "testing", "reliability", "migrations", "maintenance", "php", "java");

    static final List<List<String>> CHECKLISTS = List.of(
            List.of("inspect cache headers", "test logged-in traffic", "purge only the affected route",
                    "measure response time", "keep a rollback command ready"),
            List.of("run linting", "run unit tests", "run one integration check",
                    "verify staging config", "tag the release"),
            List.of("capture the current behavior", "create a safe backup", "test the smallest change",
                    "watch logs after release", "write the final note"),
            List.of("review permissions", "rotate exposed secrets", "check upload limits",
                    "confirm security headers", "log rejected requests"),
            List.of("record the slow request", "read the query plan", "change one setting at a time",
                    "compare timings", "document the result"));

    static final List<String> ACTIONS = List.of(
            "measure first, change carefully, document the result",
            "reproduce the problem, fix the smallest thing, verify in staging",
            "ship behind a flag, watch the metrics, then clean up");

    static final List<String> DIFFICULTIES = List.of("beginner", "intermediate", "advanced");

    static final List<String> REVISION_STATUSES = List.of("expanded", "reviewed", "drafted", "published");

    static final List<String> TITLE_PATTERNS = List.of(
            "building a safer workflow for {topic} with {stack}",
            "building a safer workflow for {topic} with {stack}: maintenance guide",
            "practical guide to {topic} with {stack}",
            "field notes on {topic} for {stack}",
            "how to handle {topic} in {stack}: maintenance guide",
            "a checklist for {topic} in {stack}",
            "what we learned about {topic} with {stack}");

    static final List<String> NOISE = List.of(
            "lantern", "quartz", "harbor", "meadow", "copper", "orbit", "pebble", "saffron",
            "tundra", "violet", "walnut", "zephyr", "ember", "fjord", "glacier", "hazel",
            "juniper", "kestrel", "lagoon", "marble", "nectar", "obsidian", "prairie", "quill",
            "raven", "sierra", "thistle", "umber", "vellum", "willow");

    static final List<String> NOTES = List.of(
            "sanitized array meta is expected to render as a list in the frontend box",
            "view count is synthetic and only used for testing meta volume",
            "content is generated for import/load testing and should be reviewed before indexing");

    static final String BRIEF = "the article is written like a careful ai generated engineering draft: "
            + "it explains the reason for the change, lists operational checks, and avoids pretending "
            + "that one command fixes every production case.";

    static final String GENERATOR_NAME = "anp content synthesizer";

    private Catalog() {
    }

    static String summary(String topic, String stack) {
        return "this ai-style technical summary explains " + topic + " in " + stack
                + ", with emphasis on measurement, safe defaults, rollback planning, "
                + "and maintainable documentation.";
    }
}
