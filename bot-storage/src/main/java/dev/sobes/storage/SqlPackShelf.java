package dev.sobes.storage;

import dev.sobes.core.admin.PackOwner;
import dev.sobes.core.admin.PackShelf;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Own packs in the store's database ({@code own_packs}). Every change announces itself in the same
 * transaction (as {@link SqlStore#announce} does), so each process notices another's upload with
 * one read.
 */
final class SqlPackShelf implements PackShelf {
    /** What a change of the own packs announces. */
    static final String CHANGED = "own-packs";

    private final Database database;
    private final DataSource pool;

    SqlPackShelf(Database database, DataSource pool) {
        this.database = database;
        this.pool = pool;
    }

    @Override
    public void keep(Kept pack) {
        try (Connection c = pool.getConnection()) {
            SqlStore.inTransaction(c, () -> {
                try (PreparedStatement s =
                        c.prepareStatement("DELETE FROM own_packs WHERE owner_key = ? AND pack_id = ?")) {
                    s.setString(1, pack.owner().key());
                    s.setString(2, pack.packId());
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO own_packs"
                        + " (owner_key, pack_id, file_name, media, content, kept_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, pack.owner().key());
                    s.setString(2, pack.packId());
                    s.setString(3, pack.file().fileName());
                    s.setString(4, pack.file().mediaType());
                    s.setBytes(5, pack.file().content());
                    s.setLong(6, Micros.of(pack.keptAt()));
                    s.executeUpdate();
                }
                moveRevision(c);
            });
        } catch (SQLException e) {
            throw failure("keep a pack in", e);
        }
    }

    @Override
    public boolean remove(PackOwner owner, String packId) {
        boolean[] removed = new boolean[1];
        try (Connection c = pool.getConnection()) {
            SqlStore.inTransaction(c, () -> {
                try (PreparedStatement s =
                        c.prepareStatement("DELETE FROM own_packs WHERE owner_key = ? AND pack_id = ?")) {
                    s.setString(1, owner.key());
                    s.setString(2, packId);
                    removed[0] = s.executeUpdate() > 0;
                }
                if (removed[0]) {
                    moveRevision(c);
                }
            });
        } catch (SQLException e) {
            throw failure("delete a pack from", e);
        }
        return removed[0];
    }

    @Override
    public List<Kept> all() {
        List<Kept> all = new ArrayList<>();
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT owner_key, pack_id, file_name, media, content, kept_at"
                        + " FROM own_packs ORDER BY owner_key, kept_at, pack_id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Optional<PackOwner> owner = PackOwner.parse(r.getString(1));
                if (owner.isPresent()) {
                    all.add(new Kept(
                            owner.get(),
                            r.getString(2),
                            new Attachment(r.getString(3), r.getString(4), r.getBytes(5)),
                            Micros.toInstant(r.getLong(6))));
                }
            }
        } catch (SQLException e) {
            throw failure("read the own packs from", e);
        }
        return all;
    }

    @Override
    public String revision() {
        try (Connection c = pool.getConnection()) {
            return SqlStore.mark(c, CHANGED).orElse("");
        } catch (SQLException e) {
            throw failure("read the own packs' revision from", e);
        }
    }

    /** The packs a person sent, for their export. */
    List<Kept> of(Connection c, PersonId person) throws SQLException {
        PackOwner owner = PackOwner.person(person);
        List<Kept> theirs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT pack_id, file_name, media, content, kept_at"
                + " FROM own_packs WHERE owner_key = ? ORDER BY kept_at, pack_id")) {
            s.setString(1, owner.key());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    theirs.add(new Kept(
                            owner,
                            r.getString(1),
                            new Attachment(r.getString(2), r.getString(3), r.getBytes(4)),
                            Micros.toInstant(r.getLong(5))));
                }
            }
        }
        return theirs;
    }

    /** Deletes the packs a person sent, in the caller's transaction. */
    static void forget(Connection c, PersonId person) throws SQLException {
        int deleted;
        try (PreparedStatement s = c.prepareStatement("DELETE FROM own_packs WHERE owner_key = ?")) {
            s.setString(1, PackOwner.person(person).key());
            deleted = s.executeUpdate();
        }
        if (deleted > 0) {
            moveRevision(c);
        }
    }

    private static void moveRevision(Connection c) throws SQLException {
        SqlStore.announce(c, CHANGED);
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(
                "Could not " + what + " the database " + database.describe() + ": " + Failures.message(e), e);
    }
}
