package dev.sobes.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.model.QuestionBank;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryTest {
    final PackOwner anna = PackOwner.person(new PersonId(Platform.TELEGRAM, "2"));
    final PackOwner boris = PackOwner.person(new PersonId(Platform.DISCORD, "3"));
    final Library library = new Library(new QuestionBank(List.of(DeskTest.pack("go", "Go"))));

    @Test
    void eachOwnerSeesTheSharedPacksAndTheirOwn() {
        library.putOwned(anna, DeskTest.pack("annas", "Anna's"));
        library.putOwned(boris, DeskTest.pack("boris", "Boris's"));

        assertThat(library.visibleTo(List.of(anna)).packs())
                .extracting(p -> p.id())
                .containsExactly("go", "annas");
        assertThat(library.visibleTo(List.of(boris)).packs())
                .extracting(p -> p.id())
                .containsExactly("go", "boris");
        assertThat(library.visibleTo(List.of()).question("annas-q1")).isEmpty();
        assertThat(library.everything().question("annas-q1")).isPresent();
    }

    @Test
    void aReloadReplacesTheSharedPacksAndKeepsOwnOnesUnlessTheirIdsAreTaken() {
        library.putOwned(anna, DeskTest.pack("annas", "Anna's"));
        library.replaceShared(new QuestionBank(List.of(DeskTest.pack("sql", "SQL"))));
        assertThat(library.shared().packs()).extracting(p -> p.id()).containsExactly("sql");
        assertThat(library.owned(anna)).hasSize(1);

        library.replaceShared(new QuestionBank(List.of(DeskTest.pack("annas", "Now shared"))));
        assertThat(library.owned(anna)).isEmpty();
        assertThat(library.everything().pack("annas").orElseThrow().title().en())
                .isEqualTo("Now shared");
    }

    @Test
    void theEngineSeesWhatTheInputMaySeeOnlyWhileItIsHandled() {
        library.replaceOwned(Map.of(anna, List.of(DeskTest.pack("annas", "Anna's"))));
        int seen = library.as(List.of(boris), () -> library.get().packs().size());
        assertThat(seen).isEqualTo(1);
        assertThat(library.get().packs()).hasSize(2);
    }

    @Test
    void ownersReadBackFromTheirKeys() {
        assertThat(PackOwner.parse(anna.key())).contains(anna);
        assertThat(PackOwner.parse("place:discord:42"))
                .hasValueSatisfying(o -> assertThat(o.place()).isTrue());
        assertThat(PackOwner.parse("someone")).isEmpty();
    }
}
