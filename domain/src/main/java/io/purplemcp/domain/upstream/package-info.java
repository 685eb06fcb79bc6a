/** How upstream failures read for the model: what happened and what to do about it. */
package io.purplemcp.domain.upstream;
