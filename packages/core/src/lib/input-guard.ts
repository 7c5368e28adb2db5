/**
 * Limits on the shape of any request input, checked before schemas run: a schema cannot stop a
 * structure that blows the stack while it is being read, and text a database cannot store
 * (a lone UTF-16 surrogate, NUL) would otherwise fail deep inside a write.
 */
export interface ShapeLimits {
  depth: number;
  /** Items in one array, keys in one object. */
  items: number;
  /** Characters in one string. */
  stringLength: number;
  /** Values in the whole input. */
  nodes: number;
}

export const INPUT_LIMITS: ShapeLimits = { depth: 12, items: 1_000, stringLength: 100_000, nodes: 20_000 };

// A high surrogate not followed by a low one, a low one not preceded by a high one, or NUL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what must be refused.
const UNSTORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/;

export interface ShapeProblem {
  en: string;
  zh: string;
}

/** The first way `value` breaks the limits, or undefined. Iterative: deep input cannot overflow it. */
export function shapeProblem(value: unknown, limits: ShapeLimits = INPUT_LIMITS): ShapeProblem | undefined {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (++nodes > limits.nodes) return { en: `more than ${limits.nodes} values`, zh: `多於 ${limits.nodes} 個值` };
    if (typeof current === "string") {
      if (current.length > limits.stringLength)
        return {
          en: `a text longer than ${limits.stringLength} characters`,
          zh: `文字多於 ${limits.stringLength} 個字元`,
        };
      if (UNSTORABLE.test(current))
        return { en: "a text with characters that cannot be stored", zh: "文字含有無法儲存的字元" };
      continue;
    }
    if (current === null || typeof current !== "object" || current instanceof Date) continue;
    if (depth >= limits.depth) return { en: `nesting deeper than ${limits.depth}`, zh: `巢狀層數多於 ${limits.depth}` };
    const children = Array.isArray(current) ? current : Object.values(current);
    if (children.length > limits.items)
      return { en: `a list of more than ${limits.items} items`, zh: `清單多於 ${limits.items} 項` };
    if (!Array.isArray(current)) {
      for (const key of Object.keys(current)) {
        if (UNSTORABLE.test(key)) return { en: "a field name that cannot be stored", zh: "欄位名稱含有無法儲存的字元" };
      }
    }
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}
