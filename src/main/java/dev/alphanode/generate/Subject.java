package dev.alphanode.generate;

/** What a post is about, as the words its prose templates mention. */
record Subject(String topic, String stack, String scenario) {

    String fill(String template) {
        var out = new StringBuilder(template.length() + 64);
        fill(template, out);
        return out.toString();
    }

    /** Appends {@code template} with {topic}, {stack} and {scenario} replaced. */
    void fill(String template, StringBuilder out) {
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                break;
            }
            int close = template.indexOf('}', open);
            String value = switch (template.substring(open + 1, close)) {
                case "topic" -> topic;
                case "stack" -> stack;
                case "scenario" -> scenario;
                default -> throw new IllegalArgumentException("unknown placeholder in " + template);
            };
            out.append(template, at, open).append(value);
            at = close + 1;
        }
        out.append(template, at, template.length());
    }
}
