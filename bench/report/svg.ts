import type { Row } from '../harness/results';

/**
 * Latency against catalogue size on log-log axes, engine (solid) beside its naive method (dashed),
 * for search p95, related p95 and worker wake. Plain SVG text: no plotting library, no scripts.
 */
interface Series {
  label: string;
  colour: string;
  dashed: boolean;
  points: { x: number; y: number }[];
}

const W = 860;
const H = 420;
const M = { left: 70, right: 330, top: 30, bottom: 50 };

export function latencySvg(rows: Row[]): string {
  const series: Series[] = [];
  const pick = (section: string, metric: string, label: string, colour: string) => {
    const found = rows.filter((r) => r.section === section && r.metric.startsWith(metric) && r.size !== null);
    if (!found.length) return;
    series.push({ label, colour, dashed: false, points: found.map((r) => ({ x: r.size!, y: r.value })) });
    const naive = found.filter((r) => r.naive);
    if (naive.length) {
      const l = `${label.split(' ')[0]} naive (${naive[0]!.naive!.label})`;
      series.push({
        label: l,
        colour,
        dashed: true,
        points: naive.map((r) => ({ x: r.size!, y: r.naive!.value })),
      });
    }
  };
  pick('Search', 'p95', 'search p95', '#1f77b4');
  pick('Related', 'p95', 'related p95', '#d62728');
  pick('Wake', 'panel path', 'wake (panel path)', '#2ca02c');
  const all = series.flatMap((s) => s.points);
  if (!all.length) return '';
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => Math.max(p.y, 0.01));
  const x0 = Math.log10(Math.min(...xs)) - 0.1;
  const x1 = Math.log10(Math.max(...xs)) + 0.1;
  const y0 = Math.floor(Math.log10(Math.min(...ys)));
  const y1 = Math.ceil(Math.log10(Math.max(...ys)));
  const px = (x: number) => M.left + ((Math.log10(x) - x0) / (x1 - x0)) * (W - M.left - M.right);
  const py = (y: number) =>
    H - M.bottom - ((Math.log10(Math.max(y, 0.01)) - y0) / (y1 - y0 || 1)) * (H - M.top - M.bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${M.left}" y="18" font-size="14" font-weight="bold">Latency vs catalogue size (log-log; dashed = naive, same run)</text>`,
  ];
  for (let e = y0; e <= y1; e++) {
    const y = py(10 ** e);
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    out.push(`<text x="${M.left - 6}" y="${y + 4}" text-anchor="end">${label(10 ** e)} ms</text>`);
  }
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    out.push(`<line x1="${px(x)}" x2="${px(x)}" y1="${M.top}" y2="${H - M.bottom}" stroke="#eee"/>`);
    out.push(`<text x="${px(x)}" y="${H - M.bottom + 16}" text-anchor="middle">${x / 1000}k</text>`);
  }
  out.push(
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">papers in catalogue</text>`,
  );
  series.forEach((s, i) => {
    const d = s.points.map((p, k) => `${k ? 'L' : 'M'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ');
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    out.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"${dash}/>`);
    for (const p of s.points)
      out.push(`<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3" fill="${s.colour}"/>`);
    const ly = M.top + 10 + i * 20;
    out.push(
      `<line x1="${W - M.right + 12}" x2="${W - M.right + 40}" y1="${ly}" y2="${ly}" stroke="${s.colour}" stroke-width="2"${dash}/>`,
    );
    out.push(`<text x="${W - M.right + 46}" y="${ly + 4}">${escape(s.label)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

function label(v: number): string {
  return v >= 1 ? String(Math.round(v)) : String(v);
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
