package org.tresse.connector.telegram.internal;

import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.tresse.core.message.Button;

/** Tresse buttons as a Telegram inline keyboard; a button's data becomes its callback data. */
public final class Keyboards {
    private Keyboards() {}

    public static InlineKeyboardMarkup of(List<List<Button>> rows) {
        List<InlineKeyboardRow> keyboard = rows.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(button -> InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build())
                        .toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }
}
