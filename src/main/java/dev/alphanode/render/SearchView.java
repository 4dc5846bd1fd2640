package dev.alphanode.render;

import java.util.List;

/** What the search page shows: the query as normalised, the totals, one page of hits, and links to its neighbours. */
public record SearchView(String text, boolean asked, boolean cut, long total, boolean allWords, List<Hit> hits,
                         int page, int pageCount, String prevUrl, String nextUrl) {

    /** One hit; {@code snippet} is already HTML (escaped text, {@code <mark>} around matches). */
    public record Hit(String url, String title, String date, String displayDate, String snippet) {
    }

    public SearchView {
        hits = List.copyOf(hits);
    }
}
