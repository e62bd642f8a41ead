//! Element icons: emoji are shown as text. Material icons (":material/name:")
//! would need a bundled icon font, which rustlit does not ship yet; they are
//! rendered as an empty slot so layouts keep their spacing.
export function ElementIcon({ icon, className }: { icon?: string | null; className?: string }) {
  if (!icon) return null;
  if (icon.startsWith(":material/")) {
    return <span className={`st-icon st-icon-material ${className ?? ""}`} data-icon={icon} aria-hidden="true" />;
  }
  return (
    <span className={`st-icon ${className ?? ""}`} aria-hidden="true">
      {icon}
    </span>
  );
}
