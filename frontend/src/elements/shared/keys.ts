//! Element ids look like "$$ID-<hash>-<user key or None>"; the user key becomes
//! the `st-key-<key>` class people select in their browser tests.

/** The user key embedded in a widget id, or null when there is none. */
export function userKeyFromId(id: string | null | undefined): string | null {
  if (!id || !id.startsWith("$$ID-")) return null;
  const rest = id.slice("$$ID-".length);
  const dash = rest.indexOf("-");
  if (dash < 0) return null;
  const key = rest.slice(dash + 1);
  return key === "" || key === "None" ? null : key;
}

/** Streamlit's class-name sanitising: trim, and every char outside [A-Za-z0-9_-] becomes '-'. */
export function sanitizeKey(key: string): string {
  return key.trim().replace(/[^A-Za-z0-9_-]/g, "-");
}

export function keyClass(key: string | null | undefined): string | null {
  return key ? `st-key-${sanitizeKey(key)}` : null;
}
