// Every tool the server lists, called the way a model would chain them: shared by the clients of both eras.
import assert from 'node:assert/strict';

export const WINDOW = { start_datetime: '2026-11-24T00:00:00Z', end_datetime: '2026-11-25T00:00:00Z' };
const FINDINGS = [
  { family: 'alert', plural: 'alerts' },
  { family: 'misconfiguration', plural: 'misconfigurations' },
  { family: 'vulnerability', plural: 'vulnerabilities' },
];

/** The first string `id` anywhere in a tool's JSON text: how a model would pick an item to open. */
function firstId(text) {
  const visit = (node) => {
    if (Array.isArray(node)) return node.map(visit).find((id) => id !== undefined);
    if (node && typeof node === 'object') {
      if (typeof node.id === 'string' && node.id.length > 0) return node.id;
      return Object.values(node).map(visit).find((id) => id !== undefined);
    }
    return undefined;
  };
  return visit(JSON.parse(text));
}

async function call(client, name, args) {
  const result = await client.callTool({ name, arguments: args });
  assert.equal(result.isError, false, `${name} failed: ${result.content?.[0]?.text}`);
  assert.ok(result.content[0].text.length > 0, `${name} answered nothing`);
  return result.content[0].text;
}

/** Calls every listed tool the way a model would chain them; returns the names called. */
export async function callEverything(client) {
  const listed = (await client.listTools()).tools.map((tool) => tool.name);
  const called = new Set();
  const run = async (name, args) => {
    if (!listed.includes(name)) return undefined;
    called.add(name);
    return call(client, name, args);
  };
  await run('purple_ai', { query: 'Show me PowerShell processes that connected to external IP addresses' });
  await run('powerquery', { query: "event.type = 'Process Creation' | limit 3", ...WINDOW });
  await run('get_timestamp_range', { hours: 24 });
  await run('iso_to_unix_timestamp', { iso_datetime: '2025-10-30T08:00:00-04:00' });
  for (const { family, plural } of FINDINGS) {
    const page = await run(`list_${plural}`, { first: 2 });
    await run(`search_${plural}`, { first: 2 });
    if (page === undefined) continue;
    const id = firstId(page);
    assert.ok(id, `list_${plural} gave no id to open: ${page.slice(0, 300)}`);
    await run(`get_${family}`, { [`${family}_id`]: id });
    await run(`get_${family}_notes`, { [`${family}_id`]: id });
    await run(`get_${family}_history`, { [`${family}_id`]: id, first: 2 });
  }
  const assets = await run('list_inventory_items', { limit: 2 });
  await run('search_inventory_items', { limit: 2 });
  if (assets !== undefined) await run('get_inventory_item', { item_id: firstId(assets) });
  return { listed, called: [...called] };
}
