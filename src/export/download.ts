// Saves a blob as a file through a temporary <a download>; works from http(s) and from file://.

/** Starts a download of `blob` named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Starts a download of text (SVG, CSV) with its media type. */
export function downloadText(text: string, fileName: string, type: string): void {
  // A BOM lets spreadsheet programs read UTF-8 CSV (accents in names, quotes) correctly.
  const parts = type.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  downloadBlob(new Blob(parts, { type }), fileName);
}
