// One-line errors for the user: never a stack trace unless STORYLINE_DEBUG is set.
import { InputError } from '../model/errors.js';

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export function reportError(err: unknown, write: (s: string) => void = (s) => process.stderr.write(s)): number {
  if (err instanceof InputError || err instanceof CliError) {
    write(`storyline: ${err.message}\n`);
    return err instanceof CliError ? err.exitCode : 1;
  }
  const e = err as Error;
  write(`storyline: unexpected error: ${e?.message ?? String(err)}${process.env.STORYLINE_DEBUG ? `\n${e?.stack}` : ' (set STORYLINE_DEBUG=1 for details)'}\n`);
  return 1;
}
