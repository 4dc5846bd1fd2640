package dev.alphanode.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Map;

/** The JSON answers of the operator routes (health, admin, upload): one mapper, one content type. */
final class JsonReply {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonReply() {
    }

    static void send(Context ctx, int status, Map<String, ?> body) throws JsonProcessingException {
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
    }
}
