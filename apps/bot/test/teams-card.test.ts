import { describe, expect, it } from "vitest";
import { cardOf } from "../src/channels/teams/render";
import type { Screen } from "../src/flows/types";

type CardAction = { type: string; data?: Record<string, unknown>; card?: { actions: CardAction[] } };
const submitsOf = (actions: CardAction[]): CardAction[] =>
  actions.flatMap((a) => (a.type === "Action.ShowCard" ? submitsOf(a.card?.actions ?? []) : [a]));
const screen: Screen = {
  text: "Eight buttons",
  actions: [Array.from({ length: 8 }, (_, i) => ({ label: `B${i}`, data: `d:n:${i}` }))],
};

describe("Teams cards: what a press does to the card", () => {
  it("a screen's buttons carry their data only: the answer replaces the pressed card", () => {
    const actions = submitsOf((cardOf(screen).content as { actions: CardAction[] }).actions);
    expect(actions).toHaveLength(8);
    expect(actions.map((a) => a.data)).toEqual(Array.from({ length: 8 }, (_, i) => ({ a: `d:n:${i}` })));
  });

  it("an alert's buttons, those under More… too, are marked to keep the card", () => {
    const actions = submitsOf((cardOf(screen, undefined, { keep: true }).content as { actions: CardAction[] }).actions);
    expect(actions).toHaveLength(8);
    expect(actions.every((a) => a.data?.k === 1)).toBe(true);
  });
});
