package dev.alphanode.discovery;

import static dev.alphanode.discovery.XmlDocuments.child;
import static dev.alphanode.discovery.XmlDocuments.children;
import static dev.alphanode.discovery.XmlDocuments.parse;
import static dev.alphanode.discovery.XmlDocuments.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphanode.discovery.Sitemap.Url;
import dev.alphanode.discovery.SitemapIndex.Part;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Sitemaps parse in the sitemaps.org namespace, list every URL in order, and split at 50,000. */
class SitemapTest {
    private static final String NS = Sitemap.NAMESPACE;
    private static final BaseUrl BASE = new BaseUrl("https://blog.example.com");

    private static List<Url> urls(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Url(BASE.absolute("/posts/p-" + i), Optional.of(LocalDate.of(2024, 1, 1).plusDays(i / 1_000))))
                .toList();
    }

    @Test
    void a_sitemap_lists_every_url_in_order_in_the_sitemaps_namespace() {
        List<Url> urls = List.of(new Url(BASE.absolute("/")), new Url(BASE.absolute("/posts/b")),
                new Url(BASE.absolute("/posts/a")), new Url(BASE.absolute("/topics/redis")));

        Element urlset = parse(Sitemap.write(urls)).getDocumentElement();

        assertThat(urlset.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(urlset.getLocalName()).isEqualTo("urlset");
        assertThat(children(urlset, NS, "url")).extracting(url -> text(url, NS, "loc")).containsExactly(
                "https://blog.example.com/", "https://blog.example.com/posts/b", "https://blog.example.com/posts/a",
                "https://blog.example.com/topics/redis");
    }

    @Test
    void lastmod_is_a_w3c_date_and_absent_when_unknown() {
        List<Url> urls = List.of(new Url(BASE.absolute("/posts/a"), Optional.of(LocalDate.of(2024, 5, 6))),
                new Url(BASE.absolute("/posts/b")));

        List<Element> written = children(parse(Sitemap.write(urls)).getDocumentElement(), NS, "url");

        assertThat(text(written.get(0), NS, "lastmod")).isEqualTo("2024-05-06");
        assertThat(children(written.get(1), NS, "lastmod")).isEmpty();
    }

    @Test
    void a_loc_with_markup_characters_is_escaped_by_the_writer_and_reads_back() {
        String loc = "https://blog.example.com/search?q=a&tag=c'd";

        String xml = Sitemap.write(List.of(new Url(loc)));

        assertThat(xml).contains("q=a&amp;tag");
        assertThat(text(child(parse(xml).getDocumentElement(), NS, "url"), NS, "loc")).isEqualTo(loc);
    }

    @Test
    void an_empty_site_has_an_empty_urlset() {
        assertThat(children(parse(Sitemap.write(List.of())).getDocumentElement(), NS, "url")).isEmpty();
        assertThat(Sitemap.split(List.of())).isEmpty();
    }

    @Test
    void fifty_thousand_urls_fit_one_sitemap_and_one_more_is_refused() {
        List<Url> urls = urls(Sitemap.MAX_URLS + 1);

        assertThat(children(parse(Sitemap.write(urls.subList(0, Sitemap.MAX_URLS))).getDocumentElement(), NS, "url"))
                .hasSize(50_000);
        assertThat(Sitemap.split(urls.subList(0, Sitemap.MAX_URLS))).hasSize(1);
        assertThatThrownBy(() -> Sitemap.write(urls))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("50000").hasMessageContaining("50001");
    }

    @Test
    void one_hundred_twenty_thousand_and_one_urls_split_into_three_parts_in_order() {
        List<Url> urls = urls(120_001);

        List<List<Url>> parts = Sitemap.split(urls);

        assertThat(parts).extracting(List::size).containsExactly(50_000, 50_000, 20_001);
        assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(urls);
        assertThat(parts.get(2).get(0).loc()).isEqualTo("https://blog.example.com/posts/p-100001");
    }

    @Test
    void the_index_points_at_each_part_path_with_its_newest_lastmod_and_parses() {
        List<Part> index = SitemapIndex.parts(Sitemap.split(urls(120_001)), SitemapTest::partLoc);
        Element written = parse(SitemapIndex.write(index)).getDocumentElement();

        assertThat(written.getNamespaceURI()).isEqualTo(NS);
        assertThat(written.getLocalName()).isEqualTo("sitemapindex");
        assertThat(children(written, NS, "sitemap")).extracting(s -> text(s, NS, "loc") + " " + text(s, NS, "lastmod"))
                .containsExactly("https://blog.example.com/sitemap-1.xml 2024-02-20",
                        "https://blog.example.com/sitemap-2.xml 2024-04-10",
                        "https://blog.example.com/sitemap-3.xml 2024-04-30");
    }

    @Test
    void a_part_is_as_new_as_its_newest_url_wherever_it_stands_and_undated_when_none_is_dated() {
        Url older = new Url(BASE.absolute("/posts/a"), Optional.of(LocalDate.of(2024, 1, 2)));
        Url newest = new Url(BASE.absolute("/posts/b"), Optional.of(LocalDate.of(2024, 3, 1)));
        Url undated = new Url(BASE.absolute("/posts/c"));

        assertThat(SitemapIndex.parts(List.of(List.of(older, newest, undated, older), List.of(undated)),
                SitemapTest::partLoc))
                .containsExactly(new Part("https://blog.example.com/sitemap-1.xml", Optional.of(LocalDate.of(2024, 3, 1))),
                        new Part("https://blog.example.com/sitemap-2.xml", Optional.empty()));
        assertThat(children(parse(SitemapIndex.write(List.of(new Part(BASE.absolute("/sitemap-1.xml"), Optional.empty()))))
                .getDocumentElement(), NS, "sitemap")).singleElement()
                .satisfies(part -> assertThat(children(part, NS, "lastmod")).isEmpty());
    }

    /** Where the site serves part n (its route, Route.Sitemap). */
    private static String partLoc(int part) {
        return BASE.absolute("/sitemap-" + part + ".xml");
    }

    @Test
    void a_relative_or_overlong_loc_is_refused_when_the_url_is_built() {
        assertThatThrownBy(() -> new Url("/posts/a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'/posts/a'");
        assertThatThrownBy(() -> new Url(BASE.absolute("/" + "a".repeat(2_048))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2048");
    }
}
