package dev.sobes.testkit.discord;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A file on a message: one a person attaches (to a message or to a slash command's attachment
 * option), or one the bot sent. The fake gives it an id and serves it over HTTP on 127.0.0.1, as
 * Discord's CDN would.
 */
public final class FakeFile {
    private final long id;
    private final String name;
    private final @Nullable String contentType;
    private final byte[] bytes;

    private FakeFile(long id, String name, @Nullable String contentType, byte[] bytes) {
        this.id = id;
        this.name = name;
        this.contentType = contentType;
        this.bytes = bytes.clone();
    }

    /** A file to attach; {@code contentType} may be null, as Discord leaves it out when it cannot tell. */
    public static FakeFile of(String name, @Nullable String contentType, byte[] bytes) {
        return new FakeFile(0, name, contentType, bytes);
    }

    FakeFile withId(long newId) {
        return new FakeFile(newId, name, contentType, bytes);
    }

    /** The attachment id, once the fake has stored the file; 0 before. */
    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public @Nullable String contentType() {
        return contentType;
    }

    /** A copy of the content. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    byte[] content() {
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FakeFile that
                && id == that.id
                && name.equals(that.name)
                && java.util.Objects.equals(contentType, that.contentType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, name, contentType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "file " + name + " (" + (contentType == null ? "no type" : contentType) + ", " + bytes.length
                + " bytes)";
    }
}
