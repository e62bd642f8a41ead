//! Element icons: emoji are shown as text, Material icons (":material/name:")
//! as ligatures of the bundled Material Symbols font (styled in
//! markdown/markdown.css, loaded by the browser only when one is shown).
import "./markdown/markdown.css";

export function materialIconName(icon: string): string | null {
  const m = /^:material\/([a-z0-9_]+):$/.exec(icon);
  return m ? m[1]! : null;
}

export function ElementIcon({ icon, className }: { icon?: string | null; className?: string }) {
  if (!icon) return null;
  const material = materialIconName(icon);
  if (material !== null) {
    return (
      <span className={`st-icon st-icon-material ${className ?? ""}`} data-icon={icon} aria-hidden="true" translate="no">
        {material}
      </span>
    );
  }
  return (
    <span className={`st-icon ${className ?? ""}`} aria-hidden="true">
      {icon}
    </span>
  );
}
