import type { PageResult } from '@/lib/messages';
import { SaveToggle } from '../SaveToggle';
import type { SaveTarget } from '../saved';
import { matchStatus } from './status';

export interface ThisPaperProps {
  result: PageResult;
  pageUrl: string;
  isSaved: (t: SaveTarget) => boolean;
  setSaved: (t: SaveTarget, next: boolean) => Promise<void>;
}

/** What a page paper is saved as: the catalogue paper, else the page's own title, URL and arXiv id. */
export function pageSaveTarget(result: PageResult, pageUrl: string): SaveTarget {
  if (result.match) return { paperId: result.match.paper.id };
  const c = result.candidate;
  return { title: c.title, url: c.url ?? pageUrl, arxivId: c.arxivId ?? null };
}

export function ThisPaper({ result, pageUrl, isSaved, setSaved }: ThisPaperProps) {
  const target = pageSaveTarget(result, pageUrl);
  const inCatalogue = result.match !== null;
  return (
    <section class="rp-this" aria-label="This paper">
      <p class="rp-eyebrow" aria-hidden="true">
        This paper
      </p>
      <h2 class="rp-this-title">{result.match?.paper.title ?? result.candidate.title}</h2>
      <div class="rp-this-row">
        <p role="status" class={inCatalogue ? 'rp-status rp-status-in' : 'rp-status rp-status-out'}>
          {matchStatus(result.match)}
        </p>
        <SaveToggle saved={isSaved(target)} onToggle={(next) => setSaved(target, next)} />
      </div>
    </section>
  );
}
