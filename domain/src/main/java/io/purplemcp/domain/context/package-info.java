/**
 * What a client may read or offer its user besides the tools: the reference documents the tool
 * descriptions point to (PowerQuery, filters and fields, time ranges) and the ready-made
 * investigations, each offered only when the tools it concerns are served.
 */
package io.purplemcp.domain.context;
