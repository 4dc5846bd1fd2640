package dev.alphanode.cache;

import java.util.List;
import java.util.Map;

/** A page the cache can serve fragment by fragment; rendering touches the database only when needed. */
public interface CacheablePage {
    String route();

    /** Every fragment of the page in document order. */
    List<String> fragmentNames();

    /** Whether the route has a page now (loads its data). */
    boolean exists();

    String render(String fragment);

    /** The whole page from rendered fragments keyed by name. */
    String assemble(Map<String, String> fragments);
}
