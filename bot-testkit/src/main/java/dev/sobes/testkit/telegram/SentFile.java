package dev.sobes.testkit.telegram;

import java.util.Arrays;

/** A file the bot sent (a document, or the image of a photo), as the chat received it. */
public final class SentFile {
    private final String fileName;
    private final byte[] content;

    SentFile(String fileName, byte[] content) {
        this.fileName = fileName;
        this.content = content.clone();
    }

    /** The file name the bot gave it. */
    public String fileName() {
        return fileName;
    }

    /** A copy of the bytes. */
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentFile that && fileName.equals(that.fileName) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "SentFile[" + fileName + ", " + content.length + " bytes]";
    }
}
