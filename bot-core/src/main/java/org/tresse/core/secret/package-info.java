/**
 * Keys kept outside the database: small secret files readable by their owner only, created whole and
 * destroyed by overwriting ({@link org.tresse.core.secret.KeyFiles}), and authenticated encryption
 * ({@link org.tresse.core.secret.Aead}). Owns no table.
 */
package org.tresse.core.secret;
