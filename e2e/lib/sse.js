// Just enough of an SSE reader for looking at a stream's first events without an SDK in between.

/** Splits SSE text into events ({ event, data, id }); comment lines (keep-alives) are skipped. */
export function parseSseEvents(text) {
  const events = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    const event = { event: 'message', data: undefined, id: undefined };
    let seen = false;
    for (const line of block.split(/\r?\n/)) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event.event = value;
      else if (field === 'data') event.data = event.data === undefined ? value : `${event.data}\n${value}`;
      else if (field === 'id') event.id = value;
      else continue;
      seen = true;
    }
    if (seen) events.push(event);
  }
  return events;
}

/**
 * Reads `response`'s SSE body until an event that `wanted` accepts (by default the first one) is
 * complete, then cancels the stream. Rejects when the stream ends or `timeoutMs` passes first.
 */
export async function readFirstSseEvent(response, wanted = () => true, timeoutMs = 10_000) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const timer = setTimeout(() => reader.cancel(new Error('timed out')), timeoutMs);
  let text = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`SSE stream ended without the wanted event; it sent:\n${text}`);
      text += value;
      // Only blocks followed by a blank line are complete events.
      const complete = text.slice(0, Math.max(text.lastIndexOf('\n\n'), text.lastIndexOf('\r\n\r\n')));
      const event = parseSseEvents(complete).find(wanted);
      if (event) return event;
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => {});
  }
}
