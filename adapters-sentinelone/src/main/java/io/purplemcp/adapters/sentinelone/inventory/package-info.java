/**
 * The asset inventory over the console's XDR assets REST API ({@code <console>/web/api/v2.1/xdr/assets}):
 * URLs, request bodies and the envelope of its answers. Items are handed to the core as sent.
 */
package io.purplemcp.adapters.sentinelone.inventory;
