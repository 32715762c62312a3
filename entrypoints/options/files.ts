/** Reading user-picked files in the options page, with progress, and saving exports. */

export interface ReadProgress {
  /** Bytes read so far over all files. */
  loaded: number;
  total: number;
}

/** Reads one file as UTF-8 text, reporting progress (FileReader progress events). */
export function readText(file: Blob, onProgress: (loaded: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.loaded);
    reader.onload = () => {
      onProgress(file.size);
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}

/** Reads several files in turn; `onProgress` sees the running total over all of them. */
export async function readFiles(
  files: File[],
  onProgress: (p: ReadProgress) => void,
): Promise<{ name: string; text: string }[]> {
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  const out: { name: string; text: string }[] = [];
  for (const file of files) {
    const text = await readText(file, (loaded) => onProgress({ loaded: done + loaded, total }));
    done += file.size;
    out.push({ name: file.name, text });
  }
  onProgress({ loaded: total, total });
  return out;
}

/** Saves text as a file through a Blob URL and a temporary download link. */
export function download(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
