/** Progress of long work on a terminal: one updating line per step, or a line per step elsewhere. */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastStep = "";
  let lastDraw = 0;
  return (step: string, done: number, total: number) => {
    const finished = done >= total;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const line = `${step}: ${done.toLocaleString("en")}/${total.toLocaleString("en")} (${total ? Math.round((done / total) * 100) : 100}%) ${seconds}s`;
    if (stream.isTTY) {
      if (!finished && Date.now() - lastDraw < 100 && step === lastStep) return;
      lastDraw = Date.now();
      stream.write(`\r\x1b[2K${line}${finished ? "\n" : ""}`);
    } else if (finished) {
      stream.write(`${line}\n`);
    }
    lastStep = step;
  };
}
