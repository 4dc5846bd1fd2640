package dev.alphanode.discovery;

import static dev.alphanode.discovery.XmlDocuments.child;
import static dev.alphanode.discovery.XmlDocuments.children;
import static dev.alphanode.discovery.XmlDocuments.parse;
import static dev.alphanode.discovery.XmlDocuments.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphanode.discovery.AtomFeed.Category;
import dev.alphanode.discovery.AtomFeed.Entry;
import dev.alphanode.discovery.AtomFeed.Feed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed is well-formed RFC 4287 whatever posts hold, and reads back to what was given. */
class AtomFeedTest {
    private static final String ATOM = AtomFeed.NAMESPACE;
    private static final BaseUrl BASE = new BaseUrl("https://blog.example.com");
    private static final Instant MAY_6 = Instant.parse("2024-05-06T00:00:00Z");
    private static final Instant MAY_7 = Instant.parse("2024-05-07T08:30:00Z");
    private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    private static Feed feed() {
        return new Feed(BASE.absolute("/"), "Alpha & Node", Optional.of("Notes <on> code"), BASE.absolute("/feed.xml"),
                BASE.absolute("/"), "Alpha Node", Instant.parse("2020-01-01T00:00:00Z"), Optional.of("alphanode"));
    }

    private static Entry entry(String slug, Instant updated, Optional<String> content) {
        return new Entry(BASE.absolute("/posts/" + slug), "Post " + slug, MAY_6, updated, List.of("Ada"),
                List.of(new Category("redis", "Redis", BASE.absolute("/topics/")),
                        new Category("java", "Java", BASE.absolute("/stacks/"))),
                Optional.of("About " + slug), content);
    }

    private static Element write(List<Entry> entries) {
        return parse(AtomFeed.write(feed(), entries)).getDocumentElement();
    }

    private static String content(String html) {
        Element feed = write(List.of(entry("a", MAY_6, Optional.of(html))));
        return text(child(feed, ATOM, "entry"), ATOM, "content");
    }

    @Test
    void a_feed_has_every_element_atom_requires_with_links_under_the_base_url() {
        Element feed = write(List.of(entry("a", MAY_6, Optional.of("<p>A</p>")), entry("b", MAY_7, Optional.empty())));

        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, ATOM, "id")).isEqualTo("https://blog.example.com/");
        assertThat(text(feed, ATOM, "title")).isEqualTo("Alpha & Node");
        assertThat(text(feed, ATOM, "subtitle")).isEqualTo("Notes <on> code");
        assertThat(text(feed, ATOM, "updated")).matches(RFC_3339);
        assertThat(text(child(feed, ATOM, "author"), ATOM, "name")).isEqualTo("Alpha Node");
        assertThat(text(feed, ATOM, "generator")).isEqualTo("alphanode");
        assertThat(children(feed, ATOM, "link")).extracting(link -> link.getAttribute("rel") + " " + link.getAttribute("href"))
                .containsExactly("self https://blog.example.com/feed.xml", "alternate https://blog.example.com/");
        for (Element entry : children(feed, ATOM, "entry")) {
            assertThat(text(entry, ATOM, "id")).startsWith("https://blog.example.com/posts/");
            assertThat(text(entry, ATOM, "title")).startsWith("Post ");
            assertThat(text(entry, ATOM, "updated")).matches(RFC_3339);
            assertThat(text(entry, ATOM, "published")).matches(RFC_3339);
            Element link = child(entry, ATOM, "link");
            assertThat(link.getAttribute("rel")).isEqualTo("alternate");
            assertThat(link.getAttribute("href")).isEqualTo(text(entry, ATOM, "id"));
        }
        NodeList all = feed.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            assertThat(all.item(i).getNamespaceURI()).as(all.item(i).getNodeName()).isEqualTo(ATOM);
        }
    }

    @Test
    void entries_keep_the_order_given_with_their_author_categories_and_summary() {
        Element feed = write(List.of(entry("old", MAY_6, Optional.empty()), entry("new", MAY_7, Optional.empty()),
                entry("mid", MAY_6, Optional.empty())));

        List<Element> entries = children(feed, ATOM, "entry");
        assertThat(entries).extracting(entry -> text(entry, ATOM, "id")).containsExactly(
                "https://blog.example.com/posts/old", "https://blog.example.com/posts/new", "https://blog.example.com/posts/mid");
        Element first = entries.get(0);
        assertThat(text(child(first, ATOM, "author"), ATOM, "name")).isEqualTo("Ada");
        assertThat(children(first, ATOM, "category"))
                .extracting(c -> c.getAttribute("term") + "|" + c.getAttribute("label") + "|" + c.getAttribute("scheme"))
                .containsExactly("redis|Redis|https://blog.example.com/topics/", "java|Java|https://blog.example.com/stacks/");
        assertThat(child(first, ATOM, "summary").getAttribute("type")).isEqualTo("text");
        assertThat(text(first, ATOM, "summary")).isEqualTo("About old");
        assertThat(children(first, ATOM, "content")).isEmpty();
    }

    @Test
    void an_entry_with_neither_summary_nor_author_writes_neither() {
        var bare = new Entry(BASE.absolute("/posts/bare"), "Bare", MAY_6, MAY_6, List.of(), List.of(),
                Optional.empty(), Optional.empty());

        Element entry = child(write(List.of(bare)), ATOM, "entry");

        assertThat(children(entry, ATOM, "author")).isEmpty();
        assertThat(children(entry, ATOM, "category")).isEmpty();
        assertThat(children(entry, ATOM, "summary")).isEmpty();
        assertThat(children(entry, ATOM, "content")).isEmpty();
    }

    @Test
    void the_feed_is_updated_when_its_newest_entry_was_and_at_the_given_instant_when_empty() {
        assertThat(text(write(List.of(entry("a", MAY_6, Optional.empty()), entry("b", MAY_7, Optional.empty()))),
                ATOM, "updated")).isEqualTo("2024-05-07T08:30:00Z");
        assertThat(text(write(List.of()), ATOM, "updated")).isEqualTo("2020-01-01T00:00:00Z");
    }

    @Test
    void timestamps_are_rfc_3339_in_utc_to_the_second() {
        var entry = new Entry(BASE.absolute("/posts/t"), "T", Instant.parse("2013-05-06T00:12:52.123456Z"),
                Instant.parse("2024-05-06T00:00:00Z"), List.of(), List.of(), Optional.empty(), Optional.empty());

        Element written = child(write(List.of(entry)), ATOM, "entry");

        assertThat(text(written, ATOM, "published")).isEqualTo("2013-05-06T00:12:52Z");
        assertThat(text(written, ATOM, "updated")).isEqualTo("2024-05-06T00:00:00Z");
    }

    @Test
    void content_html_reads_back_exactly_as_given() {
        String html = "<p class=\"x\">Tom &amp; 'Jerry' & \"friends\"</p>\n<script>if (a < b && c > d) alert(\"]]>\")</script>"
                + "<![CDATA[ ]]> ]]]]><![CDATA[> &lt;/content&gt; </content> \t tab";

        assertThat(content(html)).isEqualTo(html);
        assertThat(AtomFeed.write(feed(), List.of(entry("a", MAY_6, Optional.of(html))))).doesNotContain("<script>", "]]>");
    }

    @Test
    void line_breaks_in_content_read_back_as_newlines_as_xml_defines() {
        assertThat(content("<p>a</p>\r\n<p>b</p>\r<p>c</p>\n")).isEqualTo("<p>a</p>\n<p>b</p>\n<p>c</p>\n");
    }

    @Test
    void characters_xml_forbids_are_dropped_from_every_text_and_the_feed_still_parses() {
        String dirty = "a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uD800h\uDFFFi\uFFFEj\uFFFFk";
        var entry = new Entry(BASE.absolute("/posts/dirty"), "Title " + dirty, MAY_6, MAY_6, List.of(dirty),
                List.of(new Category("t" + dirty, "L" + dirty, BASE.absolute("/tags/"))), Optional.of(dirty),
                Optional.of("<p>" + dirty + "</p>"));

        Element written = child(write(List.of(entry)), ATOM, "entry");

        assertThat(text(written, ATOM, "title")).isEqualTo("Title abcdefghijk");
        assertThat(text(child(written, ATOM, "author"), ATOM, "name")).isEqualTo("abcdefghijk");
        assertThat(child(written, ATOM, "category").getAttribute("term")).isEqualTo("tabcdefghijk");
        assertThat(child(written, ATOM, "category").getAttribute("label")).isEqualTo("Labcdefghijk");
        assertThat(text(written, ATOM, "summary")).isEqualTo("abcdefghijk");
        assertThat(text(written, ATOM, "content")).isEqualTo("<p>abcdefghijk</p>");
    }

    static Stream<Arguments> characters() {
        return Stream.of(
                Arguments.of("tab, line feed and carriage return stay", "a\tb\nc\rd", "a\tb\nc\rd"),
                Arguments.of("C0 controls go", "a\u0000\u0007\u001Fb", "ab"),
                Arguments.of("DEL and C1 controls are XML 1.0 characters and stay", "a\u007F\u0085\u009Fb", "a\u007F\u0085\u009Fb"),
                Arguments.of("an unpaired high surrogate goes", "a\uD83Db", "ab"),
                Arguments.of("an unpaired low surrogate goes", "a\uDE00b", "ab"),
                Arguments.of("a surrogate pair stays", "a\uD83D\uDE00b", "a\uD83D\uDE00b"),
                Arguments.of("U+FFFE and U+FFFF go, U+FFFD stays", "\uFFFE\uFFFD\uFFFF", "\uFFFD"),
                Arguments.of("private use and U+10FFFF stay", "\uE000\uDBFF\uDFFF", "\uE000\uDBFF\uDFFF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("characters")
    void only_the_characters_xml_1_0_forbids_are_dropped(String name, String text, String kept) {
        assertThat(Xml.legal(text)).isEqualTo(kept);
    }

    @Test
    void a_relative_link_is_refused_when_the_entry_is_built() {
        assertThatThrownBy(() -> new Entry("/posts/a", "A", MAY_6, MAY_6, List.of(), List.of(), Optional.empty(),
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'/posts/a'").hasMessageContaining("expected");
        assertThatThrownBy(() -> new Category("redis", "Redis", "topics/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category scheme");
    }

    @Test
    void a_date_beyond_year_9999_is_refused_when_the_entry_is_built() {
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");

        assertThatThrownBy(() -> new Entry(BASE.absolute("/posts/a"), "A", MAY_6, far, List.of(), List.of(),
                Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry updated").hasMessageContaining("expected a year from 0000 to 9999");
    }
}
