import type { Row } from '../harness/results';
import type { Vocab } from '../synth/vocab';

export async function benchBrowser(
  _root: string,
  _vocab: Vocab,
  _size: number,
): Promise<{ row: Row; budget?: number }[]> {
  throw new Error('not implemented yet');
}
