-- One row per valid post file; the last good version stays until a valid file replaces it.
CREATE TABLE post (
    slug          VARCHAR(100)     NOT NULL PRIMARY KEY,
    source_path   VARCHAR(1000)    NOT NULL,
    content_hash  VARCHAR(80)      NOT NULL,
    title         VARCHAR(2000)    NOT NULL,
    post_date     DATE             NOT NULL,
    draft         BOOLEAN          NOT NULL,
    topic         VARCHAR(2000),
    summary       VARCHAR(100000),
    reading_time  INT              NOT NULL,
    body_markdown VARCHAR(1000000) NOT NULL,
    meta_json     VARCHAR(1000000) NOT NULL,
    CONSTRAINT post_source_path_unique UNIQUE (source_path)
);

CREATE INDEX post_newest ON post (draft, post_date DESC, slug);

-- Taxonomy terms per post: kind is topic, stack, tool or tag.
CREATE TABLE post_term (
    slug      VARCHAR(100)  NOT NULL,
    kind      VARCHAR(10)   NOT NULL,
    term_slug VARCHAR(100)  NOT NULL,
    term_name VARCHAR(2000) NOT NULL,
    CONSTRAINT post_term_pk PRIMARY KEY (slug, kind, term_slug),
    CONSTRAINT post_term_post_fk FOREIGN KEY (slug) REFERENCES post (slug) ON DELETE CASCADE
);

CREATE INDEX post_term_by_term ON post_term (kind, term_slug, slug);
