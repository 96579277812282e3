/** The database: a pool, one linear Flyway history, transactions and the statement helpers every store uses. */
package org.tresse.core.store;
