/**
 * A model definition in the terms of DDL: its table, columns, keys, checks and indexes as the
 * {@code sql} specs that CREATE TABLE and the schema diff work on. Below both {@code schema} (sync)
 * and {@code schema.diff} (the diff and alter), so neither reaches into the other for them.
 */
package org.sequelize4j.schema.spec;
