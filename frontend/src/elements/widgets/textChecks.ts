//! st.text_input's in-browser checks, as 1.67 words them: `required` refuses
//! empty or blank text; `validate` is a JavaScript pattern (flags "su", not
//! anchored) that any non-empty text must match. They decide what is sent,
//! never what the server accepts.

export interface TextRules {
  required: boolean;
  /** The pattern, or null/undefined for none. */
  regex?: string | null;
  /** The app's message; empty = the generic one naming the pattern. */
  message?: string | null;
}

export const REQUIRED_MESSAGE = "This field is required.";

/** Why `text` may not be sent, or null when it may. A pattern the browser cannot compile checks nothing. */
export function textProblem(text: string, rules: TextRules): string | null {
  if (text.trim() === "") return rules.required ? REQUIRED_MESSAGE : null;
  if (!rules.regex) return null;
  let pattern: RegExp;
  try {
    pattern = new RegExp(rules.regex, "su");
  } catch {
    return null;
  }
  if (pattern.test(text)) return null;
  return rules.message || `Invalid input. Must match pattern: /${rules.regex}/su`;
}
