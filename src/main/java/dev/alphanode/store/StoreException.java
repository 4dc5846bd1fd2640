package dev.alphanode.store;

/** A database operation failed; the message says which one. Retrying may help if H2 was busy. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String operation, Throwable cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
    }

    /**
     * Whether the database refused a value (SQL state class 22, data exception, e.g. a value too
     * long): the content is at fault, and retrying the same post cannot help. A key violation is not
     * one: the importer already keeps slugs unique, so it means the database itself is damaged.
     */
    public static boolean isRefusedValue(StoreException e) {
        return e.getCause() instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22");
    }
}
