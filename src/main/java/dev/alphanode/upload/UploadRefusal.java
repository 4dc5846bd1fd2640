package dev.alphanode.upload;

import java.util.List;

/**
 * Why an upload was refused: a 4xx status and a message naming what failed, the
 * value, what was expected and that the same request will fail again; plus the content problems, if any.
 */
public final class UploadRefusal extends Exception {
    private static final long serialVersionUID = 1L;
    private static final String NO_RETRY = "; retrying the same upload will fail again";

    private final int status;
    private final List<String> problems;

    private UploadRefusal(int status, String what, String expected, List<String> problems) {
        super(what + " (expected " + expected + ")" + NO_RETRY, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public static UploadRefusal badRequest(String what, String expected) {
        return new UploadRefusal(400, what, expected, List.of());
    }

    static UploadRefusal conflict(String what, String expected) {
        return new UploadRefusal(409, what, expected, List.of());
    }

    public static UploadRefusal tooLarge(String what, long maxBytes) {
        return new UploadRefusal(413, what, "at most " + maxBytes + " bytes", List.of());
    }

    static UploadRefusal unsupported(String what, String expected) {
        return new UploadRefusal(415, what, expected, List.of());
    }

    static UploadRefusal unprocessable(String what, String expected) {
        return new UploadRefusal(422, what, expected, List.of());
    }

    static UploadRefusal problems(String what, String expected, List<String> problems) {
        return new UploadRefusal(422, what, expected, problems);
    }

    public int status() {
        return status;
    }

    public List<String> problems() {
        return problems;
    }
}
