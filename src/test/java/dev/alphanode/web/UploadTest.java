package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphanode.TestSite;
import dev.alphanode.upload.Uploads;
import io.javalin.Javalin;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /admin/upload} on a real Javalin server over a temp content folder: good files land
 * byte-identical, and every attack is a 4xx that leaves every file (and no temp file) as it was.
 */
class UploadTest {
    private static final long MAX_BYTES = 2_000_000;
    private static final String BOUNDARY = "----alphanode-upload-test";
    private static final String CLEAN_SVG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n"
            + "  <defs><circle id=\"dot\" r=\"2\"/></defs>\n"
            + "  <use xlink:href=\"#dot\" x=\"5\" y=\"5\"/><text>one = 1</text>\n</svg>\n";

    @TempDir
    Path root;
    Path contentDir;
    Javalin app;
    Map<String, String> before;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void startServer() throws Exception {
        contentDir = Files.createDirectories(root.resolve("content"));
        Files.createDirectories(root.resolve("outside"));
        Files.createDirectories(contentDir.resolve("posts"));
        Files.writeString(contentDir.resolve("posts/existing.md"), post("Existing", "2025-01-01"), StandardCharsets.UTF_8);
        Files.createDirectories(contentDir.resolve("media"));
        Files.write(contentDir.resolve("media/logo.png"), png());
        UploadRoute uploads = new UploadRoute(new Uploads(contentDir, MAX_BYTES));
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 1_000_000;
            config.routes.post("/admin/upload", uploads::handle);
        }).start(0);
        before = snapshot();
    }

    @AfterEach
    void stopServer() {
        if (app != null) {
            app.stop();
        }
    }

    // --- good uploads -------------------------------------------------------------------------

    @Test
    void a_valid_post_is_created_byte_identical_with_201() throws Exception {
        byte[] bytes = post("Redis caching", "2025-03-01").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = multipart("Redis Caching.md", bytes, "posts/redis");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(body(response).get("path").asText()).isEqualTo("posts/redis/redis-caching.md");
        assertThat(body(response).get("bytes").asInt()).isEqualTo(bytes.length);
        assertThat(body(response).get("kind").asText()).isEqualTo("markdown");
        assertThat(Files.readAllBytes(contentDir.resolve("posts/redis/redis-caching.md"))).isEqualTo(bytes);
        assertNoTempFiles();
    }

    @Test
    void uploading_a_post_again_replaces_it_with_200() throws Exception {
        byte[] edited = post("Existing, edited", "2025-01-01").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = multipart("existing.md", edited, "posts");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("path").asText()).isEqualTo("posts/existing.md");
        assertThat(Files.readAllBytes(contentDir.resolve("posts/existing.md"))).isEqualTo(edited);
        assertNoTempFiles();
    }

    @Test
    void a_png_sent_as_a_raw_body_lands_in_media_with_201() throws Exception {
        byte[] png = png();
        HttpResponse<String> response = raw("name=Diagram%201.PNG&path=media/diagrams", png);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(body(response).get("path").asText()).isEqualTo("media/diagrams/diagram-1.png");
        assertThat(body(response).get("kind").asText()).isEqualTo("png");
        assertThat(Files.readAllBytes(contentDir.resolve("media/diagrams/diagram-1.png"))).isEqualTo(png);
    }

    @Test
    void a_media_file_without_a_path_goes_to_media() throws Exception {
        HttpResponse<String> response = multipart("chart.png", png(), null);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Files.exists(contentDir.resolve("media/chart.png"))).isTrue();
    }

    @Test
    void a_clean_svg_with_a_same_document_reference_is_accepted() throws Exception {
        byte[] svg = CLEAN_SVG.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = multipart("icon.svg", svg, "media/icons");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(body(response).get("kind").asText()).isEqualTo("svg");
        assertThat(Files.readAllBytes(contentDir.resolve("media/icons/icon.svg"))).isEqualTo(svg);
    }

    @Test
    void a_file_larger_than_the_sites_body_limit_but_within_the_upload_limit_is_accepted() throws Exception {
        byte[] big = pngOfSize(1_500_000);
        assertThat(multipart("big.png", big, "media").statusCode()).isEqualTo(201);
        assertThat(raw("name=big2.png&path=media", big).statusCode()).isEqualTo(201);
        assertThat(Files.readAllBytes(contentDir.resolve("media/big.png"))).isEqualTo(big);
    }

    @Test
    void file_names_are_normalised_to_lower_case_ascii_without_a_leading_dot() throws Exception {
        HttpResponse<String> response = raw("name=" + encode(".Caf\u00e9  Menu!.PNG") + "&path=media", png());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(body(response).get("path").asText()).isEqualTo("media/caf-menu.png");
    }

    // --- paths ---------------------------------------------------------------------------------

    @Test
    void a_dot_dot_traversal_in_the_path_is_refused() throws Exception {
        assertRefused(multipart("x.md", validPost(), "posts/../../outside"), 400, "contains a '..' segment");
        assertRefused(raw("name=x.png&path=media/../../outside", png()), 400, "contains a '..' segment");
    }

    @Test
    void a_traversal_in_the_file_name_is_refused() throws Exception {
        assertRefused(raw("name=" + encode("../../outside/x.png") + "&path=media", png()), 400, "path separator");
    }

    @Test
    void an_absolute_path_is_refused() throws Exception {
        assertRefused(multipart("x.png", png(), root.resolve("outside").toString()), 400, "is absolute");
        assertRefused(raw("name=x.png&path=" + encode("C:/outside"), png()), 400, "is absolute");
    }

    @Test
    void a_nul_byte_in_the_name_or_path_is_refused() throws Exception {
        assertRefused(raw("name=x.md%00.png&path=media", png()), 400, "a NUL byte (U+0000)");
        assertRefused(raw("name=x.png&path=media%00/../../outside", png()), 400, "a NUL byte (U+0000)");
    }

    @Test
    void a_percent_encoded_traversal_is_refused() throws Exception {
        assertRefused(multipart("x.png", png(), "media/%2e%2e/%2e%2e/outside"), 400,
                "is percent-encoded and decodes to 'media/../../outside'");
        assertRefused(raw("name=x.png&path=media/%252e%252e/%252E%252E/outside", png()), 400,
                "decodes to 'media/../../outside'");
    }

    @Test
    void a_backslash_traversal_is_refused() throws Exception {
        assertRefused(multipart("x.png", png(), "media\\..\\..\\outside"), 400, "contains a backslash");
    }

    @Test
    void fullwidth_and_leader_dots_are_refused_as_look_alikes() throws Exception {
        assertRefused(multipart("x.png", png(), "media/\uFF0E\uFF0E/\uFF0E\uFF0E/outside"), 400, "U+FF0E");
        assertRefused(raw("name=x.png&path=" + encode("media/\u2025/outside"), png()), 400, "U+2025");
        assertRefused(raw("name=x.png&path=" + encode("media/\u2024\u2024/outside"), png()), 400, "U+2024");
        assertRefused(multipart("x.png", png(), "media\uFF0F..\uFF0Foutside"), 400, "U+FF0F");
    }

    @Test
    void a_right_to_left_override_in_the_name_is_refused() throws Exception {
        assertRefused(raw("name=" + encode("invoice\u202Egnp.md") + "&path=posts", validPost()), 400, "U+202E");
    }

    @Test
    void zero_width_characters_are_refused() throws Exception {
        assertRefused(raw("name=" + encode("lo\u200Bgo.png") + "&path=media", png()), 400, "U+200B");
        assertRefused(raw("name=x.png&path=" + encode("media/.\u200B./outside"), png()), 400, "U+200B");
    }

    @Test
    void a_path_outside_posts_and_media_is_refused() throws Exception {
        assertRefused(raw("name=x.png&path=static", png()), 400, "outside posts/ and media/");
        assertRefused(raw("name=x.png&path=media/.git", png()), 400, "hidden folder");
    }

    @Test
    void an_upload_through_a_symlinked_folder_is_refused() throws Exception {
        Files.createSymbolicLink(contentDir.resolve("media/linked"), root.resolve("outside"));
        before = snapshot();
        assertRefused(raw("name=x.png&path=media/linked", png()), 400, "symbolic link 'media/linked'");
    }

    @Test
    void replacing_a_symlinked_post_is_refused() throws Exception {
        Path secret = Files.writeString(root.resolve("outside/secret.md"), post("Secret", "2025-01-01"));
        Files.createSymbolicLink(contentDir.resolve("posts/secret.md"), secret);
        before = snapshot();
        assertRefused(multipart("secret.md", validPost(), "posts"), 400, "target 'posts/secret.md' is a symbolic link");
    }

    @Test
    void a_name_with_nothing_usable_is_refused() throws Exception {
        assertRefused(raw("name=" + encode("\u00e9\u00e9\u00e9.png") + "&path=media", png()), 400, "empty once normalised");
        assertRefused(raw("path=media", png()), 400, "no file name");
    }

    // --- size ----------------------------------------------------------------------------------

    @Test
    void a_file_over_the_limit_is_refused_with_413() throws Exception {
        byte[] huge = pngOfSize((int) MAX_BYTES + 1);
        assertRefused(raw("name=huge.png&path=media", huge), 413, "at most " + MAX_BYTES + " bytes");
        assertRefused(multipart("huge.png", huge, "media"), 413, "at most " + MAX_BYTES + " bytes");
    }

    @Test
    void a_file_over_the_limit_is_refused_even_without_a_content_length() throws Exception {
        byte[] huge = pngOfSize((int) MAX_BYTES + 1);
        assertRefused(send("?name=huge.png&path=media", "application/octet-stream", streamed(huge)), 413, "at most");
        assertRefused(send("", "multipart/form-data; boundary=" + BOUNDARY,
                streamed(multipartBody("huge.png", huge, "media"))), 413, "has more than " + MAX_BYTES + " bytes");
        assertRefused(send("", "multipart/form-data; boundary=" + BOUNDARY,
                streamed(multipartBody("huger.png", pngOfSize(3_000_000), "media"))), 413, "max file size exceeded");
    }

    @Test
    void a_multipart_request_with_two_files_is_refused() throws Exception {
        String second = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.png\"\r\n\r\n";
        byte[] one = multipartBody("a.png", png(), "media");
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        two.write(one, 0, one.length - ("--" + BOUNDARY + "--\r\n").length());
        two.writeBytes(second.getBytes(StandardCharsets.UTF_8));
        two.writeBytes(png());
        two.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        assertRefused(send("", "multipart/form-data; boundary=" + BOUNDARY,
                HttpRequest.BodyPublishers.ofByteArray(two.toByteArray())), 400, "has 2 parts named 'file'");
    }

    // --- kinds ---------------------------------------------------------------------------------

    @Test
    void png_bytes_named_md_are_refused_naming_both_kinds() throws Exception {
        assertRefused(multipart("x.md", png(), "posts"), 415, "holds a PNG image", "name says markdown", ".png");
    }

    @Test
    void html_and_exe_bytes_named_png_are_refused() throws Exception {
        assertRefused(multipart("x.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "media"),
                415, "starts with 3C 68 74 6D", "PNG image");
        assertRefused(raw("name=x.png&path=media", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}), 415, "starts with 4D 5A 90");
    }

    @Test
    void an_unknown_extension_is_refused() throws Exception {
        assertRefused(raw("name=tool.exe&path=media", new byte[] {'M', 'Z'}), 415, "extension '.exe'", ".md, .png");
    }

    @Test
    void svg_with_a_script_element_is_refused() throws Exception {
        assertRefused(svg("<script>alert(1)</script>"), 422, "<script>");
        assertRefused(svg("<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>"), 422, "<script>");
    }

    @Test
    void svg_with_an_event_attribute_is_refused() throws Exception {
        assertRefused(svgWithRoot("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>"), 422, "onload=");
        assertRefused(svg("<rect width=\"1\" height=\"1\"\nONCLICK = \"alert(1)\"/>"), 422, "ONCLICK");
    }

    @Test
    void svg_with_a_javascript_url_or_foreign_object_is_refused() throws Exception {
        assertRefused(svg("<a href=\"jav&#x09;ascript:alert(1)\"><text>x</text></a>"), 422, "javascript: URL");
        assertRefused(svg("<foreignObject><div>x</div></foreignObject>"), 422, "<foreignObject>");
    }

    @Test
    void svg_with_an_external_reference_is_refused() throws Exception {
        assertRefused(svg("<image href=\"https://evil.example/x.png\"/>"), 422, "href='https://evil.example/x.png'");
        assertRefused(svg("<use xlink:href='other.svg#a'/>"), 422, "xlink:href='other.svg#a'");
        assertRefused(svg("<set attributeName=\"href\" to=\"#a\"/>"), 422, "animates an href");
    }

    @Test
    void svg_whose_css_loads_another_document_is_refused() throws Exception {
        assertRefused(svg("<style>@import url(https://evil.example/x.css);</style>"), 422, "@import");
        assertRefused(svg("<style>@\\69mport 'https://evil.example/x.css';</style>"), 422, "@import");
        assertRefused(svg("<style>rect { fill: url( \"https://evil.example/p.svg#g\" ) }</style>"), 422,
                "url(https://evil.example/p.svg#g)");
        assertRefused(svg("<rect style=\"background:u&#x72;l(//evil.example/t.png)\"/>"), 422, "url(//evil.example/t.png)");
        assertRefused(svg("<rect fill=\"url(other.svg#g)\"/>"), 422, "url(other.svg#g)");
        assertRefused(svg("<style>rect { background: image-set('https://evil.example/t.png' 1x) }</style>"), 422,
                "image-set(");
    }

    @Test
    void svg_whose_css_only_points_inside_the_document_is_accepted() throws Exception {
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><linearGradient id=\"g\"/></defs>"
                + "<style>rect { fill: url(#g) }</style><rect style=\"stroke: url( '#g' )\" fill=\"url(#g)\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(multipart("ok.svg", svg, "media").statusCode()).isEqualTo(201);
    }

    @Test
    void svg_with_a_doctype_or_entity_is_refused() throws Exception {
        assertRefused(svgWithRoot("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>"), 422, "<!DOCTYPE>", "XXE");
        assertRefused(svg("<!ENTITY lol \"lol\">"), 422, "<!ENTITY>");
    }

    @Test
    void markdown_with_an_invalid_date_is_refused_with_every_problem() throws Exception {
        byte[] bad = "---\ntitle: \"Bad\"\ndate: 2024-02-30\n---\nBody.\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = multipart("bad.md", bad, "posts/redis");
        assertRefused(response, 422, "post 'posts/redis/bad.md' has 1 error");
        assertThat(body(response).get("problems").toString()).contains("posts/redis/bad.md:3: invalid date '2024-02-30'");
    }

    @Test
    void markdown_without_front_matter_is_refused() throws Exception {
        assertRefused(raw("name=notes.md&path=posts", "# Just a heading\n".getBytes(StandardCharsets.UTF_8)), 415,
                "does not hold what its name says", "starting with '---'");
    }

    @Test
    void markdown_to_media_is_refused() throws Exception {
        assertRefused(multipart("x.md", validPost(), "media/docs"), 400, "cannot go to 'media/docs/'", "under posts/");
    }

    @Test
    void a_png_to_posts_is_refused() throws Exception {
        assertRefused(multipart("x.png", png(), "posts/redis"), 400, "cannot go to 'posts/redis/'", "under media/");
    }

    // --- helpers -------------------------------------------------------------------------------

    private void assertRefused(HttpResponse<String> response, int status, String... messageParts) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        String error = body(response).get("error").asText();
        assertThat(error).contains(messageParts).contains("(expected ").contains("retrying the same upload will fail again");
        assertThat(snapshot()).isEqualTo(before);
    }

    private void assertNoTempFiles() throws Exception {
        assertThat(snapshot().keySet()).noneMatch(path -> path.contains(".upload-"));
    }

    /** Every path under the temp root (content and outside), with its size and a content hash. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String value = Files.isSymbolicLink(path) ? "link" : Files.isDirectory(path) ? "dir"
                        : Files.size(path) + ":" + Arrays.hashCode(Files.readAllBytes(path));
                files.put(root.relativize(path).toString(), value);
            }
        }
        return files;
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private HttpResponse<String> svg(String inside) throws Exception {
        return svgWithRoot("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">" + inside + "</svg>");
    }

    private HttpResponse<String> svgWithRoot(String text) throws Exception {
        return multipart("x.svg", text.getBytes(StandardCharsets.UTF_8), "media");
    }

    private HttpResponse<String> multipart(String filename, byte[] content, String path) throws Exception {
        return send("", "multipart/form-data; boundary=" + BOUNDARY,
                HttpRequest.BodyPublishers.ofByteArray(multipartBody(filename, content, path)));
    }

    private static byte[] multipartBody(String filename, byte[] content, String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (path != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\n" + path + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpResponse<String> raw(String query, byte[] content) throws Exception {
        return send("?" + query, "application/octet-stream", HttpRequest.BodyPublishers.ofByteArray(content));
    }

    private HttpResponse<String> send(String query, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/admin/upload" + query))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", contentType).POST(body).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A body without a Content-Length (chunked), so only counting the bytes can stop it. */
    private static HttpRequest.BodyPublisher streamed(byte[] bytes) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] validPost() {
        return post("Valid", "2025-02-01").getBytes(StandardCharsets.UTF_8);
    }

    private static String post(String title, String date) {
        return TestSite.post(title, date, "", "Body of " + title + ".");
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static byte[] pngOfSize(int size) throws Exception {
        return Arrays.copyOf(png(), size);
    }
}
