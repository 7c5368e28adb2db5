import { TOPIC_KINDS, techAreaTopic } from "@innolab/core";
import { button } from "./actions";
import { areaName, backToMenu, screen } from "./common";
import { t } from "./messages";
import type { Action, FlowContext, Screen } from "./types";

export async function subscriptionsScreen(ctx: FlowContext): Promise<Screen> {
  const l = ctx.language;
  const [mine, areas] = await Promise.all([ctx.api.subscription.mine(), ctx.api.techArea.list()]);
  const subscribed = new Set(mine.map((s) => s.topicKey));
  const topics: Array<{ key: string; label: string }> = [
    ...TOPIC_KINDS.map((key) => ({ key, label: t(l, `subs.${key}`) })),
    ...areas.map((area) => ({ key: techAreaTopic(area.slug), label: areaName(l, area) })),
  ];
  const buttons = topics.map((topic) =>
    button(`${subscribed.has(topic.key) ? "✓ " : ""}${topic.label}`, "toggleTopic", topic.key),
  );
  const rows: Action[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  rows.push(backToMenu(l));
  return screen(t(l, "subs.title"), rows);
}

export async function toggleSubscription(ctx: FlowContext, topic: string): Promise<Screen> {
  const mine = await ctx.api.subscription.mine();
  if (mine.some((s) => s.topicKey === topic)) await ctx.api.subscription.unsubscribe({ topic });
  else await ctx.api.subscription.subscribe({ topic });
  return subscriptionsScreen(ctx);
}
