/** A promise and the function that settles it: ends a loop's idle wait at once when it stops. */
export function settlement() {
  let settle = () => {};
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return { settled, settle };
}
