/**
 * The console's asset inventory as the core needs it: one asset by id, a page of assets (optionally of
 * one surface), a page of assets matching the console's filter criteria. Assets travel as the JSON
 * objects the console sent; shaping them for the model belongs to the core.
 */
package io.purplemcp.ports.out.inventory;
