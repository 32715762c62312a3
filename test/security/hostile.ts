/**
 * Digest text whose titles and abstracts carry markup and script payloads. Every payload marks
 * itself with a `data-pwn` attribute or a `pwn` call, so a test can look for any element or
 * dialog that came from it. Shared by the parser unit tests and the end-to-end rendering tests.
 */
export const PAYLOAD_TITLES = [
  'Hostile <img src=x onerror="window.pwned=1;alert(1)" data-pwn=1> Attention Study',
  'Hostile <script data-pwn=1>window.pwned=1</script> Transformer Scaling',
  'Hostile <a href="javascript:window.pwned=1" data-pwn=1>click</a> Retrieval Benchmark',
  'Hostile <svg data-pwn=1 onload="window.pwned=1"></svg> Diffusion Sampler',
  'Hostile &lt;b&gt; entity <iframe data-pwn=1 srcdoc="<script>parent.pwned=1</script>"></iframe> Graph Network',
];

export const PAYLOAD_ABSTRACT =
  'A hostile abstract: <img src=x onerror="window.pwned=1" data-pwn=1> <b data-pwn=1>bold</b> ' +
  '<style data-pwn=1>*{display:none}</style> javascript:window.pwned=1 ' +
  'Code: javascript:alert(1)//github.com/evil/repo and data:text/html,<script>pwned=1</script> ' +
  'and the real one https://github.com/hostile/safe-repo.';

function entry(title: string, abstract: string, date = 'Jan 7, 2023'): string {
  return `${title}\n\n${abstract}\n\n  • 3 authors\n·\n${date}\n`;
}

/** A digest of the payload entries, plus one whose abstract has control characters. */
export function hostileDigest(): string {
  const entries = PAYLOAD_TITLES.map((t) => entry(t, PAYLOAD_ABSTRACT));
  entries.push(
    entry(
      'Hostile Control\u0000Char\u0007acters\u200b Paper',
      'Abstract with \u0001\u001b[31m escapes\u0000 inside.',
    ),
  );
  return ['Daily Papers', '', 'Jan 8', '', ...entries].join('\n');
}

/** `n` characters of text with no line break, e.g. 10 MB. */
export function longLine(n: number): string {
  const unit = 'lorem <b>ipsum</b> dolor ';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}
