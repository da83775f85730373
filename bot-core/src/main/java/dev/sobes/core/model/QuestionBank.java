package dev.sobes.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every pack the engine can ask from. Immutable; content reloads build a new bank. */
public final class QuestionBank {
    private final List<Pack> packs;
    private final Map<String, Pack> packsById = new LinkedHashMap<>();
    private final Map<String, Question> questionsById = new LinkedHashMap<>();

    public QuestionBank(List<Pack> packs) {
        this.packs = List.copyOf(packs);
        for (Pack pack : this.packs) {
            if (packsById.putIfAbsent(pack.id(), pack) != null) {
                throw new IllegalArgumentException("duplicate pack id " + pack.id());
            }
            for (Question q : pack.questions()) {
                if (questionsById.putIfAbsent(q.id(), q) != null) {
                    throw new IllegalArgumentException("duplicate question id " + q.id());
                }
            }
        }
    }

    public List<Pack> packs() {
        return packs;
    }

    public Optional<Pack> pack(String id) {
        return Optional.ofNullable(packsById.get(id));
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questionsById.get(id));
    }

    public int questionCount() {
        return questionsById.size();
    }
}
