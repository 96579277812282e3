package org.tresse.testkit.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of what only PostgreSQL does (several instances on one database): it runs in the build's
 * {@code postgresql} test run only (tag {@value #TAG}), never on H2.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(PostgresTest.TAG)
public @interface PostgresTest {
    String TAG = "postgresql";
}
