/** Command-line parsing: a command word followed by `--flag value` or `--flag=value` pairs. */

export interface ParsedArgs {
  readonly command: string;
  readonly flags: ReadonlyMap<string, string>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Splits argv into a command and flags; rejects unknown, repeated and value-less flags. */
export function parseArgs(argv: readonly string[], allowed: Readonly<Record<string, readonly string[]>>): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given');
  const known = allowed[command];
  if (!known) throw new UsageError(`unknown command: ${command}`);
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--') || arg === '--') throw new UsageError(`unexpected argument: ${arg}`);
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!known.includes(name)) throw new UsageError(`unknown flag for ${command}: --${name}`);
    if (flags.has(name)) throw new UsageError(`flag given twice: --${name}`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = rest[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError(`flag --${name} needs a value`);
      i++;
    }
    if (value === '') throw new UsageError(`flag --${name} needs a value`);
    flags.set(name, value);
  }
  return { command, flags };
}

/** A positive integer written in decimal digits (no sign, no exponent, no fraction). */
export function parsePositiveInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`--${flag} must be a positive integer: ${JSON.stringify(value)}`);
  }
  return Number(value);
}
