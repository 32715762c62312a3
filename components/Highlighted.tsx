import type { Segment } from '@/lib/search/snippet';

/** Text with matched words in <mark>: built as nodes, so untrusted text is never parsed as markup. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
