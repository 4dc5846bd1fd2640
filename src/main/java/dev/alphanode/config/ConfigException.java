package dev.alphanode.config;

/** A setting with a bad value: the message names the setting, the value and what is expected. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String setting, String value, String expected) {
        super(setting + ": '" + value + "' is not valid (expected " + expected + ")");
    }
}
