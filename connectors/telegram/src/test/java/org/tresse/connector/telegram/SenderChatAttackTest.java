package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.tresse.connector.telegram.internal.TelegramEvent;
import org.tresse.connector.telegram.internal.TelegramEvent.Ignore;
import org.tresse.connector.telegram.internal.UpdateReader;

/**
 * Messages in a group that no person signs: a post of the linked channel forwarded by Telegram
 * itself (from 777000 "Telegram", not flagged as a bot), a message written "as the channel" or
 * "as the group" by an anonymous admin. Every admin of every such channel would speak as ONE
 * Telegram identity: one vote for all of them, and whoever links it gets the others' words.
 */
class SenderChatAttackTest {
    private final ObjectMapper json = TelegramConnector.jsonMapper();
    private final UpdateReader reader = new UpdateReader("telegram", "offset", () -> "TresseBot", id -> Optional.empty(),
            (chat, title) -> true);

    private TelegramEvent read(String from, String senderChat, String extra) throws Exception {
        String update = "{\"update_id\":5,\"message\":{\"message_id\":9,\"from\":" + from + ","
                + (senderChat == null ? "" : "\"sender_chat\":" + senderChat + ",") + extra
                + "\"chat\":{\"id\":-1001234,\"title\":\"Café\",\"type\":\"supergroup\"},\"date\":1709370000,"
                + "\"text\":\"/vote 1 pour\",\"entities\":[{\"offset\":0,\"length\":5,\"type\":\"bot_command\"}]}}";
        return reader.read(json.readTree(update), 5);
    }

    @Test
    void aChannelPostForwardedIntoTheGroupSpeaksForNobody() throws Exception {
        TelegramEvent event = read("{\"id\":777000,\"is_bot\":false,\"first_name\":\"Telegram\"}",
                "{\"id\":-1009999,\"title\":\"La Tresse infos\",\"type\":\"channel\"}", "\"is_automatic_forward\":true,");

        assertThat(event).isInstanceOf(Ignore.class);
    }

    @Test
    void aMessageSignedByAChatRatherThanAPersonSpeaksForNobody() throws Exception {
        TelegramEvent asChannel = read("{\"id\":136817688,\"is_bot\":false,\"first_name\":\"Channel\",\"username\":\"Channel_Bot\"}",
                "{\"id\":-1009999,\"title\":\"La Tresse infos\",\"type\":\"channel\"}", "");
        TelegramEvent asGroup = read("{\"id\":1087968824,\"is_bot\":false,\"first_name\":\"Group\",\"username\":\"GroupAnonymousBot\"}",
                "{\"id\":-1001234,\"title\":\"Café\",\"type\":\"supergroup\"}", "");

        assertThat(asChannel).isInstanceOf(Ignore.class);
        assertThat(asGroup).isInstanceOf(Ignore.class);
    }
}
