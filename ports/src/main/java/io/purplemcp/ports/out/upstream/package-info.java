/**
 * How an upstream call can fail, as values the core can reason about: a closed set of kinds, each
 * with a short text that is safe to show to the model. Adapters build them from what the console
 * answered; they never carry headers, tokens or raw bodies.
 */
package io.purplemcp.ports.out.upstream;
