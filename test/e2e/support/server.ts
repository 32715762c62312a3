import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { selfSignedCert } from './cert';
import { FIXTURE_PAGES, SHARED_FIXTURE_PAGES } from './paths';

export interface FixturePage {
  file: string;
  url: string;
  note?: string;
  expect?: { panel?: boolean; inCatalogue?: boolean; title?: string; onPage?: string[] };
}

/** What a route answers: an HTML string, or a full response. */
export type RouteBody = string | { status?: number; type?: string; body: string };

export interface SiteServer {
  /** The loopback port; browsers reach it as `https://arxiv.org/…` through resolver rules or the proxy. */
  port: number;
  /** The fixture pages (from test/fixtures/pages/manifest.json). */
  pages: FixturePage[];
  /** Serve `body` at this real URL (e.g. `https://github.com/owner/other`) until close. */
  route(url: string, body: RouteBody): void;
  /** Every URL requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export function fixtureDir(): string {
  return existsSync(join(FIXTURE_PAGES, 'manifest.json')) ? FIXTURE_PAGES : SHARED_FIXTURE_PAGES;
}

export function loadFixturePages(): FixturePage[] {
  const dir = fixtureDir();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { pages: FixturePage[] };
  return manifest.pages;
}

/** The fixture whose real URL is `url`; throws so a typo in a test fails loudly. */
export function fixturePage(url: string): FixturePage {
  const page = loadFixturePages().find((p) => p.url === url);
  if (!page) throw new Error(`no fixture page for ${url} in ${join(fixtureDir(), 'manifest.json')}`);
  return page;
}

const NOT_FOUND =
  '<!doctype html><html><head><title>Not found</title></head><body><h1>404</h1></body></html>';

/**
 * A local HTTPS server answering for arxiv.org, github.com and huggingface.co by real URL
 * (the Host header names the site), serving the fixture pages and any routes a test adds.
 */
export async function startSiteServer(): Promise<SiteServer> {
  const dir = fixtureDir();
  const pages = loadFixturePages();
  const routes = new Map<string, RouteBody>();
  for (const p of pages) routes.set(canonical(p.url), { body: readFileSync(join(dir, p.file), 'utf8') });
  const requests: string[] = [];

  const server: Server = createServer(selfSignedCert(), (req, res) => {
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    const url = `https://${host}${req.url ?? '/'}`;
    requests.push(url);
    const hit = routes.get(canonical(url)) ?? routes.get(canonical(url.split('?')[0]!));
    const r = typeof hit === 'string' ? { body: hit } : (hit ?? { status: 404, body: NOT_FOUND });
    res.writeHead(r.status ?? 200, {
      'content-type': r.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(r.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    pages,
    requests,
    route: (url, body) => routes.set(canonical(url), body),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** One key per page: host lower-case, no trailing slash on the path, query kept as is. */
function canonical(url: string): string {
  const u = new URL(url);
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
  return `${u.host.toLowerCase()}${path}${u.search}`;
}
