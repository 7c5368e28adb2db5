import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "../../lib/errors";

// Failed sign-ins allowed in the window before the account (or the address) must wait out the
// block. Counted per process: with several dashboard processes each keeps its own count.
const WINDOW_SECONDS = 15 * 60;
const byAccount = new RateLimiterMemory({
  keyPrefix: "sign-in:account",
  points: 10,
  duration: WINDOW_SECONDS,
  blockDuration: WINDOW_SECONDS,
});
const byAddress = new RateLimiterMemory({
  keyPrefix: "sign-in:address",
  points: 30,
  duration: WINDOW_SECONDS,
  blockDuration: WINDOW_SECONDS,
});

function throttled(msBeforeNext: number): DomainError {
  return new DomainError("SIGN_IN_THROTTLED", { minutes: Math.max(1, Math.ceil(msBeforeNext / 60_000)) });
}

/** Refuses at once (before any password work) while the account or address is blocked. */
export async function assertSignInAllowed(account: string, address: string | undefined): Promise<void> {
  const states = await Promise.all([byAccount.get(account), address ? byAddress.get(address) : null]);
  const limits = [byAccount.points, byAddress.points];
  states.forEach((state, i) => {
    if (state && state.consumedPoints >= limits[i]!) throw throttled(state.msBeforeNext);
  });
}

/** Counts a failed sign-in against the account and the address. */
export async function recordFailedSignIn(account: string, address: string | undefined): Promise<void> {
  await Promise.all([
    byAccount.penalty(account).catch(ignoreLimit),
    address ? byAddress.penalty(address).catch(ignoreLimit) : undefined,
  ]);
}

/** A good password clears the account's count (not the address's). */
export async function recordSignedIn(account: string): Promise<void> {
  await byAccount.delete(account);
}

function ignoreLimit(error: unknown) {
  if (!(error instanceof RateLimiterRes)) throw error;
}
