import { describe, expect, it } from "vitest";
import { ACTIONS, type ActionName, actionData, readAction } from "../src/flows/actions";
import { COMMANDS } from "../src/flows/commands";

/** One example of every button, with values at the edges of what each part allows. */
const EXAMPLES: { [Name in ActionName]: unknown[] } = {
  menu: [],
  list: ["n", 9999, "internet-of-things", 0],
  searchPage: ["s", 1],
  areaFilter: ["n"],
  detail: ["s", 999_999_999],
  suggestions: ["n", 12, 5],
  pair: [3, 4],
  pickSolution: [3],
  askPitch: [3, 4],
  sendWithoutPitch: [],
  shortlist: [3, 4],
  askDeclineReason: [3, 4],
  mine: ["s"],
  newForm: ["n"],
  forums: [],
  forum: [7],
  register: [7],
  cancelRegistration: [7],
  myRegistrations: [],
  subscriptions: [],
  toggleTopic: ["TECH_AREA:a-forty-character-long-technology-area-x"],
  link: [],
  language: [],
  help: [],
  resources: [],
  resource: [2],
  day: [2, "20261231"],
  slot: [2, 29_500_000],
  myBookings: [],
  cancelBooking: [9],
  showroom: [],
  reviewQueue: [],
  reviewItem: ["n", 1],
  publish: ["s", 1],
  askRejectReason: ["n", 1],
  kpiSummary: [],
  formQuit: [],
  formRestart: [],
  formArea: ["robotics"],
  formNext: [],
  formSend: [],
};

describe("the registry of buttons", () => {
  it("every button's data reads back as the same action and values, fits Telegram's 64 bytes, and means one thing", () => {
    for (const [name, values] of Object.entries(EXAMPLES) as Array<[ActionName, unknown[]]>) {
      const data = (actionData as unknown as (name: ActionName, ...values: unknown[]) => string)(name, ...values);
      expect(Buffer.byteLength(data), data).toBeLessThanOrEqual(64);
      expect(readAction(data), data).toEqual({ name, values });
      const readers = Object.values(ACTIONS).filter((action) => action.match.test(data));
      expect(readers, data).toHaveLength(1);
    }
  });

  it("data no button carries reads as nothing: the engine answers it as stale", () => {
    for (const forged of [
      "",
      "ls:n:1:-:0",
      "ls:x:1:*:0",
      "d:n:",
      "d:n:1:2",
      "sg:n:1:6",
      "fa+Robotics",
      "rr:n:1 ",
      "menu\n",
      "st:TECH_AREA:",
    ]) {
      expect(readAction(forged), forged).toBeUndefined();
    }
  });

  it("a button is never made with data out of shape", () => {
    expect(() => actionData("formArea", "Not A Slug")).toThrow(/out of shape/);
    expect(() => actionData("list", "n", 1, "*", -1)).toThrow(/out of shape/);
  });

  it("every command that opens a screen opens one the registry knows", () => {
    for (const command of COMMANDS.filter((c) => c.data)) expect(readAction(command.data!), command.name).toBeDefined();
  });
});
