package org.tresse.commands;

/**
 * What becomes of a command that a sender the channel does not vouch for may not run as is: held
 * until they prove who they are (the confirmation round trip), or refused.
 */
@FunctionalInterface
public interface UnverifiedSender {
    /** {@code line} is the command as it will run once confirmed. */
    void hold(CommandCall call, String line);
}
