import type { Screen } from "../flows/types";

/** A screen as terminal text: buttons become numbered choices. Returns the data behind each number. */
export function renderForTerminal(screen: Screen): { text: string; choices: string[] } {
  const choices: string[] = [];
  const lines = [screen.text, ""];
  for (const row of screen.actions) {
    lines.push(
      row
        .map((action) => {
          choices.push(action.data);
          return `[${choices.length}] ${action.label}`;
        })
        .join("   "),
    );
  }
  if (screen.attachment) lines.push(`(file: ${screen.attachment.filename}, ${screen.attachment.content.length} bytes)`);
  return { text: lines.join("\n"), choices };
}
