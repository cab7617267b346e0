/** Saves `data` as a JSON file through a temporary object URL; nothing leaves the browser. */
export function downloadJson(filename: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next tick: the download has been handed to the browser by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
