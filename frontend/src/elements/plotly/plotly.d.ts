// plotly.js-dist-min ships no types: the part of its API the renderer uses.
declare module "plotly.js-dist-min" {
  export interface PlotlyHTMLElement extends HTMLElement {
    on(event: string, handler: (event: unknown) => void): void;
    removeAllListeners?(event: string): void;
  }
  const Plotly: {
    react(node: HTMLElement, figure: { data: unknown[]; layout: Record<string, unknown>; config: Record<string, unknown>; frames?: unknown[] }): Promise<PlotlyHTMLElement>;
    purge(node: HTMLElement): void;
  };
  export default Plotly;
}
