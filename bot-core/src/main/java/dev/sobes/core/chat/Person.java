package dev.sobes.core.chat;

import org.jspecify.annotations.Nullable;

/**
 * The person behind an input, as the platform describes them. {@code languageTag} is the
 * platform's language for the person (an IETF tag), when it reports one.
 *
 * @param manager whether the platform lets this person manage the conversation the input came
 *     from: on Discord, the Manage Server or Manage Channels permission there; on Telegram, an
 *     administrator of the group. Managers may control a group interview they do not host. Adapters
 *     that do not know say false.
 */
public record Person(
        PersonId id, String displayName, @Nullable String languageTag, boolean manager) {

    /** A person who does not manage the conversation (or whose rights the adapter does not know). */
    public Person(PersonId id, String displayName, @Nullable String languageTag) {
        this(id, displayName, languageTag, false);
    }
}
