package org.tresse.testkit.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that opens a store: it runs on H2, then again on PostgreSQL (the build's
 * {@code postgresql} test run selects the tag {@value #TAG}). {@link FreshDatabase} refuses a test
 * that opens a database without it, so no store test stays H2-only by oversight. (jqwik
 * properties take {@code @net.jqwik.api.Tag("store")} instead.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(StoreTest.TAG)
public @interface StoreTest {
    String TAG = "store";
}
