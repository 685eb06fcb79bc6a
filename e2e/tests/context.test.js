// Resources and prompts with the official SDK client: every document a tool description points to can
// be read, the prompts fill in their arguments, and a narrower tool selection narrows both.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connectStdio } from '../lib/server.js';

const ADDRESS = /purplemcp:\/\/[a-z/-]+[a-z]/g;

describe('resources and prompts, every tool served', () => {
  let session;

  before(async () => {
    session = await connectStdio({ args: ['--demo'] });
  });

  after(async () => {
    await session?.client.close();
  });

  test('both capabilities are advertised', () => {
    const capabilities = session.client.getServerCapabilities();
    assert.ok(capabilities.resources, JSON.stringify(capabilities));
    assert.ok(capabilities.prompts, JSON.stringify(capabilities));
  });

  test('every address a tool names is a resource that reads as Markdown', async () => {
    const { resources } = await session.client.listResources();
    const uris = resources.map((resource) => resource.uri);
    assert.deepEqual(uris, [
      'purplemcp://guides/powerquery',
      'purplemcp://filters/alerts',
      'purplemcp://filters/misconfigurations',
      'purplemcp://filters/vulnerabilities',
      'purplemcp://filters/inventory',
      'purplemcp://guides/time-ranges',
    ]);
    const { tools } = await session.client.listTools();
    const named = new Set(tools.flatMap((tool) => tool.description.match(ADDRESS) ?? []));
    assert.ok(named.size >= 5, [...named].join(', '));
    for (const uri of named) {
      assert.ok(uris.includes(uri), `${uri} is named but not listed`);
    }
    for (const resource of resources) {
      const { contents } = await session.client.readResource({ uri: resource.uri });
      assert.equal(contents.length, 1);
      assert.equal(contents[0].mimeType, 'text/markdown');
      assert.match(contents[0].text, /^# /);
      assert.equal(Buffer.byteLength(contents[0].text), resource.size);
    }
    const { resourceTemplates } = await session.client.listResourceTemplates();
    assert.deepEqual(resourceTemplates.map((template) => template.uriTemplate), ['purplemcp://filters/{family}']);
  });

  test('the alerts reference lists the filter types the alerts API takes', async () => {
    const { contents } = await session.client.readResource({ uri: 'purplemcp://filters/alerts' });
    assert.match(contents[0].text, /\| datetime_range \|/);
    assert.match(contents[0].text, /The alerts API has no fulltext_in/);
  });

  test('an unknown resource is an error naming it', async () => {
    await assert.rejects(session.client.readResource({ uri: 'purplemcp://nope' }), /Resource not found/);
  });

  test('the prompts name their tools and fill in their arguments', async () => {
    const { prompts } = await session.client.listPrompts();
    assert.deepEqual(prompts.map((prompt) => prompt.name), ['triage_alert', 'hunt_indicator', 'host_exposure']);
    const hunt = await session.client.getPrompt({ name: 'hunt_indicator', arguments: { indicator: 'evil.example', hours: '48' } });
    assert.equal(hunt.messages[0].role, 'user');
    assert.match(hunt.messages[0].content.text, /"evil\.example"/);
    assert.match(hunt.messages[0].content.text, /hours=48/);
    assert.match(hunt.messages[0].content.text, /powerquery/);
    await assert.rejects(session.client.getPrompt({ name: 'triage_alert', arguments: {} }), /alert_id/);
  });
});

describe('resources and prompts, --toolsets alerts,time', () => {
  let session;

  before(async () => {
    session = await connectStdio({ args: ['--demo', '--toolsets', 'alerts,time'] });
  });

  after(async () => {
    await session?.client.close();
  });

  test('only the documents and investigations of the served tools are offered', async () => {
    const { resources } = await session.client.listResources();
    assert.deepEqual(resources.map((resource) => resource.uri), ['purplemcp://filters/alerts', 'purplemcp://guides/time-ranges']);
    const { prompts } = await session.client.listPrompts();
    assert.deepEqual(prompts.map((prompt) => prompt.name), ['triage_alert']);
    await assert.rejects(session.client.getPrompt({ name: 'host_exposure', arguments: { host: 'web-01' } }), /Unknown prompt/);
  });
});
