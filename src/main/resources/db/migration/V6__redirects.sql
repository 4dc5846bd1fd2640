-- Old URLs (issue 17): one row per old path a file claims. A post's row has no target (it redirects to
-- the post's route, found by joining post on source_path, so a renamed post's old paths follow it); a
-- redirect stub's row holds its target. Of the files claiming one old path, the first source path in
-- sorted order redirects it (as check decides): a lookup is one walk of the primary key.
CREATE TABLE redirect (
    old_path    VARCHAR(2000) NOT NULL,
    source_path VARCHAR(1000) NOT NULL,
    target      VARCHAR(2000),
    CONSTRAINT redirect_pk PRIMARY KEY (old_path, source_path)
);

CREATE INDEX redirect_by_source ON redirect (source_path);

-- Redirect stubs are files without a post row: their hashes, so an unchanged stub is skipped and a
-- deleted one is noticed like a deleted post.
CREATE TABLE redirect_stub (
    source_path  VARCHAR(1000) NOT NULL PRIMARY KEY,
    content_hash VARCHAR(80)   NOT NULL
);

-- Posts stored before this migration may name old paths: a hash no file has makes the next import read
-- them again and write their redirects.
UPDATE post p SET content_hash = 'before-redirects'
WHERE EXISTS (SELECT 1 FROM post_body b WHERE b.slug = p.slug AND (b.meta_json LIKE '%"permalink"%'
    OR b.meta_json LIKE '%"url"%' OR b.meta_json LIKE '%"aliases"%' OR b.meta_json LIKE '%"redirect_from"%'));
