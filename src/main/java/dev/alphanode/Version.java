package dev.alphanode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version, written into the jar by the build. */
public final class Version {
    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/alphanode.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
