/**
 * The CSV behind "Download data (CSV)" (a test hook: keep its shape). One row per song,
 * `song,tempo_bpm`, each tempo as String(x): the shortest text that reads back as the
 * same double, so pandas.read_csv gets numpy's values exactly.
 */
export function tempoCsv(tempos: ArrayLike<number>): string {
  const rows = ['song,tempo_bpm'];
  for (let i = 0; i < tempos.length; i++) rows.push(`${i + 1},${String(tempos[i])}`);
  return `${rows.join('\n')}\n`;
}

export function tempoCsvFilename(seed: number, n: number): string {
  return `likelihood-lab-tempos-seed${seed}-n${n}.csv`;
}

/** Offer text as a file download. */
export function downloadText(text: string, filename: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
