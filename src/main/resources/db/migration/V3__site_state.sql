-- Small facts about the site the database was last synced with (e.g. a fingerprint of site.yml),
-- so a restart can tell whether cached pages were rendered under other settings.
CREATE TABLE site_state (
    state_name  VARCHAR(100)  NOT NULL PRIMARY KEY,
    state_value VARCHAR(1000) NOT NULL
);
