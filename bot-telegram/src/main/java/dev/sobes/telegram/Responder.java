package dev.sobes.telegram;

import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import java.util.List;
import java.util.function.Consumer;

/**
 * What answers the bot's inputs: applies one and hands its replies to {@code sink}. The engine
 * does so before it takes the next input of the same conversation ({@link
 * dev.sobes.core.engine.Engine#handle(Input, Consumer)}), so a conversation's replies are queued
 * in the order its inputs were applied, whichever chat they came from.
 */
@FunctionalInterface
interface Responder {
    void respond(Input input, Consumer<List<Reply>> sink);
}
