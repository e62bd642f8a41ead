//! A build check: the entry script (what every page downloads) must hold none of
//! the libraries that only lazily loaded element chunks use (issue #15: "the
//! initial bundle does not grow"). Rollup may move a small module two lazy chunks
//! share into the entry when it folds small chunks (`experimentalMinChunkSize`):
//! a side-effect-free module is free to load early by its measure, but every page
//! then downloads it. That happened once, silently (a @luma.gl module); now the
//! build fails and names the module.
import type { Plugin } from "vite";

/** Packages that belong in lazy chunks only (charts, maps, diagrams, dataframes, math). */
const LAZY_ONLY = new RegExp(
  "/node_modules/(" +
    [
      "@deck\\.gl", "@luma\\.gl", "@loaders\\.gl", "@math\\.gl", "@probe\\.gl", "@carto", "maplibre-gl", "react-map-gl", "h3-js", "a5-js",
      "vega[^/]*", "plotly\\.js[^/]*", "echarts", "zrender", "mermaid", "@mermaid-js", "@hpcc-js", "apache-arrow", "@glideapps",
      "katex", "cytoscape[^/]*",
    ].join("|") +
    ")/",
);

/** The modules among `moduleIds` that must not be in the entry script. */
export function lazyOnlyModules(moduleIds: readonly string[]): string[] {
  return moduleIds.filter((id) => LAZY_ONLY.test(id.replaceAll("\\", "/")));
}

/** Fails the build when an entry chunk holds a lazy-only module. */
export function entryGuard(): Plugin {
  return {
    name: "rustlit-entry-guard",
    apply: "build",
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk" || !chunk.isEntry) continue;
        const found = lazyOnlyModules(Object.keys(chunk.modules));
        if (found.length > 0) {
          this.error(`the entry script ${chunk.fileName} holds modules only lazy chunks should: ${found.join(", ")}`);
        }
      }
    },
  };
}
