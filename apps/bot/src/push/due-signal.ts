import { localNotice, type Notice, redisNotice } from "@innolab/core";

/**
 * Word that deliveries were just queued, so an idle sender claims them at once instead of at its
 * next poll (a second later, and each process at a different moment: measured in bench:push, the
 * third of three processes joined an alert up to 1 s after the first). With Redis, a batch queued
 * by the fan-out in one bot process wakes the senders of all.
 */
export type DueSignal = Notice;

const DELIVERIES_DUE = "innolab:push:deliveries-due";

export const localDueSignal = (): DueSignal => localNotice();
export const redisDueSignal = (redisUrl: string, channel = DELIVERIES_DUE): DueSignal => redisNotice(redisUrl, channel);
