-- A post's date becomes an instant with the offset its author wrote it in (a TIMESTAMP WITH TIME ZONE
-- keeps both; H2 orders and compares it by the instant), post_timed says whether a time was written
-- (a date alone is midnight UTC, so date-only posts keep their order), and post_updated holds
-- lastmod / last_modified_at / updated. Listings order by (post_at DESC, slug), the indexes follow.
-- Every content_hash is cleared so the next sync reads every file again: rows written before held
-- only a calendar date (a TOML date-time's offset dropped, no lastmod, a bundle's slug 'index').
ALTER TABLE post ADD COLUMN post_at TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE post ADD COLUMN post_timed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE post ADD COLUMN post_updated TIMESTAMP(9) WITH TIME ZONE;
UPDATE post SET post_at = CAST(CAST(post_date AS VARCHAR) || ' 00:00:00+00:00' AS TIMESTAMP(9) WITH TIME ZONE),
                content_hash = 'read again after V7';
ALTER TABLE post ALTER COLUMN post_at SET NOT NULL;
DROP INDEX post_newest;
ALTER TABLE post DROP COLUMN post_date;
CREATE INDEX post_newest ON post (draft, post_at DESC, slug);

ALTER TABLE post_term ADD COLUMN post_at TIMESTAMP(9) WITH TIME ZONE;
UPDATE post_term t SET post_at = (SELECT p.post_at FROM post p WHERE p.slug = t.slug);
ALTER TABLE post_term ALTER COLUMN post_at SET NOT NULL;
DROP INDEX post_term_listing;
ALTER TABLE post_term DROP COLUMN post_date;
CREATE INDEX post_term_listing ON post_term (kind, term_slug, draft, post_at DESC, slug);
