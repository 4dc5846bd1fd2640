package dev.alphanode.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ANP_*} setting {@link Config#fromEnv} reads: its default, values it takes, and the
 * one line an operator sees for a value it refuses. Relative folders resolve against the working
 * directory, which Maven makes the project folder (it holds {@code content/} and {@code templates/}).
 */
class ConfigTest {
    private static final Path CWD = Path.of("").toAbsolutePath();

    static Stream<Arguments> defaults() {
        return Stream.of(
                arguments("ANP_PORT", setting(Config::port), 8080),
                arguments("ANP_CONTENT_DIR", setting(Config::contentDir), CWD.resolve("content")),
                arguments("ANP_DB_URL", setting(Config::dbUrl), "jdbc:h2:file:" + CWD.resolve("data/alphanode")),
                arguments("ANP_REDIS_URL", setting(Config::redisUrl), Optional.empty()),
                arguments("ANP_CACHE", setting(Config::cacheEnabled), true),
                arguments("ANP_ADMIN_TOKEN", setting(Config::adminToken), Optional.empty()),
                arguments("ANP_BASE_URL", setting(Config::baseUrl), URI.create("http://localhost:8080")),
                arguments("ANP_TEMPLATES_DIR", setting(Config::templatesDir), Optional.empty()),
                arguments("ANP_WATCH", setting(Config::watch), Config.Watch.EVENTS),
                arguments("ANP_WATCH_INTERVAL_MS", setting(Config::pollInterval), Duration.ofSeconds(1)),
                arguments("ANP_UPLOAD_MAX_BYTES", setting(Config::uploadMaxBytes), 5L * 1024 * 1024),
                arguments("ANP_LOG_FORMAT", setting(config -> config.logs().json()), false),
                arguments("ANP_REQUEST_LOG", setting(config -> config.logs().requestLevel()), "INFO"),
                arguments("ANP_EDGE_PURGE_URL", setting(Config::edgePurge), Optional.empty()),
                arguments("ANP_EDGE_PURGE_MODE", setting(Config::edgePurge), Optional.empty()));
    }

    @ParameterizedTest(name = "{0} unset is {2}")
    @MethodSource("defaults")
    void an_unset_setting_takes_its_default(String name, Function<Config, Object> setting, Object expected) {
        assertThat(setting.apply(Config.fromEnv(Map.of()))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} blank is {2}")
    @MethodSource("defaults")
    void a_blank_setting_is_unset(String name, Function<Config, Object> setting, Object expected) {
        String blank = name.equals("ANP_ADMIN_TOKEN") ? "" : "  ";
        assertThat(setting.apply(Config.fromEnv(Map.of(name, blank)))).isEqualTo(expected);
    }

    static Stream<Arguments> validValues() {
        return Stream.of(
                arguments("ANP_PORT", "0", setting(Config::port), 0),
                arguments("ANP_PORT", " 443 ", setting(Config::port), 443),
                arguments("ANP_PORT", "65535", setting(Config::port), 65_535),
                arguments("ANP_CONTENT_DIR", "src/../content", setting(Config::contentDir), CWD.resolve("content")),
                arguments("ANP_CONTENT_DIR", CWD.resolve("src").toString(), setting(Config::contentDir), CWD.resolve("src")),
                arguments("ANP_DB_URL", "jdbc:h2:mem:site", setting(Config::dbUrl), "jdbc:h2:mem:site"),
                arguments("ANP_DB_URL", "jdbc:h2:file:/var/lib/alphanode/data/alphanode ", setting(Config::dbUrl),
                        "jdbc:h2:file:/var/lib/alphanode/data/alphanode"),
                arguments("ANP_REDIS_URL", "redis://cache:6379/2", setting(Config::redisUrl),
                        Optional.of(URI.create("redis://cache:6379/2"))),
                arguments("ANP_REDIS_URL", " rediss://cache.example.com:6380 ", setting(Config::redisUrl),
                        Optional.of(URI.create("rediss://cache.example.com:6380"))),
                arguments("ANP_REDIS_URL", "redis-sentinel://s1:26379,s2:26379?sentinelMasterId=main",
                        setting(Config::redisUrl), Optional.of(URI.create("redis-sentinel://s1:26379,s2:26379?sentinelMasterId=main"))),
                arguments("ANP_REDIS_URL", "redis-sentinel://s1:26379,s2:26379/0#main", setting(Config::redisUrl),
                        Optional.of(URI.create("redis-sentinel://s1:26379,s2:26379/0#main"))),
                arguments("ANP_REDIS_URL", "redis-cluster://c1:7000,c2.example.com:7001,10.0.0.3:7002", setting(Config::redisUrl),
                        Optional.of(URI.create("redis-cluster://c1:7000,c2.example.com:7001,10.0.0.3:7002"))),
                arguments("ANP_REDIS_URL", "redis-cluster://:s3cret@c1:7000", setting(Config::redisUrl),
                        Optional.of(URI.create("redis-cluster://:s3cret@c1:7000"))),
                arguments("ANP_CACHE", "off", setting(Config::cacheEnabled), false),
                arguments("ANP_CACHE", " OFF ", setting(Config::cacheEnabled), false),
                arguments("ANP_CACHE", "On", setting(Config::cacheEnabled), true),
                arguments("ANP_ADMIN_TOKEN", "0123456789abcdef", setting(Config::adminToken), Optional.of("0123456789abcdef")),
                arguments("ANP_BASE_URL", "https://example.com/", setting(Config::baseUrl), URI.create("https://example.com")),
                arguments("ANP_BASE_URL", " http://blog.example.com:8080/notes ", setting(Config::baseUrl),
                        URI.create("http://blog.example.com:8080/notes")),
                arguments("ANP_TEMPLATES_DIR", "templates", setting(Config::templatesDir), Optional.of(CWD.resolve("templates"))),
                arguments("ANP_WATCH", "poll", setting(Config::watch), Config.Watch.POLL),
                arguments("ANP_WATCH", " OFF ", setting(Config::watch), Config.Watch.OFF),
                arguments("ANP_WATCH", "Events", setting(Config::watch), Config.Watch.EVENTS),
                arguments("ANP_WATCH_INTERVAL_MS", "50", setting(Config::pollInterval), Duration.ofMillis(50)),
                arguments("ANP_WATCH_INTERVAL_MS", "3600000", setting(Config::pollInterval), Duration.ofHours(1)),
                arguments("ANP_UPLOAD_MAX_BYTES", "1024", setting(Config::uploadMaxBytes), 1_024L),
                arguments("ANP_UPLOAD_MAX_BYTES", " 1073741824 ", setting(Config::uploadMaxBytes), 1L << 30),
                arguments("ANP_LOG_FORMAT", "json", setting(config -> config.logs().json()), true),
                arguments("ANP_LOG_FORMAT", " TEXT ", setting(config -> config.logs().json()), false),
                arguments("ANP_REQUEST_LOG", "warn", setting(config -> config.logs().requestLevel()), "WARN"),
                arguments("ANP_REQUEST_LOG", " OFF ", setting(config -> config.logs().requestLevel()), "OFF"),
                arguments("ANP_EDGE_PURGE_URL", "http://varnish:6081/", setting(Config::edgePurge),
                        Optional.of(new Config.EdgePurge(URI.create("http://varnish:6081"), Config.EdgePurge.Mode.KEYS))));
    }

    @Test
    void the_edge_purge_mode_goes_with_the_url_and_is_checked_even_without_one() {
        assertThat(Config.fromEnv(Map.of("ANP_EDGE_PURGE_URL", "https://edge.example.com", "ANP_EDGE_PURGE_MODE", " URLS ")).edgePurge())
                .contains(new Config.EdgePurge(URI.create("https://edge.example.com"), Config.EdgePurge.Mode.URLS));
        assertThatThrownBy(() -> Config.fromEnv(Map.of("ANP_EDGE_PURGE_MODE", "xkey")))
                .hasMessage("ANP_EDGE_PURGE_MODE: 'xkey' is not valid (expected keys (one PURGE naming surrogate keys in"
                        + " xkey-purge) or urls (one PURGE per route URL))");
    }

    @ParameterizedTest(name = "{0}=''{1}'' is {3}")
    @MethodSource("validValues")
    void a_valid_value_is_taken(String name, String value, Function<Config, Object> setting, Object expected) {
        assertThat(setting.apply(Config.fromEnv(Map.of(name, value)))).isEqualTo(expected);
    }

    /** {@code {cwd}} in a message stands for the working directory a relative folder resolved against. */
    @ParameterizedTest(name = "{0}=''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ANP_PORT              | abc                      | ANP_PORT: 'abc' is not valid (expected a port number from 0 to 65535; 0 picks a free port)
            ANP_PORT              | -1                       | ANP_PORT: '-1' is not valid (expected a port number from 0 to 65535; 0 picks a free port)
            ANP_PORT              | 65536                    | ANP_PORT: '65536' is not valid (expected a port number from 0 to 65535; 0 picks a free port)
            ANP_PORT              | 80.0                     | ANP_PORT: '80.0' is not valid (expected a port number from 0 to 65535; 0 picks a free port)
            ANP_CONTENT_DIR       | no-such-folder           | ANP_CONTENT_DIR: '{cwd}/no-such-folder' is not valid (expected an existing folder holding posts/ and site.yml)
            ANP_CONTENT_DIR       | pom.xml                  | ANP_CONTENT_DIR: '{cwd}/pom.xml' is not valid (expected an existing folder holding posts/ and site.yml)
            ANP_DB_URL            | jdbc:postgresql://db/anp | ANP_DB_URL: 'jdbc:postgresql://db/anp' is not valid (expected an H2 JDBC URL such as jdbc:h2:file:/var/lib/alphanode/data/alphanode)
            ANP_DB_URL            | data/alphanode           | ANP_DB_URL: 'data/alphanode' is not valid (expected an H2 JDBC URL such as jdbc:h2:file:/var/lib/alphanode/data/alphanode)
            ANP_REDIS_URL         | localhost:6379           | ANP_REDIS_URL: 'localhost:6379' is not valid (expected redis://host:port[/db], rediss://host:port[/db], redis-sentinel://host:port[,host:port…]?sentinelMasterId=NAME, redis-cluster://host:port[,host:port…], or unset for an embedded Redis)
            ANP_REDIS_URL         | http://cache:6379        | ANP_REDIS_URL: 'http://cache:6379' is not valid (expected redis://host:port[/db], rediss://host:port[/db], redis-sentinel://host:port[,host:port…]?sentinelMasterId=NAME, redis-cluster://host:port[,host:port…], or unset for an embedded Redis)
            ANP_REDIS_URL         | redis:///0               | ANP_REDIS_URL: 'redis:///0' is not valid (expected redis://host:port[/db], rediss://host:port[/db], redis-sentinel://host:port[,host:port…]?sentinelMasterId=NAME, redis-cluster://host:port[,host:port…], or unset for an embedded Redis)
            ANP_REDIS_URL         | redis://bad host:6379    | ANP_REDIS_URL: 'redis://bad host:6379' is not valid (expected redis://host:port[/db], rediss://host:port[/db], redis-sentinel://host:port[,host:port…]?sentinelMasterId=NAME, redis-cluster://host:port[,host:port…], or unset for an embedded Redis)
            ANP_REDIS_URL         | redis-cluster://         | ANP_REDIS_URL: 'redis-cluster://' is not valid (expected redis-cluster://host:port[,host:port…] (one or more seed nodes of the cluster; no database number, query or fragment))
            ANP_REDIS_URL         | redis-cluster://a:7000,b | ANP_REDIS_URL: 'redis-cluster://a:7000,b' is not valid (expected redis-cluster://host:port[,host:port…] (one or more seed nodes of the cluster; no database number, query or fragment))
            ANP_REDIS_URL         | redis-cluster://a:7000/1 | ANP_REDIS_URL: 'redis-cluster://a:7000/1' is not valid (expected redis-cluster://host:port[,host:port…] (one or more seed nodes of the cluster; no database number, query or fragment))
            ANP_REDIS_URL         | redis-cluster://a:99999  | ANP_REDIS_URL: 'redis-cluster://a:99999' is not valid (expected redis-cluster://host:port[,host:port…] (one or more seed nodes of the cluster; no database number, query or fragment))
            ANP_REDIS_URL         | redis-sentinel://s1:26379 | ANP_REDIS_URL: 'redis-sentinel://s1:26379' is not valid (expected redis-sentinel://host:port[,host:port…][/db]?sentinelMasterId=NAME (or …#NAME: the sentinels and the name of the master they watch))
            ANP_CACHE             | yes                      | ANP_CACHE: 'yes' is not valid (expected on or off)
            ANP_CACHE             | false                    | ANP_CACHE: 'false' is not valid (expected on or off)
            ANP_ADMIN_TOKEN       | short                    | ANP_ADMIN_TOKEN: '<hidden>' is not valid (expected at least 16 characters without spaces)
            ANP_ADMIN_TOKEN       | 0123456789 abcdef        | ANP_ADMIN_TOKEN: '<hidden>' is not valid (expected at least 16 characters without spaces)
            ANP_ADMIN_TOKEN       | "   "                    | ANP_ADMIN_TOKEN: '<hidden>' is not valid (expected at least 16 characters without spaces)
            ANP_BASE_URL          | example.com              | ANP_BASE_URL: 'example.com' is not valid (expected an absolute http(s) URL such as https://example.com)
            ANP_BASE_URL          | ftp://example.com        | ANP_BASE_URL: 'ftp://example.com' is not valid (expected an absolute http(s) URL such as https://example.com)
            ANP_BASE_URL          | https://example.com/?a=1 | ANP_BASE_URL: 'https://example.com/?a=1' is not valid (expected an absolute http(s) URL such as https://example.com)
            ANP_BASE_URL          | https://example.com/#top | ANP_BASE_URL: 'https://example.com/#top' is not valid (expected an absolute http(s) URL such as https://example.com)
            ANP_TEMPLATES_DIR     | src                      | ANP_TEMPLATES_DIR: '{cwd}/src' is not valid (expected a folder holding layout.html, post.html, list.html and error.html)
            ANP_TEMPLATES_DIR     | no-such-folder           | ANP_TEMPLATES_DIR: '{cwd}/no-such-folder' is not valid (expected a folder holding layout.html, post.html, list.html and error.html)
            ANP_WATCH             | inotify                  | ANP_WATCH: 'inotify' is not valid (expected events, poll or off)
            ANP_WATCH_INTERVAL_MS | 49                       | ANP_WATCH_INTERVAL_MS: '49' is not valid (expected a whole number from 50 to 3600000)
            ANP_WATCH_INTERVAL_MS | 3600001                  | ANP_WATCH_INTERVAL_MS: '3600001' is not valid (expected a whole number from 50 to 3600000)
            ANP_WATCH_INTERVAL_MS | 1s                       | ANP_WATCH_INTERVAL_MS: '1s' is not valid (expected a whole number from 50 to 3600000)
            ANP_UPLOAD_MAX_BYTES  | 1023                     | ANP_UPLOAD_MAX_BYTES: '1023' is not valid (expected a whole number from 1024 to 1073741824)
            ANP_UPLOAD_MAX_BYTES  | 1073741825               | ANP_UPLOAD_MAX_BYTES: '1073741825' is not valid (expected a whole number from 1024 to 1073741824)
            ANP_UPLOAD_MAX_BYTES  | 5MB                      | ANP_UPLOAD_MAX_BYTES: '5MB' is not valid (expected a whole number from 1024 to 1073741824)
            ANP_LOG_FORMAT        | xml                      | ANP_LOG_FORMAT: 'xml' is not valid (expected text or json)
            ANP_EDGE_PURGE_URL    | varnish:6081             | ANP_EDGE_PURGE_URL: 'varnish:6081' is not valid (expected an absolute http(s) URL of the edge cache such as http://varnish:6081, or unset for no edge purge)
            ANP_EDGE_PURGE_URL    | http://varnish/?purge=1  | ANP_EDGE_PURGE_URL: 'http://varnish/?purge=1' is not valid (expected an absolute http(s) URL of the edge cache such as http://varnish:6081, or unset for no edge purge)
            ANP_REQUEST_LOG       | quiet                    | ANP_REQUEST_LOG: 'quiet' is not valid (expected INFO to log every request, WARN or OFF to silence them)
            """)
    void an_invalid_value_stops_start_up_with_one_line_naming_setting_value_and_expectation(String name, String value,
                                                                                           String message) {
        assertThatThrownBy(() -> Config.fromEnv(Map.of(name, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message.replace("{cwd}", CWD.toString()));
    }

    private static Function<Config, Object> setting(Function<Config, Object> accessor) {
        return accessor;
    }

    @Test
    void a_cluster_url_names_its_seed_nodes_and_the_password_they_share() {
        URI uri = Config.redisUrl("redis-cluster://:s3cret@c1:7000,10.0.0.2:7001").orElseThrow();
        assertThat(RedisUrl.kind(uri)).isEqualTo(RedisUrl.Kind.CLUSTER);
        assertThat(RedisUrl.clusterNodes(uri)).containsExactly(new RedisUrl.Node("c1", 7000), new RedisUrl.Node("10.0.0.2", 7001));
        assertThat(RedisUrl.userInfo(uri)).hasValue(":s3cret");
        assertThat(RedisUrl.kind(Config.redisUrl("redis-sentinel://s1:26379#m").orElseThrow())).isEqualTo(RedisUrl.Kind.SENTINEL);
        assertThat(RedisUrl.kind(Config.redisUrl("redis://cache:6379").orElseThrow())).isEqualTo(RedisUrl.Kind.SERVER);
    }
}
