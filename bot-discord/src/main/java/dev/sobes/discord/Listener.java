package dev.sobes.discord;

import dev.sobes.core.admin.Desk;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.chat.Unreachable;
import dev.sobes.core.chat.Upload;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes Discord's events: slash commands, button presses and modal submissions become the
 * engine's inputs, handled on the conversation's lane; the Answer button opens the answer modal;
 * autocomplete offers packs and topics; plain messages are answers in DMs and, with the Message
 * Content intent, in the bot's practice threads. Commands are registered when shards are ready.
 */
final class Listener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(Listener.class);
    private static final int REMEMBERED = 10_000;
    private static final int THREAD_NAME = 100;
    private static final int MODAL_TITLE = 45;
    /** How long an attachment may take to download before the person is asked to send it again. */
    private static final Duration DOWNLOAD_PATIENCE = Duration.ofSeconds(30);

    private final DiscordSettings settings;
    private final Function<Input, List<Reply>> engine;
    private final Supplier<QuestionBank> bank;
    private final Function<PersonId, Optional<Lang>> languages;
    private final Duration ackBudget;
    private final AdapterTexts texts = new AdapterTexts();
    private final SlashCommands commands = new SlashCommands(texts);
    private final SentMessages sent = new SentMessages(REMEMBERED);
    private final Delivery delivery = new Delivery(sent, texts);
    private final Lanes lanes;
    private final ScheduledExecutorService timer;
    private final Map<Long, String> locales = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > REMEMBERED;
        }
    };
    private volatile boolean closing;

    Listener(
            DiscordSettings settings,
            Function<Input, List<Reply>> engine,
            Supplier<QuestionBank> bank,
            Function<PersonId, Optional<Lang>> languages,
            Duration ackBudget,
            Lanes lanes,
            ScheduledExecutorService timer) {
        this.settings = settings;
        this.engine = engine;
        this.bank = bank;
        this.languages = languages;
        this.ackBudget = ackBudget;
        this.lanes = lanes;
        this.timer = timer;
    }

    void closing() {
        closing = true;
    }

    // Commands registration.

    @Override
    public void onReady(ReadyEvent event) {
        if (settings.commands() == DiscordSettings.CommandScope.GLOBAL
                && event.getJDA().getShardInfo().getShardId() == 0) {
            event.getJDA()
                    .updateCommands()
                    .addCommands(commands.all())
                    .queue(
                            done -> LOG.info("Registered {} global slash commands.", done.size()),
                            e -> LOG.error("Could not register the global slash commands: {}", e.toString()));
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        registerIn(event.getGuild());
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        registerIn(event.getGuild());
    }

    private void registerIn(net.dv8tion.jda.api.entities.Guild guild) {
        Long only = settings.guildId();
        if (settings.commands() != DiscordSettings.CommandScope.GUILD || (only != null && only != guild.getIdLong())) {
            return;
        }
        guild.updateCommands()
                .addCommands(commands.all())
                .queue(
                        done -> LOG.info("Registered {} slash commands in guild {}.", done.size(), guild.getId()),
                        e -> LOG.error(
                                "Could not register slash commands in guild {}: {}", guild.getId(), e.toString()));
    }

    // Interactions.

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Person person = person(event.getUser(), event.getMember(), event.getUserLocale(), event.getChannel());
        if (refuseWhileClosing(event, person)) {
            return;
        }
        Place place = Place.of(event.getChannel(), event.getJDA().getSelfUser().getIdLong());
        String name = event.getName();
        List<String> args = SlashCommands.arguments(event);
        if (place.shared() && SlashCommands.SOLO.contains(name)) {
            relocate(event, place, person, name, args);
            return;
        }
        // A command of one's own is answered to that person only; a game's are answered to everyone.
        boolean privately = place.shared() && !SlashCommands.FOR_EVERYONE.contains(name);
        Responder responder = new Responder(event, null, 0, privately);
        OptionMapping file = name.equals(SlashCommands.UPLOAD) ? event.getOption(SlashCommands.FILE) : null;
        if (file != null && file.getType() == OptionType.ATTACHMENT) {
            run(
                    place,
                    person,
                    event.getUser(),
                    responder,
                    privately,
                    0,
                    upload(event.getJDA(), place.conversation(), person, file.getAsAttachment(), event.getId()));
            return;
        }
        handle(
                place,
                person,
                event.getUser(),
                responder,
                privately,
                new Command(place.conversation(), person, name, args, event.getId()));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Person person = person(event.getUser(), event.getMember(), event.getUserLocale(), event.getChannel());
        if (refuseWhileClosing(event, person)) {
            return;
        }
        Place place = Place.of(event.getChannel(), event.getJDA().getSelfUser().getIdLong());
        String id = event.getComponentId();
        Optional<String> card = AnswerIds.keyOfButton(id);
        if (card.isPresent()) {
            openAnswer(event, place, person, card.get());
            return;
        }
        Optional<String> form = FormIds.actionOfButton(id);
        if (form.isPresent()) {
            openForm(event, person, form.get());
            return;
        }
        // A button under a message everyone sees is answered to everyone, one under a private message privately.
        boolean privately = place.shared() && event.getMessage().isEphemeral();
        Responder responder = new Responder(event, event, event.getMessageIdLong(), privately);
        handle(
                place,
                person,
                event.getUser(),
                responder,
                privately,
                new ButtonPress(place.conversation(), person, id, event.getId()));
    }

    private void openAnswer(ButtonInteractionEvent event, Place place, Person person, String card) {
        Lang lang = lang(person);
        if (closed(place.conversation(), card)) {
            event.reply(texts.get(lang, "answer.closed")).setEphemeral(true).queue(null, this::warn);
            return;
        }
        Modal modal = Modal.create(AnswerIds.modal(card), texts.get(lang, "answer.modal.title"))
                .addComponents(Label.of(texts.get(lang, "answer.modal.label"), answerBox(lang)))
                .build();
        event.replyModal(modal).queue(null, this::warn);
    }

    /** A button that asks for text opens a form titled with its label; the text comes back with its action. */
    private void openForm(ButtonInteractionEvent event, Person person, String action) {
        Lang lang = lang(person);
        Modal modal = Modal.create(FormIds.modal(action), clip(event.getButton().getLabel(), MODAL_TITLE))
                .addComponents(Label.of(texts.get(lang, "answer.modal.label"), answerBox(lang)))
                .build();
        event.replyModal(modal).queue(null, this::warn);
    }

    private TextInput answerBox(Lang lang) {
        return TextInput.create(AnswerIds.INPUT, TextInputStyle.PARAGRAPH)
                .setPlaceholder(texts.get(lang, "answer.modal.placeholder"))
                .setRequiredRange(1, Engine.MAX_ANSWER_LENGTH)
                .build();
    }

    /** An Answer button of a question card that a later card has replaced. */
    private boolean closed(Conversation conversation, String card) {
        return sent.latestQuestion(conversation)
                .map(latest -> !latest.equals(card))
                .orElse(false);
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        Person person = person(event.getUser(), event.getMember(), event.getUserLocale(), event.getChannel());
        if (refuseWhileClosing(event, person)) {
            return;
        }
        Place place = Place.of(event.getChannel(), event.getJDA().getSelfUser().getIdLong());
        ModalMapping value = event.getValue(AnswerIds.INPUT);
        Message source = event.getMessage();
        boolean privately = place.shared() && (source == null || source.isEphemeral());
        Responder responder =
                new Responder(event, source != null ? event : null, source != null ? source.getIdLong() : 0, privately);
        String text = value == null ? "" : value.getAsString();
        Optional<String> form = FormIds.actionOfModal(event.getModalId());
        if (form.isPresent()) {
            TextMessage written = new TextMessage(place.conversation(), person, text, event.getId(), form.get());
            handle(place, person, event.getUser(), responder, privately, written);
            return;
        }
        Optional<String> card = AnswerIds.keyOfModal(event.getModalId());
        TextMessage answer = new TextMessage(place.conversation(), person, text, event.getId());
        // Checked on the conversation's lane, after the inputs before it have been answered.
        run(place, person, event.getUser(), responder, privately, 0, () -> {
            if (card.isPresent() && closed(place.conversation(), card.get())) {
                RichText handedBack = RichText.builder()
                        .text(texts.get(lang(person), "answer.closed"))
                        .text(text)
                        .build();
                return List.of(Reply.to(place.conversation(), handedBack).privateTo(person.id()));
            }
            return engine.apply(answer);
        });
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String option = event.getFocusedOption().getName();
        OptionMapping pack = event.getOption("pack");
        Lang lang = languages
                .apply(new PersonId(Platform.DISCORD, event.getUser().getId()))
                .orElseGet(() -> Lang.fromTag(event.getUserLocale().getLocale()));
        event.replyChoices(SlashCommands.choices(
                        bank.get(),
                        option,
                        event.getFocusedOption().getValue(),
                        pack == null || option.equals("pack") ? "" : pack.getAsString(),
                        lang))
                .queue(null, this::warn);
    }

    // Plain messages.

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        User author = event.getAuthor();
        MessageType type = event.getMessage().getType();
        if (closing
                || author.isBot()
                || author.isSystem()
                || event.isWebhookMessage()
                || (type != MessageType.DEFAULT && type != MessageType.INLINE_REPLY)) {
            return;
        }
        Place place = Place.of(event.getChannel(), event.getJDA().getSelfUser().getIdLong());
        boolean read = place.direct() || (place.botThread() && settings.messageContent());
        if (!read) {
            return;
        }
        String text = event.getMessage().getContentRaw();
        List<Message.Attachment> files = event.getMessage().getAttachments();
        if (text.isBlank() && files.isEmpty()) {
            return;
        }
        String locale;
        synchronized (locales) {
            locale = locales.get(author.getIdLong());
        }
        Person person = new Person(
                new PersonId(Platform.DISCORD, author.getId()),
                displayName(author, event.getMember()),
                locale,
                manages(event.getMember(), event.getChannel()));
        if (!files.isEmpty()) {
            // A file sent here is a pack to import; words sent with it are its caption, not an answer.
            for (Message.Attachment file : files) {
                run(
                        place,
                        person,
                        author,
                        null,
                        false,
                        0,
                        upload(event.getJDA(), place.conversation(), person, file, event.getMessageId()));
            }
            return;
        }
        run(
                place,
                person,
                author,
                null,
                false,
                event.getMessageIdLong(),
                () -> engine.apply(typed(place.conversation(), person, text, event.getMessageId())));
    }

    // Files people send.

    /**
     * The work of importing one attachment: refused by its size before anything is downloaded,
     * then fetched through JDA's HTTP client and handed to the engine as an {@link Upload}.
     */
    private Supplier<List<Reply>> upload(
            JDA jda, Conversation conversation, Person person, Message.Attachment file, String sourceId) {
        return () -> {
            Lang lang = lang(person);
            String name = fileName(file.getFileName());
            String limit = kib(Desk.MAX_UPLOAD_BYTES);
            if (file.getSize() > Desk.MAX_UPLOAD_BYTES) {
                return List.of(toPerson(conversation, person, texts.get(lang, "upload.too-big", name, limit)));
            }
            byte[] bytes;
            try {
                bytes = download(jda, file);
            } catch (IOException e) {
                LOG.warn("Could not download an attachment from Discord: {}", e.toString());
                return List.of(toPerson(conversation, person, texts.get(lang, "upload.fetch-failed", name)));
            }
            if (bytes.length > Desk.MAX_UPLOAD_BYTES) {
                return List.of(toPerson(conversation, person, texts.get(lang, "upload.too-big", name, limit)));
            }
            String type = file.getContentType();
            String mediaType = type == null || type.isBlank() ? "application/octet-stream" : type;
            return engine.apply(new Upload(conversation, person, new Attachment(name, mediaType, bytes), sourceId));
        };
    }

    /** The file's content, at most one byte more than an upload may have. */
    private static byte[] download(JDA jda, Message.Attachment file) throws IOException {
        CompletableFuture<InputStream> pending =
                file.getProxy().withClient(jda.getHttpClient()).download();
        try (InputStream in = pending.get(DOWNLOAD_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            return in.readNBytes(Desk.MAX_UPLOAD_BYTES + 1);
        } catch (ExecutionException | TimeoutException e) {
            pending.cancel(true);
            throw new IOException("downloading " + file.getFileName() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            throw new IOException("interrupted while downloading " + file.getFileName(), e);
        }
    }

    /** A file name the engine takes: no folders. */
    static String fileName(String name) {
        String plain = name.replace('/', '_').replace('\\', '_').strip();
        return plain.isEmpty() ? "file" : plain;
    }

    private static String kib(int bytes) {
        return (bytes + 1023) / 1024 + " KiB";
    }

    private static Reply toPerson(Conversation conversation, Person person, String text) {
        return Reply.to(conversation, RichText.of(text)).privateTo(person.id());
    }

    /** In a DM or thread, "/practice go" typed as text works like the command. */
    private static Input typed(Conversation conversation, Person person, String text, String messageId) {
        String trimmed = text.strip();
        if (trimmed.startsWith("/") && trimmed.length() > 1 && Character.isLetter(trimmed.charAt(1))) {
            List<String> words = Arrays.asList(trimmed.substring(1).split("\\s+"));
            return new Command(conversation, person, words.get(0), words.subList(1, words.size()), messageId);
        }
        return new TextMessage(conversation, person, text, messageId);
    }

    // Handling on the conversation's lane.

    private void handle(Place place, Person person, User user, Responder responder, boolean privately, Input input) {
        run(place, person, user, responder, privately, 0, () -> engine.apply(input));
    }

    /**
     * @param privately whether replies that name nobody are shown to the person only
     * @param messageId the person's message that brought the input, or 0 for an interaction
     */
    private void run(
            Place place,
            Person person,
            User user,
            @Nullable Responder responder,
            boolean privately,
            long messageId,
            Supplier<List<Reply>> work) {
        Lang lang = lang(person);
        if (responder != null) {
            responder.deadline(timer.schedule(responder::deferIfFresh, ackBudget.toMillis(), TimeUnit.MILLISECONDS));
        }
        Delivery.Context context = new Delivery.Context(
                place.conversation(),
                place.channel(),
                user,
                lang,
                responder,
                place.direct(),
                privately,
                place.direct() || (place.botThread() && settings.messageContent()),
                messageId,
                conversation -> Channels.findOrNone(place.channel().getJDA(), conversation));
        try {
            lanes.submit(place.conversation().key(), () -> {
                try {
                    delivery.deliver(context, work.get());
                } catch (RuntimeException e) {
                    LOG.error(
                            "Handling an input in {} failed",
                            place.conversation().key(),
                            e);
                    apologize(responder, lang, place.channel());
                } finally {
                    finish(responder, lang);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("An input arrived while shutting down; it was not handled.");
        }
    }

    private void apologize(@Nullable Responder responder, Lang lang, MessageChannel channel) {
        if (responder == null) {
            return;
        }
        try {
            responder.send(
                    Delivery.create(new Outgoing(texts.get(lang, "error.internal"), List.of(), List.of())),
                    true,
                    channel);
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the person about the failure: {}", e.toString());
        }
    }

    private void finish(@Nullable Responder responder, Lang lang) {
        if (responder == null) {
            return;
        }
        try {
            responder.finish(texts.get(lang, "done"));
        } catch (RuntimeException e) {
            LOG.warn("Could not complete an interaction: {}", e.toString());
        }
    }

    // A practice started in a shared channel moves to a thread, or to DMs.

    private void relocate(
            SlashCommandInteractionEvent event, Place place, Person person, String name, List<String> args) {
        Lang lang = lang(person);
        event.deferReply(true).queue(null, this::warn);
        try {
            lanes.submit(place.conversation().key(), () -> {
                String note;
                try {
                    note = startElsewhere(event, place, person, lang, name, args);
                } catch (RuntimeException e) {
                    LOG.error(
                            "Starting a practice from {} failed",
                            place.conversation().key(),
                            e);
                    note = texts.get(lang, "error.internal");
                }
                event.getHook()
                        .editOriginal(Delivery.edit(new Outgoing(note, List.of(), List.of())))
                        .queue(null, this::warn);
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("A command arrived while shutting down; it was not handled.");
        }
    }

    private String startElsewhere(
            SlashCommandInteractionEvent event, Place from, Person person, Lang lang, String name, List<String> args) {
        long self = event.getJDA().getSelfUser().getIdLong();
        ThreadChannel thread = openThread(from.channel(), person, lang);
        if (thread != null) {
            thread.addThreadMember(event.getUser()).queue(null, this::warn);
            Place there = Place.of(thread, self);
            deliverElsewhere(there, person, event.getUser(), lang, name, args, event.getId());
            return texts.get(lang, "moved.thread", thread.getAsMention());
        }
        try {
            PrivateChannel dm = event.getUser().openPrivateChannel().complete();
            deliverElsewhere(Place.of(dm, self), person, event.getUser(), lang, name, args, event.getId());
            return texts.get(lang, "moved.dm");
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
                return texts.get(lang, "moved.nowhere");
            }
            throw e;
        }
    }

    private @Nullable ThreadChannel openThread(MessageChannel channel, Person person, Lang lang) {
        if (!(channel instanceof IThreadContainer container) || channel instanceof ThreadChannel) {
            return null;
        }
        String threadName = texts.get(lang, "thread.name", person.displayName());
        if (threadName.length() > THREAD_NAME) {
            threadName = threadName.substring(0, THREAD_NAME - 1) + "…";
        }
        try {
            return container
                    .createThreadChannel(threadName, false)
                    .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_24_HOURS)
                    .complete();
        } catch (InsufficientPermissionException | ErrorResponseException e) {
            LOG.info("Could not open a practice thread in {}: {}", channel.getId(), e.getMessage());
            return null;
        }
    }

    /**
     * Sends replies that answer no interaction (a timer's) to their conversation's channel, in the
     * conversation's lane so they keep their order with the replies to people's inputs. A direct
     * conversation's channel this process does not know yet (after a restart) is asked of Discord
     * there, on the lane.
     */
    void deliverUnprompted(ShardManager shards, List<Reply> replies) {
        for (Reply reply : replies) {
            Conversation conversation = reply.conversation();
            lanes.submit(conversation.key(), () -> deliverUnprompted(shards, reply));
        }
    }

    private void deliverUnprompted(ShardManager shards, Reply reply) {
        Conversation conversation = reply.conversation();
        boolean direct = !conversation.group();
        try {
            Optional<MessageChannel> found = Channels.find(shards, conversation);
            if (found.isEmpty()) {
                LOG.warn("A timer's reply for {} was not sent: the channel is not known here", conversation.key());
                return;
            }
            MessageChannel home = found.get();
            Delivery.Context context = new Delivery.Context(
                    conversation,
                    home,
                    home.getJDA().getSelfUser(),
                    Lang.EN,
                    null,
                    direct,
                    false,
                    direct || settings.messageContent(),
                    0,
                    other -> Channels.findOrNone(shards, other));
            delivery.deliver(context, List.of(reply));
        } catch (ErrorResponseException e) {
            if (direct && UNREACHABLE.contains(e.getErrorResponse())) {
                // Direct messages closed, or the person is gone: stop what is sent unasked (reminders).
                List<Reply> none = engine.apply(Unreachable.blocked(conversation));
                if (!none.isEmpty()) {
                    LOG.warn("The engine answered an unreachable conversation; nothing can be sent there");
                }
            } else {
                LOG.warn("A timer's reply for {} was refused: {}", conversation.key(), e.getMessage());
                if (direct) {
                    passingFailure(conversation);
                }
            }
        } catch (RuntimeException e) {
            // Out of JDA's retries for a reason that is not Discord refusing the person (the network, say).
            LOG.warn("A timer's reply for {} could not be sent: {}", conversation.key(), e.toString());
            if (direct) {
                passingFailure(conversation);
            }
        }
    }

    /**
     * Tells the engine a message to a direct conversation was given up for a passing reason; a few in
     * a row turn off what is sent unasked there (reminders).
     */
    private void passingFailure(Conversation conversation) {
        List<Reply> none = engine.apply(new Unreachable(conversation, false));
        if (!none.isEmpty()) {
            LOG.warn("The engine answered an unreachable conversation; nothing can be sent there");
        }
    }

    /** Discord's answers that mean the bot may not write to a direct conversation until the person acts. */
    private static final java.util.Set<ErrorResponse> UNREACHABLE = java.util.EnumSet.of(
            ErrorResponse.CANNOT_SEND_TO_USER, ErrorResponse.UNKNOWN_CHANNEL, ErrorResponse.UNKNOWN_USER);

    private void deliverElsewhere(
            Place there, Person person, User user, Lang lang, String name, List<String> args, String sourceId) {
        List<Reply> replies = engine.apply(new Command(there.conversation(), person, name, args, sourceId));
        delivery.deliver(
                new Delivery.Context(
                        there.conversation(),
                        there.channel(),
                        user,
                        lang,
                        null,
                        there.direct(),
                        false,
                        there.direct() || settings.messageContent(),
                        0,
                        conversation -> Channels.findOrNone(there.channel().getJDA(), conversation)),
                replies);
    }

    // People.

    private Person person(User user, @Nullable Member member, DiscordLocale locale, MessageChannel channel) {
        String tag = locale == DiscordLocale.UNKNOWN ? null : locale.getLocale();
        if (tag != null) {
            synchronized (locales) {
                locales.put(user.getIdLong(), tag);
            }
        }
        return new Person(
                new PersonId(Platform.DISCORD, user.getId()), displayName(user, member), tag, manages(member, channel));
    }

    /** Whether the member may manage where they are: Manage Server, or Manage Channels for this channel. */
    static boolean manages(@Nullable Member member, MessageChannel channel) {
        if (member == null) {
            return false;
        }
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        return channel instanceof GuildChannel guildChannel
                && member.hasPermission(guildChannel, Permission.MANAGE_CHANNEL);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String displayName(User user, @Nullable Member member) {
        return member != null ? member.getEffectiveName() : user.getEffectiveName();
    }

    private Lang lang(Person person) {
        return languages.apply(person.id()).orElseGet(() -> Lang.fromTag(person.languageTag()));
    }

    private boolean refuseWhileClosing(net.dv8tion.jda.api.interactions.callbacks.IReplyCallback event, Person person) {
        if (!closing) {
            return false;
        }
        event.reply(texts.get(lang(person), "error.restarting"))
                .setEphemeral(true)
                .queue(null, this::warn);
        return true;
    }

    private void warn(Throwable e) {
        LOG.warn("A Discord request failed: {}", e.toString());
    }
}
