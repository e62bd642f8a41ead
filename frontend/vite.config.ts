// Vite build for the embedded frontend. Relative asset URLs (base './') so the
// server can mount the app under any path prefix. React's JSX is compiled by
// esbuild directly (no plugin needed).
import { defineConfig } from "vite";
import { entryGuard } from "./build/entryGuard";

export default defineConfig({
  base: "./",
  esbuild: { jsx: "automatic" },
  plugins: [entryGuard()],
  resolve: {
    // maplibre-gl's CSP build everywhere (react-map-gl imports "maplibre-gl" too): no blob: worker,
    // one copy in the maps chunk. Its worker is served as a file (src/elements/maps/DeckGlJsonChart.tsx).
    alias: [{ find: /^maplibre-gl$/, replacement: "maplibre-gl/dist/maplibre-gl-csp.js" }],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    target: "es2020",
    chunkSizeWarningLimit: 1000,
    // Inline nothing as data: URLs except tiny assets; fonts stay files.
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // A lazily loaded element family (src/elements/<family>/index.ts) is
        // named after its family, e.g. assets/widgets-<hash>.js.
        // A family chunk that absorbed a small shared chunk has no facade
        // module any more; its family's index.ts is still among its modules.
        chunkFileNames: (chunk) => {
          const ids = chunk.facadeModuleId ? [chunk.facadeModuleId] : chunk.moduleIds;
          for (const id of ids) {
            const family = /\/elements\/([^/]+)\/index\.ts$/.exec(id);
            if (family) return `assets/${family[1]}-[hash].js`;
          }
          // A ```mermaid fence's renderer and mermaid's core: assets/mermaid-<hash>.js (mermaid
          // fetches each diagram type's own chunk from there).
          if (chunk.moduleIds.some((id) => id.endsWith("/elements/shared/markdown/mermaid.tsx"))) return "assets/mermaid-[hash].js";
          // apache-arrow, which the data and charts families share, is a chunk of its own.
          if (chunk.moduleIds.some((id) => id.includes("/node_modules/apache-arrow/"))) return "assets/arrow-[hash].js";
          return "assets/[name]-[hash].js";
        },
        // luma.gl's expression helpers are shared by the maps chunk and luma's WebGL/WebGPU
        // operation chunks (dynamically imported from it); as a small side-effect-free chunk
        // of their own, rollup folded them into the entry script, which every page loads
        // (build/entryGuard.ts now fails such a build). Named here, they stay a small chunk
        // that only pages with a map fetch.
        manualChunks: (id) => (id.includes("/node_modules/@luma.gl/gpgpu/dist/utils/expression.js") ? "lumaExpression" : undefined),
        // Fold the small modules two families share into one of them rather
        // than into chunks of their own (one request per family).
        experimentalMinChunkSize: 4096,
      },
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "build/**/*.test.ts"],
  },
});
