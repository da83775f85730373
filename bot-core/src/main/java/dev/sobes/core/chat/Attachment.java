package dev.sobes.core.chat;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with a reply, such as a person's data export. Adapters send it as a document (or, in
 * the terminal, save it and show where).
 */
public final class Attachment {
    private final String fileName;
    private final String mediaType;
    private final byte[] content;

    /**
     * @param fileName the name to offer, without folders
     * @param mediaType the content's media type, such as {@code application/json}
     */
    public Attachment(String fileName, String mediaType, byte[] content) {
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("an attachment needs a plain file name: " + fileName);
        }
        if (mediaType.isBlank()) {
            throw new IllegalArgumentException("an attachment needs a media type");
        }
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A copy of the content. */
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that
                && fileName.equals(that.fileName)
                && mediaType.equals(that.mediaType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
