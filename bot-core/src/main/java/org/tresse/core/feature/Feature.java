package org.tresse.core.feature;

/**
 * One feature of Tresse (the polls, the register, the voices…): built with the services it needs,
 * it says once, in {@link #contribute}, what it adds — texts, commands, job kinds, identity-merge
 * steps, exports, web routes, report sections. Building a feature registers nothing: the
 * assembly installs the features, in plain code, in one place.
 */
@FunctionalInterface
public interface Feature {
    void contribute(Contributions to);
}
