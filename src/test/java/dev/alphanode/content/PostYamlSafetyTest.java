package dev.alphanode.content;

import static dev.alphanode.content.PostFiles.parse;
import static dev.alphanode.content.PostFiles.problems;
import static dev.alphanode.content.PostFiles.withFields;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostYamlSafetyTest {

    @Test
    void a_duplicate_key_is_reported_at_the_second_key() {
        ParseResult result = parse(withFields("topic: a\ntopic: b\n"));

        assertThat(result.post()).isEmpty();
        assertThat(problems(result)).containsExactly("posts/a.md:5: duplicate key 'topic' (expected each key once)");
    }

    @Test
    void a_java_type_tag_is_rejected_without_being_constructed() {
        assertThat(problems(parse(withFields("file: !!java.io.File /etc/passwd\n")))).containsExactly(
                "posts/a.md:4: unsupported YAML tag '!!java.io.File' (expected plain YAML values)");
    }

    @Test
    void a_local_tag_is_rejected() {
        assertThat(problems(parse(withFields("note: !foo bar\n")))).containsExactly(
                "posts/a.md:4: unsupported YAML tag '!foo' (expected plain YAML values)");
    }

    @Test
    void a_merge_key_is_rejected() {
        assertThat(problems(parse(withFields("payload:\n  <<: {a: 1}\n")))).containsExactly(
                "posts/a.md:5: merge key '<<' is not supported (expected plain YAML values)");
    }

    @Test
    void a_recursive_alias_is_rejected() {
        assertThat(problems(parse(withFields("payload: &loop\n  self: *loop\n")))).containsExactly(
                "posts/a.md:5: recursive YAML alias (expected plain YAML values)");
    }

    @Test
    void too_many_aliases_are_rejected() {
        var yaml = new StringBuilder("base: &b [x, x]\nmany: [");
        for (int i = 0; i < 20; i++) {
            yaml.append("*b, ");
        }
        yaml.append("*b]\n");

        assertThat(problems(parse(withFields(yaml.toString()))))
                .containsExactly("posts/a.md:2: invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=10"
                        + " (expected valid YAML front matter)");
    }
}
