/**
 * GraphQL over the shared client, for every GraphQL family of the console (Purple AI; alerts,
 * vulnerabilities and misconfigurations, see the {@code findings} package): a document plus variables in, the {@code data} object
 * out, with one set of envelope rules: any 2xx is an answer; {@code errors} absent, {@code null} or
 * {@code []} means no errors; any error, even beside partial data, fails the call and is named.
 */
package io.purplemcp.adapters.sentinelone.graphql;
