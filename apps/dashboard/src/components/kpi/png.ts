/** SVG properties a chart's look depends on: copied inline, as the picture carries no style sheet. */
const PAINT = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "opacity",
  "font-size",
  "font-family",
  "font-weight",
];

/**
 * A chart (the SVG inside `container`) as a PNG download, at twice its size on screen, on a white
 * ground, with its title above it and its legend (the `li` items in `container`, each with a
 * coloured swatch) below. Everything happens in the browser: no server, no network.
 */
export async function downloadChartPng(container: HTMLElement, title: string, filename: string): Promise<void> {
  const svg = container.querySelector("svg.recharts-surface") ?? container.querySelector("svg");
  if (!svg) return;
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll("*")];
  const target = [copy, ...copy.querySelectorAll("*")];
  source.forEach((element, i) => {
    const style = getComputedStyle(element);
    const inline = PAINT.map((name) => `${name}:${style.getPropertyValue(name)}`).join(";");
    target[i]?.setAttribute("style", inline);
  });
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const heading = 32;
    const legend = [...container.querySelectorAll("li")].map((item) => ({
      label: item.textContent ?? "",
      color: getComputedStyle(item.querySelector("span") ?? item).backgroundColor,
    }));
    const font = getComputedStyle(container).fontFamily;
    // The legend laid out in lines as wide as the chart.
    const measure = document.createElement("canvas").getContext("2d");
    if (!measure) return;
    measure.font = `12px ${font}`;
    const placed: Array<{ label: string; color: string; x: number; line: number }> = [];
    let x = 8;
    let line = 0;
    for (const item of legend) {
      const itemWidth = 24 + measure.measureText(item.label).width;
      if (x > 8 && x + itemWidth > width) {
        x = 8;
        line++;
      }
      placed.push({ ...item, x, line });
      x += itemWidth;
    }
    const footer = legend.length ? (line + 1) * 20 + 8 : 0;
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil((height + heading + footer) * scale);
    const context = canvas.getContext("2d");
    if (!context) return;
    context.scale(scale, scale);
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, width, height + heading + footer);
    context.fillStyle = "#111827";
    context.font = `600 16px ${font}`;
    context.fillText(title, 8, 22);
    context.drawImage(image, 0, heading, width, height);
    context.font = `12px ${font}`;
    for (const item of placed) {
      const y = height + heading + 14 + item.line * 20;
      context.fillStyle = item.color;
      context.beginPath();
      context.arc(item.x + 4, y, 4, 0, 2 * Math.PI);
      context.fill();
      context.fillStyle = "#1f2937";
      context.fillText(item.label, item.x + 12, y + 4);
    }
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) return;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } finally {
    URL.revokeObjectURL(url);
  }
}
