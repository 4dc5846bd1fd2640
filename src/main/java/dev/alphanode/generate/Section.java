package dev.alphanode.generate;

/** The body's prose sections, with the heading each is shown under. */
enum Section {
    WHY("why this matters"),
    PRACTICAL("the practical approach"),
    SECURITY("security and maintenance notes");

    private final String heading;

    Section(String heading) {
        this.heading = heading;
    }

    String heading() {
        return heading;
    }
}
