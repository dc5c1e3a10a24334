/**
 * `--restart` as `run`, `create` and `update` read it: the client splits NAME[:COUNT] and wants
 * COUNT to be a number; the daemon then refuses a NAME it does not know.
 */

const POLICIES = ['no', 'always', 'on-failure', 'unless-stopped'];

export interface RestartPolicy {
  name: string;
  maximumRetryCount: number;
}

/** The client's reading of the flag, or its error (printed without "Error response"). */
export function parseRestartFlag(value: string): RestartPolicy | { error: string } {
  const parts = value.split(':');
  if (parts.length > 2) return { error: `invalid restart policy format: ${value}` };
  const [name = '', count] = parts;
  if (count === undefined) return { name, maximumRetryCount: 0 };
  if (!/^-?\d+$/.test(count))
    return { error: 'invalid restart policy format: maximum retry count must be an integer' };
  return { name, maximumRetryCount: Number(count) };
}

/** The daemon's refusal of a policy it does not know, in Docker 25+'s words. */
export function restartPolicyRefusal(policy: RestartPolicy): string | undefined {
  if (policy.name === '' || POLICIES.includes(policy.name)) return undefined;
  return `invalid restart policy: unknown policy '${policy.name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`;
}
