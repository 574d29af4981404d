import { Command, Argument } from '@commander-js/extra-typings';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval schema <kind>`: the JSON Schema of a file kind. */
export function schemaCommand(run: CommandRunner): Command<['criteria' | 'vendor' | 'policy']> {
  return new Command('schema')
    .description('print the JSON Schema of a file kind (for editors and other tools)')
    .addArgument(
      new Argument('<kind>', 'criteria, vendor or policy (the project file)').choices([
        'criteria',
        'vendor',
        'policy',
      ] as const),
    )
    .addHelpText('after', '\nExamples:\n  $ vendor-eval schema criteria > criteria.schema.json')
    .action(async (kind, _options, command) => {
      await run(command, async () => {
        const { jsonSchemaOf } = await import('../../core/model/json-schema.js');
        return { stdout: `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n` };
      });
    });
}
