package dev.alphanode.cache;

/**
 * Key names: {@code anp:<release>:frag:{<route>}:<fragment>}. The release changes with the
 * application version and the templates, so a rollback or a template edit never reads foreign
 * fragments; the route is the hash tag, so one page's fragments share a Redis Cluster slot and
 * come back in one MGET.
 */
public record FragmentKeys(String release) {

    public String key(String route, String fragment) {
        return prefix() + "{" + route + "}:" + fragment;
    }

    public String prefix() {
        return "anp:" + release + ":frag:";
    }

    /** A SCAN pattern for every fragment of one route, in every release. */
    public static String anyReleasePattern(String route) {
        return "anp:*:frag:{" + escapeGlob(route) + "}:*";
    }

    private static String escapeGlob(String text) {
        return text.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }
}
