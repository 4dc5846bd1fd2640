package dev.alphanode.generate;

/** A bad command line; the message is the one line shown to the user. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
