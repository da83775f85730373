/**
 * Durable stores behind the core's {@code Store} port: SQLite in one file by default, PostgreSQL
 * when several processes share the work; the schema is migrated at start-up for both.
 */
@NullMarked
package dev.sobes.storage;

import org.jspecify.annotations.NullMarked;
