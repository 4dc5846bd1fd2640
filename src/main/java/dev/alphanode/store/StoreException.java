package dev.alphanode.store;

/** A database operation failed; the message says which one. Retrying may help if H2 was busy. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String operation, Throwable cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
    }
}
