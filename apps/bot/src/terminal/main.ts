// `pnpm chat`: every flow of the bot in the terminal, with no Telegram or Teams account.
// Type a number to press a button, /command for commands, anything else as a reply.
import { userInfo } from "node:os";
import { createInterface } from "node:readline/promises";
import { createDb } from "@innolab/db";
import { FlowEngine } from "../flows/engine";
import type { ChatUser, UserInput } from "../flows/types";
import { renderForTerminal } from "./render";

const db = createDb();
const engine = new FlowEngine(db);
const name = userInfo().username;
const user: ChatUser = {
  channel: "TERMINAL",
  externalId: name,
  chatId: name,
  displayName: name,
  languageTag: process.env.LANG,
};
const terminal = createInterface({ input: process.stdin, output: process.stdout });
let choices: string[] = [];

async function show(input: UserInput) {
  for (const screen of await engine.handle(user, input)) {
    const rendered = renderForTerminal(screen);
    choices = rendered.choices;
    process.stdout.write(`\n${rendered.text}\n`);
  }
}

function parse(line: string): UserInput {
  const text = line.trim();
  const command = /^\/(\w+)(?:\s+(.*))?$/.exec(text);
  if (command) return { kind: "command", command: command[1]!.toLowerCase(), payload: command[2]?.trim() ?? "" };
  const number = /^\d+$/.test(text) ? Number(text) : 0;
  if (number >= 1 && number <= choices.length) return { kind: "action", data: choices[number - 1]! };
  return { kind: "text", text: line };
}

await show({ kind: "command", command: "start", payload: process.argv[2] ?? "" });
terminal.on("close", () => void db.$disconnect());
for await (const line of terminal) {
  if (line.trim() === "/quit") break;
  await show(parse(line));
  process.stdout.write("> ");
}
terminal.close();
