package dev.alphanode.generate;

import java.util.List;

/** The seeds' paragraph pool. Placeholders are filled by {@link Subject#fill}. */
final class Prose {

    record Paragraph(Section section, String text) {
    }

    static final List<String> INTROS = List.of(
            "a reliable {stack} setup is less about clever code and more about repeatable habits. in this guide, "
                    + "we look at {topic} {scenario} and keep the steps focused on production work.",
            "when a project grows, {topic} stops being a small cleanup task and becomes part of the way the team "
                    + "ships software. this alphanode note walks through a practical approach to {stack} {scenario}.",
            "many teams notice {topic} only after traffic, content, or deploy frequency increases. this article "
                    + "explains how to review the issue in a {stack} project and make the fix easier to maintain.",
            "this is a field note for developers who want a calm, readable solution. the focus is {topic} in "
                    + "{stack} {scenario}, with checks that can be reused later.");

    static final List<Paragraph> POOL = List.of(
            new Paragraph(Section.WHY, "start by writing down what the system currently does. include the route, "
                    + "the expected input, the slow query or failing command, and the exact place where the user "
                    + "notices the problem. this small baseline prevents random changes and makes the final "
                    + "result easier to verify."),
            new Paragraph(Section.WHY, "the first useful improvement is usually visibility. collect the response "
                    + "time, error rate, cache status, and database call count before changing code. if those "
                    + "numbers are not available, add a lightweight log line or health check instead of guessing."),
            new Paragraph(Section.WHY, "for performance work, change one variable at a time. measure the before "
                    + "state, apply the smallest safe change, clear only the cache that matters, and compare the "
                    + "result. this avoids confusing a lucky cache hit with a real fix."),
            new Paragraph(Section.PRACTICAL, "when the feature touches user input, validate at the boundary and keep "
                    + "error messages specific. a good error message should explain what failed, what value was "
                    + "expected, and whether the request can be retried safely."),
            new Paragraph(Section.PRACTICAL, "developer experience also matters. if the setup requires five manual "
                    + "steps, put those steps in a command, a make target, or a short runbook. small automation "
                    + "saves time every time the project is moved to another machine."),
            new Paragraph(Section.PRACTICAL, "treat staging as a rehearsal, not just a place to click around. copy "
                    + "the important configuration, test the real deployment command, and confirm that a rollback "
                    + "can be executed without searching through old notes."),
            new Paragraph(Section.PRACTICAL, "keep the implementation boring on purpose. a clear function name, a "
                    + "small configuration array, and one predictable code path will usually survive future "
                    + "maintenance better than a clever abstraction that only one developer understands."),
            new Paragraph(Section.SECURITY, "write the final notes immediately after the change ships. include the "
                    + "reason for the change, the files touched, the command used, and the metric that improved. "
                    + "this turns a one-time fix into reusable team knowledge."),
            new Paragraph(Section.SECURITY, "security hardening works best as a checklist. confirm permissions, "
                    + "secrets, headers, upload limits, and logging. do not hide security settings inside "
                    + "unrelated code because future reviewers will miss them."),
            new Paragraph(Section.SECURITY, "a good production pattern has a small surface area. it should be easy "
                    + "to test, easy to disable, and easy to explain to another developer in a few minutes."),
            new Paragraph(Section.SECURITY, "avoid mixing content decisions with infrastructure decisions. "
                    + "templates, query rules, and cache behavior should be separate enough that changing one "
                    + "does not unexpectedly break the others."));

    static final String STACK_SUFFIX =
            " for this {stack} case, keep the owner, expected result, and rollback note in the same place.";

    static final String HOUSE_SUFFIX =
            " the alphanode approach is to prefer a small verified change over a broad rewrite.";

    static final String FINAL_NOTE = "the best result is not only a faster or cleaner {stack} implementation. it is "
            + "a change that another developer can inspect, understand, and safely repeat. keep the final "
            + "commands, metrics, and assumptions close to the article so future maintenance is easier.";

    private Prose() {
    }
}
