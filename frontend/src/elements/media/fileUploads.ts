//! What the upload widgets share: which files a widget accepts, and the text
//! that says so. Kept apart from the React code so it is easy to test.

/** Whether `file` matches one of the widget's normalised types (empty = any). */
export function accepts(types: readonly string[], file: { name: string; type: string }): boolean {
  if (types.length === 0) return true;
  const name = file.name.toLowerCase();
  const mime = (file.type || "").toLowerCase();
  return types.some((t) => {
    if (t.startsWith(".")) return name.endsWith(t);
    if (t.endsWith("/*")) return mime.startsWith(t.slice(0, -1));
    return mime === t;
  });
}

/** Why a file cannot be uploaded, in Streamlit's words, or null. */
export function rejection(types: readonly string[], maxBytes: number, file: File): string | null {
  if (!accepts(types, file)) {
    const dot = file.name.lastIndexOf(".");
    const ext = dot >= 0 ? file.name.slice(dot + 1) : file.type || "This type of";
    return `${ext} files are not allowed.`;
  }
  if (maxBytes > 0 && file.size > maxBytes) return `File must be ${megabytes(maxBytes)} or smaller.`;
  return null;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb}MB` : `${mb.toFixed(1)}MB`;
}

/** "200MB per file • CSV, PDF" under the Upload button. */
export function instructions(types: readonly string[], maxBytes: number): string {
  const limit = `${megabytes(maxBytes)} per file`;
  if (types.length === 0) return limit;
  const shown = types.map((t) => (t.startsWith(".") ? t.slice(1).toUpperCase() : t.toUpperCase()));
  return `${limit} • ${[...new Set(shown)].join(", ")}`;
}
