// Compiles a service ahead of time, so production starts it with plain `node` (no TypeScript
// compiler at run time): `node ../../scripts/build-service.mjs src/main.ts [more entries…]`,
// run from the package, writes dist/<entry name>.mjs.
//
// The workspace's own packages (@innolab/*, TypeScript sources) are bundled in. Every other
// package stays an import, resolved at run time from dist/node_modules, where this script
// links each one to the copy its importer would have loaded: pnpm gives each workspace
// package only its own dependencies, so the bundle could not find them from dist otherwise.
import { mkdirSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";

const entries = process.argv.slice(2);
if (entries.length === 0) throw new Error("usage: build-service.mjs ENTRY.ts [ENTRY.ts…]");
const outdir = path.resolve("dist");
/** Loaded by name at run time (a worker's `require`), so no import shows the bundler: linked anyway. */
const ALSO_LINKED = { "better-sqlite3": "@innolab/db" };

const builtins = new Set(builtinModules);
/** Package name → the folder its importer resolves it to. */
const linked = new Map();

/** The package folder `name` resolves to from `dir`, found the way Node does (node_modules upwards). */
function packageFolder(name, dir) {
  const require = createRequire(path.join(dir, "noop.js"));
  for (const folder of require.resolve.paths(name) ?? []) {
    try {
      return realpathSync(path.join(folder, name));
    } catch {}
  }
  throw new Error(`${name} is not installed where ${dir} would find it`);
}

function link(name, folder) {
  const known = linked.get(name);
  if (known && known !== folder) throw new Error(`two copies of ${name} are bundled: ${known} and ${folder}`);
  linked.set(name, folder);
}

const externals = {
  name: "externals-linked",
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:") || builtins.has(args.path.split("/")[0])) return { external: true };
      if (args.path.startsWith("@innolab/")) return undefined;
      const parts = args.path.split("/");
      const name = args.path.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
      link(name, packageFolder(name, args.resolveDir));
      return { external: true };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: Object.fromEntries(entries.map((entry) => [path.basename(entry).replace(/\.ts$/, ""), entry])),
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  // Stack traces name the functions as written.
  keepNames: true,
  logLevel: "warning",
  plugins: [externals],
});
for (const [name, owner] of Object.entries(ALSO_LINKED))
  link(name, packageFolder(name, packageFolder(owner, process.cwd())));
for (const [name, folder] of linked) {
  const at = path.join(outdir, "node_modules", name);
  mkdirSync(path.dirname(at), { recursive: true });
  symlinkSync(folder, at, "dir");
}
console.log(`built ${entries.join(", ")} → ${path.relative(process.cwd(), outdir)}/ (${linked.size} packages linked)`);
