package dev.sobes.core.chat;

/** A person on one platform. Progress and settings are kept per person. */
public record PersonId(Platform platform, String userId) {
    public PersonId {
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId is blank");
        }
    }

    public String key() {
        return platform.code() + ":" + userId;
    }
}
