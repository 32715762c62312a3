import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SITE_HOSTS } from './paths';

export interface SiteProxy {
  port: number;
  /** Every CONNECT target asked for, allowed or not (so tests can show nothing else was tried). */
  asked: string[];
  close(): Promise<void>;
}

const MAX_HEAD = 8 * 1024;

/**
 * A tiny HTTP CONNECT proxy on loopback for Firefox, which has no host-resolver rules:
 * `arxiv.org:443`, `github.com:443` and `huggingface.co:443` are tunnelled to the local HTTPS
 * site server; every other request is refused, so nothing leaves the machine.
 */
export async function startSiteProxy(sitePort: number): Promise<SiteProxy> {
  const asked: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.setTimeout(30_000, () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > MAX_HEAD) client.destroy();
        return;
      }
      client.off('data', onData);
      const [method, target] = head.subarray(0, head.indexOf('\r\n')).toString('latin1').split(' ');
      asked.push(`${method} ${target}`);
      const [host, port] = (target ?? '').split(':');
      const allowed =
        method === 'CONNECT' && port === '443' && (SITE_HOSTS as readonly string[]).includes(host ?? '');
      if (!allowed) {
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
        return;
      }
      const upstream = connect(sitePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const rest = head.subarray(end + 4);
        if (rest.length) upstream.write(rest);
        client.setTimeout(0);
        client.pipe(upstream).pipe(client);
      });
      sockets.add(upstream);
      upstream.on('close', () => {
        sockets.delete(upstream);
        client.destroy();
      });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });
  server.maxConnections = 256;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    asked,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
