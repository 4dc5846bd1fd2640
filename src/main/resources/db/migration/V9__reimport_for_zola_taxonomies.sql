-- Posts are read again from content/ at the next start: Zola's [taxonomies] tags and categories
-- now list a post under /tags/{slug} and /categories/{slug}, and post_term rows are written only
-- when a post is stored. An empty hash differs from every file's, so every file is parsed again.
UPDATE post SET content_hash = '';
