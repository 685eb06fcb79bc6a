/**
 * The inventory tools {@code get_inventory_item}, {@code list_inventory_items} and
 * {@code search_inventory_items}: their arguments and limits, the search filter reader, and the
 * shape of assets as the model reads them.
 */
package io.purplemcp.domain.inventory;
