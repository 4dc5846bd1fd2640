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

-- The lists, best first; parts are weighted and add up to score; card_hash identifies what the card showed.
CREATE TABLE similar_post (
    slug         VARCHAR(100)     NOT NULL,
    list_rank    INT              NOT NULL,
    similar_slug VARCHAR(100)     NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    topic_part   DOUBLE PRECISION NOT NULL,
    stack_part   DOUBLE PRECISION NOT NULL,
    tools_part   DOUBLE PRECISION NOT NULL,
    tags_part    DOUBLE PRECISION NOT NULL,
    text_part    DOUBLE PRECISION NOT NULL,
    card_hash    BIGINT           NOT NULL,
    CONSTRAINT similar_post_pk PRIMARY KEY (slug, list_rank)
);

CREATE INDEX similar_post_by_similar ON similar_post (similar_slug);
