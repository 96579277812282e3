package org.tresse.web.channel;

import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.MessageHandler;

/**
 * A handler put around the command router that takes some forms of the web channel before the
 * command line would read them; every other message, and every other channel's, goes on.
 */
public interface FormIntake {
    /** Takes the web channel's {@code conversation} if it is one of its forms; false lets it go on. */
    boolean handled(Conversation conversation);

    default MessageHandler around(MessageHandler next) {
        return conversation -> {
            if (!WebConnector.CHANNEL.equals(conversation.inbound().channel()) || !handled(conversation)) {
                next.handle(conversation);
            }
        };
    }
}
