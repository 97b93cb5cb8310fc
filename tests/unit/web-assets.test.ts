import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { fileFor, useExplorerAssets } from '../../src/web-assets';

describe('the explorer assets route', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-assets-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>explorer</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1);');
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { ok: Boolean }',
      resolvers: { Query: { ok: () => true } },
    }),
    plugins: [useExplorerAssets(root)],
    logging: false,
  });
  const get = (url: string) => yoga.fetch(`http://explorer.test${url}`);

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('when / is asked, then the page comes with a policy that allows this origin only', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>explorer</title>');
  });

  it('when a hashed asset is asked, then it is served as JavaScript and cached for good', async () => {
    const response = await get('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('when a path leaves the build folder, then nothing is read outside it', async () => {
    expect(fileFor(root, '/../package.json')).toBeNull();
    expect(fileFor(root, '/%2e%2e/package.json')).toBeNull();
    expect(fileFor(root, '/assets/%00.js')).toBeNull();
    expect((await get('/%2e%2e/%2e%2e/etc/passwd.txt')).status).toBe(404);
  });

  it('when /graphql or a missing file is asked, then the request falls through to Yoga', async () => {
    const response = await yoga.fetch('http://explorer.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('when the explorer was not built, then / says how to build it', async () => {
    const empty = createYoga({
      schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }),
      plugins: [useExplorerAssets(path.join(root, 'nothing-here'))],
      logging: false,
    });
    const response = await empty.fetch('http://explorer.test/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});
