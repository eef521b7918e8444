// The storyline command line: parses arguments, calls the public API, formats output.
import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './analyze.js';
import { reportError } from './errors.js';
import { registerSchema } from './schema.js';
import { registerStoreCommands } from './store-commands.js';
import { registerDemo } from './demo.js';
import { registerServe } from './serve.js';
import { registerStoryCommands } from './story-commands.js';
import { registerWatchCommands } from './watch-commands.js';
import { registerSavedSearchCommands } from './saved-search-commands.js';
import { registerWorkerCommands } from './worker-commands.js';
import { registerCopyCommand } from './copy-command.js';

export function buildProgram(): Command {
  const program = new Command('storyline')
    .description('Turn news articles into a sourced, searchable dossier.')
    .version('0.1.0')
    .showHelpAfterError('(run storyline --help for usage)')
    .exitOverride();
  registerAnalyze(program);
  registerStoreCommands(program);
  registerSchema(program);
  registerDemo(program);
  registerServe(program);
  registerStoryCommands(program);
  registerWatchCommands(program);
  registerSavedSearchCommands(program);
  registerWorkerCommands(program);
  registerCopyCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    // Commander has already printed its own one-line usage error.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    return reportError(err);
  }
}
