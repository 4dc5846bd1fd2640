package dev.alphanode.cache;

import java.util.Set;

/**
 * What a content change purges — the one answer to that question, decided by the content-change path
 * and carried out by {@link FragmentCache#carryOut}: every page of the release, and why, or exactly
 * these fragments (none, when the change touched no page).
 */
public sealed interface PurgeDecision {
    /** Every page: the change is too wide, or what the cache holds cannot be traced. */
    record Everything(String why) implements PurgeDecision {
    }

    /** Exactly the fragments whose HTML the change made different. */
    record Exact(Set<RouteFragment> fragments) implements PurgeDecision {
        public Exact {
            fragments = Set.copyOf(fragments);
        }
    }

    static PurgeDecision nothing() {
        return new Exact(Set.of());
    }
}
