package dev.sobes.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Who may do what in a group, as Telegram says, remembered for a short while: the group's creator
 * and administrators (they manage a group interview they do not host), and whether the bot may
 * delete other people's messages there (an answer written in the group). One
 * {@code getChatAdministrators} and one {@code getChatMember} a group at most every {@code
 * fresh}; what could not be learnt counts as unknown for a shorter while, so a failing lookup is
 * not repeated on every message. A change of the bot's own rights arrives as an update ({@link
 * #forget}).
 */
final class GroupRights {
    private static final Logger log = LoggerFactory.getLogger(GroupRights.class);

    /** How long a failed lookup is not tried again. */
    private static final Duration UNKNOWN_FOR = Duration.ofSeconds(15);

    private final TelegramClient client;
    private final long botId;
    private final Redactor redactor;
    private final long freshNanos;
    private final LongSupplier clock;
    private final Cache<String, Entry<Set<Long>>> managers =
            Caffeine.newBuilder().maximumSize(50_000).build();
    private final Cache<String, Entry<Boolean>> botMayDelete =
            Caffeine.newBuilder().maximumSize(50_000).build();

    /** What was learnt at {@code at} (nanoseconds); {@code value} is null when the lookup failed. */
    private record Entry<T>(@Nullable T value, long at) {}

    GroupRights(TelegramClient client, long botId, Redactor redactor, Duration fresh, LongSupplier clock) {
        this.client = client;
        this.botId = botId;
        this.redactor = redactor;
        this.freshNanos = fresh.toNanos();
        this.clock = clock;
    }

    /** Whether {@code userId} is the creator or an administrator of group {@code chatId}; false when unknown. */
    boolean manages(String chatId, long userId) {
        Entry<Set<Long>> entry = managers.getIfPresent(chatId);
        if (entry == null || stale(entry)) {
            entry = new Entry<>(loadManagers(chatId), clock.getAsLong());
            managers.put(chatId, entry);
        }
        Set<Long> ids = entry.value();
        return ids != null && ids.contains(userId);
    }

    /** Learns, if it is not known, whether the bot may delete people's messages in {@code chatId}. */
    void learnDeleteRight(String chatId) {
        Entry<Boolean> entry = botMayDelete.getIfPresent(chatId);
        if (entry == null || stale(entry)) {
            botMayDelete.put(chatId, new Entry<>(loadDeleteRight(chatId), clock.getAsLong()));
        }
    }

    /**
     * Whether the bot may delete people's messages in {@code chatId}, as last learnt, without
     * asking Telegram: null when unknown.
     */
    @Nullable
    Boolean mayDelete(String chatId) {
        Entry<Boolean> entry = botMayDelete.getIfPresent(chatId);
        return entry == null ? null : entry.value();
    }

    /** What is known about {@code chatId} is out of date. */
    void forget(String chatId) {
        managers.invalidate(chatId);
        botMayDelete.invalidate(chatId);
    }

    private boolean stale(Entry<?> entry) {
        long age = clock.getAsLong() - entry.at();
        return age >= (entry.value() == null ? UNKNOWN_FOR.toNanos() : freshNanos);
    }

    private @Nullable Set<Long> loadManagers(String chatId) {
        try {
            List<ChatMember> admins = client.execute(
                    GetChatAdministrators.builder().chatId(chatId).build());
            Set<Long> ids = new HashSet<>();
            for (ChatMember admin : admins) {
                String status = admin.getStatus();
                if (admin.getUser() != null
                        && admin.getUser().getId() != null
                        && ("creator".equals(status) || "administrator".equals(status))) {
                    ids.add(admin.getUser().getId());
                }
            }
            return Set.copyOf(ids);
        } catch (TelegramApiException | RuntimeException e) {
            log.info("Could not learn the administrators of chat {}: {}", chatId, redactor.describe(e));
            return null;
        }
    }

    private @Nullable Boolean loadDeleteRight(String chatId) {
        try {
            ChatMember me = client.execute(
                    GetChatMember.builder().chatId(chatId).userId(botId).build());
            return me instanceof ChatMemberAdministrator admin && Boolean.TRUE.equals(admin.getCanDeleteMessages());
        } catch (TelegramApiException | RuntimeException e) {
            log.info("Could not learn the bot's rights in chat {}: {}", chatId, redactor.describe(e));
            return null;
        }
    }
}
