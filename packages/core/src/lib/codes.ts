import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: codes are read aloud and typed from paper.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A random code such as "K7QM-2XHP", from a cryptographic source. */
export function randomCode(groups = 2, groupLength = 4): string {
  return Array.from({ length: groups }, () =>
    Array.from({ length: groupLength }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  ).join("-");
}

/** Normalises a typed code: upper case, no spaces, dashes where they belong. */
export function normaliseCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return compact.match(/.{1,4}/g)?.join("-") ?? "";
}
