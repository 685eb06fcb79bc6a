/**
 * Purple AI, SentinelOne's security assistant, as the core needs it: ask one question, get one
 * typed answer.
 */
package io.purplemcp.ports.out.purpleai;
