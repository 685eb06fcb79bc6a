/**
 * JSON text the model sends inside string arguments (e.g. a {@code filters} array), read into Jackson's
 * tree model by the core itself: Jackson's parsers belong to the edges.
 */
package io.purplemcp.domain.json;
