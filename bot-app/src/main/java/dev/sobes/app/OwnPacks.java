package dev.sobes.app;

import dev.sobes.content.PackUpload;
import dev.sobes.core.admin.Library;
import dev.sobes.core.admin.Operations;
import dev.sobes.core.admin.PackOwner;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.model.Pack;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Packs that people and places sent from chat, kept as the files they sent: {@code
 * <folder>/<owner>/<pack id>.md} or {@code .yaml}, read again at start-up. The folder is {@code
 * SOBES_PACKS_DIR}, by default {@code packs} beside the SQLite file.
 */
final class OwnPacks {
    private final Path folder;
    private final PackUpload reader = new PackUpload();

    OwnPacks(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Every kept pack, by owner; files that no longer read are reported and left out. */
    Map<PackOwner, List<Pack>> loadAll(PrintStream err) throws IOException {
        Map<PackOwner, List<Pack>> all = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return all;
        }
        try (Stream<Path> owners = Files.list(folder)) {
            for (Path ownerDir : owners.sorted().toList()) {
                Optional<PackOwner> owner =
                        PackOwner.parse(URLDecoder.decode(ownerDir.getFileName().toString(), StandardCharsets.UTF_8));
                if (owner.isEmpty() || !Files.isDirectory(ownerDir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(ownerDir)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        if (name.startsWith(".")) {
                            continue;
                        }
                        // <pack id>@<the name it was sent as, encoded>, so that a Markdown pack keeps its id and title.
                        int at = name.indexOf('@');
                        String packId = at < 0 ? name.replaceFirst("\\.[^.]*$", "") : name.substring(0, at);
                        String sentAs =
                                at < 0 ? name : URLDecoder.decode(name.substring(at + 1), StandardCharsets.UTF_8);
                        PackUpload.Result read = reader.read(sentAs, Files.readAllBytes(file), packId, none());
                        if (read.pack() == null) {
                            err.println("The own pack " + file + " no longer reads and is left out: "
                                    + String.join("; ", read.errors()));
                        } else {
                            all.computeIfAbsent(owner.get(), o -> new ArrayList<>())
                                    .add(read.pack());
                        }
                    }
                }
            }
        }
        return all;
    }

    /** Deletes the packs a person sent; returns how many there were. */
    int forget(PackOwner owner) throws IOException {
        Path dir = folder.resolve(URLEncoder.encode(owner.key(), StandardCharsets.UTF_8));
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int packs = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) {
                    packs++;
                }
                Files.delete(file);
            }
        }
        return packs;
    }

    /** Reads, checks and keeps an uploaded pack, and puts it in the library. */
    Operations.Imported importPack(PackOwner owner, Attachment file, Library library) {
        String markdownId = "own-" + tag(owner.key() + "/" + file.fileName().toLowerCase(Locale.ROOT));
        PackUpload.Taken taken = new PackUpload.Taken() {
            @Override
            public boolean pack(String packId) {
                return library.everything().pack(packId).isPresent() && !owns(library, owner, packId);
            }

            @Override
            public boolean question(String packId, String questionId) {
                return library.everything()
                        .question(questionId)
                        .map(q -> !(q.packId().equals(packId) && owns(library, owner, packId)))
                        .orElse(false);
            }
        };
        PackUpload.Result read = reader.read(file.fileName(), file.content(), markdownId, taken);
        Pack pack = read.pack();
        if (pack == null) {
            return new Operations.Imported(null, read.errors(), List.of());
        }
        try {
            Path dir = folder.resolve(URLEncoder.encode(owner.key(), StandardCharsets.UTF_8));
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".upload-", ".tmp");
            Files.write(temp, file.content());
            try (Stream<Path> earlier = Files.list(dir)) {
                for (Path old : earlier.toList()) {
                    if (old.getFileName().toString().startsWith(pack.id() + "@")) {
                        Files.delete(old);
                    }
                }
            }
            String kept = pack.id() + "@" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8);
            Files.move(temp, dir.resolve(kept), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the uploaded pack in " + folder, e);
        }
        library.putOwned(owner, pack);
        return new Operations.Imported(pack, List.of(), read.notes());
    }

    private static boolean owns(Library library, PackOwner owner, String packId) {
        return library.owned(owner).stream().anyMatch(p -> p.id().equals(packId));
    }

    private static PackUpload.Taken none() {
        return new PackUpload.Taken() {
            @Override
            public boolean pack(String packId) {
                return false;
            }

            @Override
            public boolean question(String packId, String questionId) {
                return false;
            }
        };
    }

    /** A short, stable tag of a text, for ids a person does not choose. */
    static String tag(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            String base36 = new BigInteger(1, Arrays.copyOf(digest, 8)).toString(36);
            return base36.length() > 8 ? base36.substring(0, 8) : base36;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
