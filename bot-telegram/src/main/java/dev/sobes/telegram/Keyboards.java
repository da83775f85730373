package dev.sobes.telegram;

import dev.sobes.core.chat.Button;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Button rows as an inline keyboard; each button's action id travels as its callback data. */
final class Keyboards {
    /** Telegram's limit on callback data, in UTF-8 bytes. */
    static final int MAX_CALLBACK_DATA = 64;

    private static final Logger log = LoggerFactory.getLogger(Keyboards.class);

    private Keyboards() {}

    /** The keyboard for {@code rows}, or null when there are no buttons. */
    static @Nullable InlineKeyboardMarkup of(List<List<Button>> rows) {
        List<InlineKeyboardRow> keyboard = new ArrayList<>();
        for (List<Button> row : rows) {
            InlineKeyboardRow out = new InlineKeyboardRow();
            for (Button button : row) {
                if (fits(button.action())) {
                    out.add(InlineKeyboardButton.builder()
                            .text(button.label())
                            .callbackData(button.action())
                            .build());
                } else {
                    // The engine's action ids fit; one that does not would make Telegram refuse the whole message.
                    log.error(
                            "Left out the button \"{}\": its action id has {} bytes, Telegram takes {}",
                            button.label(),
                            button.action().getBytes(StandardCharsets.UTF_8).length,
                            MAX_CALLBACK_DATA);
                }
            }
            if (!out.isEmpty()) {
                keyboard.add(out);
            }
        }
        return keyboard.isEmpty()
                ? null
                : InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }

    static boolean fits(String callbackData) {
        int bytes = callbackData.getBytes(StandardCharsets.UTF_8).length;
        return bytes >= 1 && bytes <= MAX_CALLBACK_DATA;
    }
}
