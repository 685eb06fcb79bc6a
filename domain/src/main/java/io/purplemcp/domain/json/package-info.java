/**
 * JSON in the core: text the model sends inside string arguments (e.g. a {@code filters} array), read
 * into Jackson's tree model by the core itself (Jackson's parsers belong to the edges), and the JSON
 * Schemas of the tools' structured answers, as tree-model data the protocol adapter renders.
 */
package io.purplemcp.domain.json;
