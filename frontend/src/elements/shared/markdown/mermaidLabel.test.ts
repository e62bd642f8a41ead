import { describe, expect, it } from "vitest";
import { authorLabel, diagramLabel } from "./mermaidLabel";

describe("mermaid accessible names", () => {
  it("prefers the stAlt line st.mermaid_chart writes", () => {
    expect(diagramLabel("%% stAlt: flow\ngraph TD; A-->B\n  accTitle: ignored")).toBe("flow");
  });
  it("falls back to the author's accTitle and accDescr", () => {
    expect(authorLabel("pie\n  accTitle: Shares\n  accDescr: by team")).toBe("Shares: by team");
    expect(authorLabel("pie\n  accDescr {\n    multi\n    line\n  }")).toBe("multi line");
    expect(authorLabel("graph TD; A-->B")).toBeUndefined();
  });
  it("names the diagram's kind from its first line", () => {
    expect(diagramLabel("graph LR; A-->B")).toBe("Mermaid flowchart");
    expect(diagramLabel("sequenceDiagram\n  A->>B: hi")).toBe("Mermaid sequence diagram");
    expect(diagramLabel("gitGraph\n  commit")).toBe("Mermaid Git graph");
    expect(diagramLabel("nonsense")).toBe("Mermaid diagram");
  });
});
