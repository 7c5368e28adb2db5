import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "../../lib/errors";
import { sharedLimiter } from "../../lib/shared-limiter";

// Failed sign-ins allowed in the window before the account (or the address) must wait out the
// block. Counted once across every dashboard and API process in Redis when REDIS_URL is set (a
// count per process would give an attacker one allowance per process), else per process.
const WINDOW_SECONDS = 15 * 60;
const ACCOUNT_POINTS = 10;
const ADDRESS_POINTS = 30;
/** Made at the first sign-in: a process that never signs anyone in opens no connection for them. */
let limiters: { byAccount: RateLimiterAbstract; byAddress: RateLimiterAbstract } | undefined;
const signInLimiters = () =>
  (limiters ??= {
    byAccount: sharedLimiter({
      keyPrefix: "innolab:sign-in:account",
      points: ACCOUNT_POINTS,
      duration: WINDOW_SECONDS,
      blockDuration: WINDOW_SECONDS,
    }),
    byAddress: sharedLimiter({
      keyPrefix: "innolab:sign-in:address",
      points: ADDRESS_POINTS,
      duration: WINDOW_SECONDS,
      blockDuration: WINDOW_SECONDS,
    }),
  });

function throttled(msBeforeNext: number): DomainError {
  return new DomainError("SIGN_IN_THROTTLED", { minutes: Math.max(1, Math.ceil(msBeforeNext / 60_000)) });
}

/** Refuses at once (before any password work) while the account or address is blocked. */
export async function assertSignInAllowed(account: string, address: string | undefined): Promise<void> {
  const { byAccount, byAddress } = signInLimiters();
  const states = await Promise.all([byAccount.get(account), address ? byAddress.get(address) : null]);
  const limits = [ACCOUNT_POINTS, ADDRESS_POINTS];
  states.forEach((state, i) => {
    if (state && state.consumedPoints >= limits[i]!) throw throttled(state.msBeforeNext);
  });
}

/** Counts a failed sign-in against the account and the address. */
export async function recordFailedSignIn(account: string, address: string | undefined): Promise<void> {
  const { byAccount, byAddress } = signInLimiters();
  await Promise.all([
    byAccount.penalty(account).catch(ignoreLimit),
    address ? byAddress.penalty(address).catch(ignoreLimit) : undefined,
  ]);
}

/** A good password clears the account's count (not the address's). */
export async function recordSignedIn(account: string): Promise<void> {
  await signInLimiters().byAccount.delete(account);
}

function ignoreLimit(error: unknown) {
  if (!(error instanceof RateLimiterRes)) throw error;
}
