// Vite build for the embedded frontend. Relative asset URLs (base './') so the
// server can mount the app under any path prefix. React's JSX is compiled by
// esbuild directly (no plugin needed).
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  esbuild: { jsx: "automatic" },
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
        chunkFileNames: (chunk) => {
          const family = /\/elements\/([^/]+)\/index\.ts$/.exec(chunk.facadeModuleId ?? "");
          return `assets/${family ? family[1] : "[name]"}-[hash].js`;
        },
        // Fold the small modules two families share into one of them rather
        // than into chunks of their own (one request per family).
        experimentalMinChunkSize: 4096,
      },
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
