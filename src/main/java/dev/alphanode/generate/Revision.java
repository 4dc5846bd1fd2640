package dev.alphanode.generate;

import java.time.LocalDate;

record Revision(String status, String version, LocalDate lastReviewed) {
}
