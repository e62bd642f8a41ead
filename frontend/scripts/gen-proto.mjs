// Generates the protobuf code for ../proto/*.proto (rustlit.proto, the envelope,
// imports every family's file) into src/proto/generated/ (a static ES module
// plus its .d.ts). Runs before build, typecheck and test. Skips the work when
// the outputs are newer than every .proto and this script.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const protoDir = resolve(root, "../proto");
const proto = resolve(protoDir, "rustlit.proto");
const protoFiles = readdirSync(protoDir).filter((f) => f.endsWith(".proto")).map((f) => resolve(protoDir, f));
const outDir = resolve(root, "src/proto/generated");
const js = resolve(outDir, "rustlit.js");
const dts = resolve(outDir, "rustlit.d.ts");
const bin = (name) => resolve(root, "node_modules/protobufjs-cli/bin", name);

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
const newestInput = Math.max(...protoFiles.map(mtime), mtime(fileURLToPath(import.meta.url)));
if (mtime(js) > newestInput && mtime(dts) > mtime(js) - 1) {
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
execFileSync(
  process.execPath,
  [bin("pbjs"), "-t", "static-module", "-w", "es6", "--no-verify", "--no-delimited", "--no-beautify", "--no-convert", "--force-number", "-o", js, proto],
  { stdio: "inherit" },
);
execFileSync(process.execPath, [bin("pbts"), "-o", dts, js], { stdio: "inherit" });
console.log("generated", js);
