// Precompresses the built bundle once, so the server never compresses per
// request: writes `<file>.br` (brotli, max quality) and `<file>.gz` (gzip
// level 9) next to every text-like file of dist/. A variant is written only
// when it is smaller than the file; formats that are already compressed
// (woff2, png, ...) are left alone. Runs as npm `postbuild`; Vite empties
// dist/ on every build, so no stale variant survives a rebuild.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = new Set([
  ".js",
  ".mjs",
  ".css",
  ".html",
  ".svg",
  ".json",
  ".webmanifest",
  ".map",
  ".txt",
  ".xml",
  ".ico",
  ".wasm",
  ".ttf",
  ".otf",
]);

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = resolve(process.argv[2] ?? join(here, "../dist"));

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

function brotli(data) {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

let raw = 0;
let br = 0;
let gz = 0;
for (const path of [...files(dist)]) {
  if (!COMPRESSIBLE.has(extname(path).toLowerCase())) continue;
  const data = readFileSync(path);
  const variants = [
    [".br", brotli(data)],
    [".gz", gzipSync(data, { level: 9 })],
  ];
  raw += data.length;
  for (const [suffix, packed] of variants) {
    const kept = packed.length < data.length;
    if (kept) writeFileSync(path + suffix, packed);
    const size = kept ? packed.length : data.length;
    if (suffix === ".br") br += size;
    else gz += size;
  }
}
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`compress-dist: text assets ${kb(raw)} → brotli ${kb(br)}, gzip ${kb(gz)}`);
