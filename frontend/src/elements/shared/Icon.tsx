//! Element icons: emoji are shown as text, Material icons (":material/name:")
//! as ligatures of the bundled Material Symbols font (styled in
//! markdown/markdown.css, loaded by the browser only when one is shown).
import "./markdown/markdown.css";

export function materialIconName(icon: string): string | null {
  const m = /^:material\/([a-z0-9_]+):$/.exec(icon);
  return m ? m[1]! : null;
}

/** `testId` replaces 1.67's default test ids (`stIconMaterial`, `stIconEmoji`) where a kind has its own. */
export function ElementIcon({ icon, className, testId }: { icon?: string | null; className?: string; testId?: string }) {
  if (!icon) return null;
  const material = materialIconName(icon);
  if (material !== null) {
    return (
      <span
        className={`st-icon st-icon-material ${className ?? ""}`}
        data-testid={testId ?? "stIconMaterial"}
        data-icon={icon}
        aria-hidden="true"
        translate="no"
      >
        {material}
      </span>
    );
  }
  return (
    <span className={`st-icon ${className ?? ""}`} data-testid={testId ?? "stIconEmoji"} aria-hidden="true">
      {icon}
    </span>
  );
}
