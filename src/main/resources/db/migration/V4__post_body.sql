-- Bodies and meta move to their own table: listings, counts, positions and hash checks scan the
-- post table, and with 8 KB bodies inline a 20,000-post scan read 160 MB instead of a few MB.
CREATE TABLE post_body (
    slug          VARCHAR(100)     NOT NULL PRIMARY KEY,
    body_markdown VARCHAR(1000000) NOT NULL,
    meta_json     VARCHAR(1000000) NOT NULL,
    CONSTRAINT post_body_post_fk FOREIGN KEY (slug) REFERENCES post (slug) ON DELETE CASCADE
);

INSERT INTO post_body (slug, body_markdown, meta_json) SELECT slug, body_markdown, meta_json FROM post;

ALTER TABLE post DROP COLUMN body_markdown;
ALTER TABLE post DROP COLUMN meta_json;
