/** Purple AI over the console's GraphQL API: the {@code purpleLaunchQuery} operation and its answers. */
package io.purplemcp.adapters.sentinelone.purpleai;
