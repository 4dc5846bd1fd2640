-- Posts are read again from content/ at the next start: post_term now also holds each post's
-- categories, its file-name key ('source') and the keys of the posts its body links to ('link'),
-- written only when a post is stored. An empty hash differs from every file's, so every file is
-- parsed and stored again (a site-wide purge, as for any change of more than 200 posts).
UPDATE post SET content_hash = '';
