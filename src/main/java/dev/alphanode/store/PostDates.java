package dev.alphanode.store;

import dev.alphanode.content.PostDate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A {@link PostDate} in H2: {@code post_at} (TIMESTAMP WITH TIME ZONE: the instant and the author's offset) and {@code post_timed}. */
final class PostDates {

    private PostDates() {
    }

    static PostDate read(ResultSet rs, String at, String timed) throws SQLException {
        return new PostDate(rs.getObject(at, OffsetDateTime.class), rs.getBoolean(timed));
    }

    static PostDate read(ResultSet rs, int at, int timed) throws SQLException {
        return new PostDate(rs.getObject(at, OffsetDateTime.class), rs.getBoolean(timed));
    }

    /** An updated date: when it was written, its offset and time as written (a date alone is midnight UTC). */
    static Optional<PostDate> readUpdated(ResultSet rs, String at) throws SQLException {
        OffsetDateTime value = rs.getObject(at, OffsetDateTime.class);
        return Optional.ofNullable(value).map(PostDates::untimedIfMidnightUtc);
    }

    static void bind(PreparedStatement ps, int index, PostDate date) throws SQLException {
        ps.setObject(index, date.at());
    }

    static void bind(PreparedStatement ps, int index, Optional<PostDate> date) throws SQLException {
        if (date.isPresent()) {
            bind(ps, index, date.get());
        } else {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static PostDate untimedIfMidnightUtc(OffsetDateTime at) {
        boolean midnightUtc = at.getOffset().getTotalSeconds() == 0 && at.toLocalTime().toNanoOfDay() == 0;
        return new PostDate(at, !midnightUtc);
    }
}
