import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE_HOSTS } from './paths';

export interface Cert {
  key: string;
  cert: string;
}

let cached: Cert | null = null;

/** A throwaway self-signed certificate for the site hosts, made with openssl and never written to the repo. */
export function selfSignedCert(): Cert {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'rp-e2e-cert-'));
  try {
    const san = ['localhost', ...SITE_HOSTS].map((h) => `DNS:${h}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=related-papers-e2e',
        '-addext',
        `subjectAltName=${san},IP:127.0.0.1`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    cached = {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
