/**
 * The database a test runs on: H2 in memory by default, a throwaway PostgreSQL when the system
 * property {@code tresse.test.store=postgresql} says so (the build's second test run). One server
 * per JVM, one fresh database per test, made from a migrated template.
 */
package org.tresse.testkit.store;
