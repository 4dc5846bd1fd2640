package dev.alphanode.edge;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's varnishd in the foreground on a free loopback port, with its own work dir ({@code -n})
 * and docs/varnish/alphanode.vcl pointed at the given backends; stopped by its own pid. No jail
 * ({@code -j none}): its worker then reads the test's private temp folder as the test does.
 */
final class Varnish implements AutoCloseable {
    static final Path VARNISHD = Path.of("/usr/sbin/varnishd");
    static final Path VCL = Path.of("docs/varnish/alphanode.vcl");

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static boolean installed() {
        return Files.isExecutable(VARNISHD);
    }

    /** A free loopback port, for an address that must be known before varnishd starts. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    Varnish(Path dir, int port, int backendA, int backendB) throws Exception {
        this.port = port;
        String vcl = Files.readString(VCL).replace(".port = \"8080\"", ".port = \"" + backendA + "\"")
                .replace(".port = \"8081\"", ".port = \"" + backendB + "\"");
        Path vclFile = Files.writeString(dir.resolve("alphanode.vcl"), vcl);
        this.log = dir.resolve("varnishd.log");
        process = new ProcessBuilder(VARNISHD.toString(), "-F", "-n", dir.resolve("work").toString(),
                "-a", "127.0.0.1:" + port, "-T", "127.0.0.1:0", "-j", "none", "-f", vclFile.toString(), "-s", "malloc,64m")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    URI uri() {
        return uri("");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Whether Varnish answered from its cache ({@code X-Edge} from the VCL's {@code obj.hits}). */
    static boolean hit(HttpResponse<String> response) {
        return response.headers().firstValue("X-Edge").orElse("").equals("HIT");
    }

    boolean alive() {
        return process.isAlive();
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws Exception {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
    }
}
