package dev.sobes.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A tiny disk of its own (a tmpfs mounted on a folder) that a test can fill up, to see what a full
 * disk does. Mounting needs root; elsewhere the test is skipped with the reason.
 */
final class SmallDisk implements AutoCloseable {
    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    static SmallDisk mount(Path folder, int kilobytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Process mount = new ProcessBuilder(List.of(
                        "mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "sobes-test", folder.toString()))
                .redirectErrorStream(true)
                .start();
        boolean done = mount.waitFor(30, TimeUnit.SECONDS);
        String output = new String(mount.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!done || mount.exitValue() != 0) {
            System.err.println("SKIPPED: a small disk could not be mounted (" + output.strip() + ")");
        }
        Assumptions.assumeTrue(
                done && mount.exitValue() == 0,
                "a full disk is tried on a small tmpfs, and mounting one needs root: " + output.strip());
        return new SmallDisk(folder);
    }

    Path root() {
        return root;
    }

    /** Writes a file until the disk has no room left. */
    void fill() throws IOException {
        byte[] chunk = new byte[4096];
        try (OutputStream out = Files.newOutputStream(root.resolve("filler"))) {
            while (true) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    void free() throws IOException {
        Files.deleteIfExists(root.resolve("filler"));
    }

    @Override
    public void close() throws IOException {
        try {
            new ProcessBuilder(List.of("umount", root.toString()))
                    .redirectErrorStream(true)
                    .start()
                    .waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unmounting " + root, e);
        }
    }
}
