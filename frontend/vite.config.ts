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
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
