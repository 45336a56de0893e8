import path from 'node:path';
import { agentSchema } from '../../src/core/schema.ts';

/** A refusal: the lines to print, already worded for the contributor. Not a crash. */
export class CommandFailure extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

/** Stops the command with these lines on stderr and exit code 1 (through runCommand). */
export function fail(...lines: string[]): never {
  throw new CommandFailure(lines);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export type DateOption = { ok: true; date: string } | { ok: false; message: string };

/**
 * The --date option: today when absent. Checked by the schema's own `assessed` field, so a
 * command accepts exactly the dates the validator does (2026-02-30 and "tomorrow" are not).
 */
export function parseDateOption(value: string | undefined): DateOption {
  if (value === undefined) return { ok: true, date: today() };
  if (agentSchema.shape.assessed.safeParse(value).success) return { ok: true, date: value };
  return { ok: false, message: `--date ${JSON.stringify(value)} is not a real date; expected YYYY-MM-DD, e.g. ${today()}` };
}

/**
 * Runs a command's main function. A refusal prints its lines; anything unexpected prints one
 * line naming the command, never a stack trace: contributors read this, not developers.
 * Either way the exit code is 1.
 */
export function runCommand(main: () => void | Promise<void>): void {
  const command = path.basename(process.argv[1] ?? 'command', '.ts');
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof CommandFailure) for (const line of error.lines) console.error(line);
      else console.error(`${command}: ${(error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ')}`);
      process.exitCode = 1;
    });
}
