package dev.sobes.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The @usernames of people the bot has seen, with their ids: the Bot API cannot look a person up
 * by username, so a command that names someone as {@code @name} is understood only when that
 * person wrote to the bot, used one of its commands or buttons, or wrote the message a command
 * replied to. Kept in memory, bounded, per process.
 */
final class Usernames {
    private final Cache<String, Long> ids = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofDays(30))
            .build();

    void saw(@Nullable User user) {
        if (user == null || user.getId() == null || Boolean.TRUE.equals(user.getIsBot())) {
            return;
        }
        String name = user.getUserName();
        if (name != null && !name.isBlank()) {
            ids.put(name.toLowerCase(Locale.ROOT), user.getId());
        }
    }

    /** The id of the person with {@code username} (without the @, any case), if the bot has seen them. */
    Optional<Long> id(String username) {
        return Optional.ofNullable(ids.getIfPresent(username.toLowerCase(Locale.ROOT)));
    }
}
