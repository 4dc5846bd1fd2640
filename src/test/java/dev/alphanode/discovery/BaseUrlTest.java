package dev.alphanode.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The base URL is validated once and makes every absolute link, encoding only what a path cannot hold. */
class BaseUrlTest {
    @ParameterizedTest
    @CsvSource({
            "http://localhost:8080, http://localhost:8080",
            "https://example.com, https://example.com",
            "https://example.com/, https://example.com",
            "https://example.com//, https://example.com",
            "HTTPS://Example.COM/Blog/, https://example.com/Blog",
            "https://example.com:8443/blog, https://example.com:8443/blog",
            "http://127.0.0.1, http://127.0.0.1",
            "http://[::1]:8080/, http://[::1]:8080",
            "https://example.com/a%20b/, https://example.com/a%20b"})
    void a_valid_base_url_is_kept_without_its_trailing_slash(String value, String url) {
        assertThat(new BaseUrl(value).url()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "example.com", "/blog", "ftp://example.com", "mailto:a@example.com",
            "https:example.com", "https://", "https:///blog", "https://exa mple.com", "https://example.com/a b",
            "https://example.com?x=1", "https://example.com/#top", "https://user:secret@example.com",
            "https://ex_ample.com", " https://example.com", "https://example.com\n"})
    void an_invalid_base_url_is_refused_naming_the_value_and_the_expectation(String value) {
        assertThatThrownBy(() -> new BaseUrl(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + value + "'")
                .hasMessageContaining("(expected an absolute http or https URL");
    }

    @Test
    void no_value_is_refused_too() {
        assertThatThrownBy(() -> new BaseUrl(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'null'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/|https://example.com/",
            "/posts/a-b-1|https://example.com/posts/a-b-1",
            "/topics/|https://example.com/topics/",
            "/tags/c++|https://example.com/tags/c++",
            "/a:b@c!$&'()*,;=~._-|https://example.com/a:b@c!$&'()*,;=~._-",
            "/already%20encoded%2F|https://example.com/already%20encoded%2F",
            "/a b|https://example.com/a%20b",
            "/tags/c#|https://example.com/tags/c%23",
            "/what?|https://example.com/what%3F",
            "/100%|https://example.com/100%25",
            "/%zz|https://example.com/%25zz",
            "/über|https://example.com/%C3%BCber",
            "/😀|https://example.com/%F0%9F%98%80",
            "/<script>\"|https://example.com/%3Cscript%3E%22"})
    void a_path_becomes_absolute_with_what_a_path_cannot_hold_percent_encoded(String path, String url) {
        assertThat(new BaseUrl("https://example.com/").absolute(path)).isEqualTo(url);
    }

    @Test
    void a_base_url_with_a_path_keeps_it_before_every_site_path() {
        var base = new BaseUrl("https://example.com/blog/");

        assertThat(base.absolute("/")).isEqualTo("https://example.com/blog/");
        assertThat(base.absolute("/posts/a")).isEqualTo("https://example.com/blog/posts/a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "posts/a", "https://other.example/x"})
    void a_path_that_does_not_start_with_a_slash_is_refused(String path) {
        assertThatThrownBy(() -> new BaseUrl("https://example.com").absolute(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + path + "'").hasMessageContaining("(expected a path starting with /)");
    }

    @Test
    void an_unpaired_surrogate_in_a_path_is_refused() {
        assertThatThrownBy(() -> new BaseUrl("https://example.com").absolute("/a\uD800"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
    }
}
