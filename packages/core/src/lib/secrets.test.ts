import { describe, expect, it } from "vitest";
import { sameSecret } from "./secrets";

describe("sameSecret", () => {
  it("is true for the secret only: not a prefix, not another value, not a same-length non-ASCII one, not a non-string", () => {
    expect(sameSecret("s3cret-value", "s3cret-value")).toBe(true);
    expect(sameSecret("s3cret", "s3cret-value")).toBe(false);
    expect(sameSecret("s3cret-valuf", "s3cret-value")).toBe(false);
    // 12 characters, more bytes: refused, not a RangeError from timingSafeEqual.
    expect(sameSecret("s3cret-valué", "s3cret-value")).toBe(false);
    expect(sameSecret(["s3cret-value"], "s3cret-value")).toBe(false);
    expect(sameSecret(undefined, "s3cret-value")).toBe(false);
  });
});
