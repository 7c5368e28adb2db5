import QRCode from "qrcode";

/**
 * A QR code of a link (the bot's deep link), drawn on the server as SVG: a phone's camera opens
 * it from a screen or a printed poster. No image is fetched from anywhere.
 */
export async function BotQrCode({ url, label }: { url: string; label: string }) {
  const svg = await QRCode.toString(url, {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
    color: { dark: "#111827" },
  });
  return (
    <figure className="mt-2 w-36" data-testid="bot-qr">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: an SVG the qrcode library drew from our own URL */}
      <div role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="mt-1 break-all text-xs text-gray-700">{url}</figcaption>
    </figure>
  );
}
