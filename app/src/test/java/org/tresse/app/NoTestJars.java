package org.tresse.app;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;

/**
 * Test classes packaged as a {@code -tests} jar (the telegram tests' Bot API server, which the app's
 * tests use) are no main code either: once packaged ({@code mvn verify}) they come as a jar, which
 * {@link ImportOption.DoNotIncludeTests} does not recognise.
 */
public final class NoTestJars implements ImportOption {
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
        return !location.matches(TEST_JAR);
    }
}
