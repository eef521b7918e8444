// storyline schema: the JSON Schema of the analysis, generated from the TypeBox types.
import type { Command } from 'commander';
import { analysisJsonSchema } from '../model/schema.js';

export function registerSchema(program: Command): void {
  program.command('schema')
    .description('print the JSON Schema of the analysis format')
    // Accepted like every command's --db (README); the schema does not depend on the store.
    .option('--db <path>', 'ignored: the schema does not use the store')
    .action(() => { process.stdout.write(`${JSON.stringify(analysisJsonSchema(), null, 2)}\n`); });
}
