//! A mermaid diagram's accessible name, as 1.67 gives it: the `%% stAlt:` line
//! st.mermaid_chart writes for `alt`, else the author's accTitle/accDescr,
//! else "Mermaid <kind of diagram>".

const KINDS: [string, string][] = [
  ["graph", "flowchart"], ["flowchart", "flowchart"], ["sequencediagram", "sequence diagram"],
  ["classDiagram", "class diagram"], ["stateDiagram", "state diagram"], ["erDiagram", "entity relationship diagram"],
  ["journey", "user journey diagram"], ["gantt", "Gantt chart"], ["pie", "pie chart"], ["quadrantChart", "quadrant chart"],
  ["requirementDiagram", "requirement diagram"], ["gitGraph", "Git graph"], ["mindmap", "mindmap"], ["timeline", "timeline"],
  ["sankey", "Sankey diagram"], ["packet", "packet diagram"], ["block", "block diagram"],
  ["architecture", "architecture diagram"], ["kanban", "Kanban board"], ["xychart", "XY chart"], ["radar", "radar chart"],
  ["treemap", "treemap"],
];

/** The accessible name 1.67 gives: `%% stAlt:`, else accTitle/accDescr, else undefined. */
export function authorLabel(source: string): string | undefined {
  const alt = /^\s*%%\s*stAlt\s*:[^\S\n]*(.+)$/m.exec(source)?.[1].trim();
  if (alt) return alt;
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1].trim();
  const line = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1].trim();
  const block = line ? undefined : /^\s*accDescr\s*\{([^}]*)\}/m.exec(source)?.[1].trim().replace(/\s+/g, " ");
  const description = line || block;
  if (title && description) return `${title}: ${description}`;
  return title || description || undefined;
}

/** The image's alt text: the author's label, else "Mermaid <kind>" from the first line. */
export function diagramLabel(source: string): string {
  const label = authorLabel(source);
  if (label) return label;
  const first = source.trim().split("\n")[0].trim().toLowerCase();
  const kind = KINDS.find(([prefix]) => first.startsWith(prefix.toLowerCase()))?.[1] ?? "diagram";
  return `Mermaid ${kind}`;
}

