-- Similar posts: each published post's stored top-k list and the corpus statistics it was computed with.
-- No foreign keys to post: PostStore replaces a post by delete + insert, so a cascade would drop the
-- lists of every post it writes; the similar engine removes rows itself, and reads join on post.

-- One row: the settings and snapshot size the stored lists belong to.
CREATE TABLE similar_state (
    id        INT           NOT NULL PRIMARY KEY,
    format    INT           NOT NULL,
    settings  VARCHAR(1000) NOT NULL,
    list_size INT           NOT NULL,
    posts     INT           NOT NULL,
    CONSTRAINT similar_state_single CHECK (id = 1)
);

-- Document frequencies at the snapshot (counts of 2 or more); kind is text, topic, stack, tool or tag.
CREATE TABLE similar_df (
    kind VARCHAR(10)  NOT NULL,
    term VARCHAR(200) NOT NULL,
    df   INT          NOT NULL,
    CONSTRAINT similar_df_pk PRIMARY KEY (kind, term)
);

-- The published posts at the snapshot, to measure how far the corpus has drifted since.
CREATE TABLE similar_snapshot_post (
    slug         VARCHAR(100) NOT NULL PRIMARY KEY,
    content_hash VARCHAR(80)  NOT NULL
);

-- One row per list: its entries best first, one line each (ListCodec): similar slug, score, the weighted
-- topic/stack/tools/tags/text parts (they add up to score) and a hash of the card the entry shows.
-- One row per list rather than per entry: H2 writes and deletes a few large rows about four times faster
-- than five times as many small ones, and a full rebuild rewrites every list.
CREATE TABLE similar_list (
    slug    VARCHAR(100)     NOT NULL PRIMARY KEY,
    entries VARCHAR(1000000) NOT NULL
);
