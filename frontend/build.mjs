// Builds the browser side of `sitrep serve`: one minified bundle (script and stylesheet) per view, written to
// src/sitrep/web/static/bundle/ (or the folder given as the first argument), with the licences of every npm
// package bundled (THIRD_PARTY_LICENSES.txt) and MANIFEST.json: the SHA-256 of every input (the lock file,
// this script, the sources) and of every output. The same inputs give the same files, byte for byte; the
// Python tests check the committed bundle against the manifest. Run: npm ci && npm run build
import {createHash} from "node:crypto";
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import * as esbuild from "esbuild";

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(process.argv[2] || join(HERE, "..", "src", "sitrep", "web", "static", "bundle"));
const ENTRIES = {map: "src/map.js", network: "src/network.js", timeline: "src/timeline.js"};

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

// The build's inputs, as the Python test recomputes them: these files, in this order.
function inputs() {
  const files = ["build.mjs", "package.json", "package-lock.json",
                 ...readdirSync(join(HERE, "src")).sort().map((f) => `src/${f}`)];
  return Object.fromEntries(files.map((f) => [f, sha256(readFileSync(join(HERE, f)))]));
}

function licences(metafile) {
  const packages = new Set();
  for (const path of Object.keys(metafile.inputs)) {
    const m = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (m) { packages.add(m[1]); }
  }
  const parts = ["Third-party software bundled in sitrep's web assets (static/bundle/), with its licence.\n"];
  for (const name of [...packages].sort()) {
    const dir = join(HERE, "node_modules", name);
    const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    if (!file) { throw new Error(`${name} ships no licence file`); }
    parts.push(`${"=".repeat(78)}\n${name} ${meta.version} (${meta.license})\n${"=".repeat(78)}\n` +
               readFileSync(join(dir, file), "utf8").trim() + "\n");
  }
  return {packages: [...packages].sort(), text: parts.join("\n")};
}

rmSync(OUT, {recursive: true, force: true});
mkdirSync(OUT, {recursive: true});
const result = await esbuild.build({
  absWorkingDir: HERE, entryPoints: ENTRIES, outdir: OUT, bundle: true, minify: true, format: "iife",
  target: ["es2020"], platform: "browser", loader: {".png": "dataurl", ".svg": "dataurl"},
  legalComments: "eof", charset: "utf8", metafile: true, logLevel: "warning",
});
const notice = licences(result.metafile);
writeFileSync(join(OUT, "THIRD_PARTY_LICENSES.txt"), notice.text);
const outputs = {};
for (const file of readdirSync(OUT).sort()) {
  outputs[file] = sha256(readFileSync(join(OUT, file)));
}
const manifest = {
  build: "cd frontend && npm ci && npm run build", esbuild: esbuild.version, bundled: notice.packages,
  inputs: inputs(), outputs,
};
writeFileSync(join(OUT, "MANIFEST.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`wrote ${Object.keys(outputs).length} files to ${relative(process.cwd(), OUT) || "."}`);
