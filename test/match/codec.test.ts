import { describe, expect, it } from 'vitest';
import { RelatedPapersDB } from '@/lib/db';
import { packU32, readSnapshot, writeSnapshot } from '@/lib/match/codec';

const awkward = Uint32Array.from([0, 1, 0xd800, 0xdc00, 0xdbffdfff, 0xffffffff, 0x0000d83d, 123456789]);

describe('snapshot codec', () => {
  it('round-trips numbers whose halves are lone surrogates, through IndexedDB too', async () => {
    const data = writeSnapshot({ v: 7 }, [awkward, new Uint32Array(0), Uint32Array.from([42])]);
    const db = new RelatedPapersDB(`codec-${process.pid}`);
    await db.snapshots.put({ name: 'x', rev: 1, builtAt: 0, data });
    const back = readSnapshot<{ v: number }>((await db.snapshots.get('x'))!.data);
    await db.delete();
    expect(back.header.v).toBe(7);
    expect(back.sections.map((s) => [...s])).toEqual([[...awkward], [], [42]]);
  });

  it('rejects a damaged, truncated or padded snapshot instead of misreading it', () => {
    const data = writeSnapshot({ v: 1 }, [awkward]);
    const body = data.indexOf('\n') + 1;
    // Text re-encoding replaces a lone surrogate with U+FFFD.
    const damaged = data.slice(0, body + 4) + '\ufffd' + data.slice(body + 5);
    expect(() => readSnapshot(damaged)).toThrow(/checksum/);
    expect(() => readSnapshot(data.slice(0, -1))).toThrow(/truncated/);
    expect(() => readSnapshot(data + 'x')).toThrow(/trailing/);
    expect(() => readSnapshot(packU32(awkward))).toThrow();
  });
});
