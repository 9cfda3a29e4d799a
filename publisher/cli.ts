import { UsageError, UserError } from './errors';
import { processIo, type Io } from './io';
import * as build from './commands/build';
import * as keygen from './commands/keygen';
import * as reports from './commands/reports';
import * as rotateKey from './commands/rotate-key';
import * as serve from './commands/serve';
import * as verify from './commands/verify';

const COMMANDS: Record<string, { usage: string; run: (args: string[], io: Io) => Promise<number> }> = {
  keygen,
  build,
  verify,
  'rotate-key': rotateKey,
  serve,
  reports,
};

const USAGE = `usage: hangup-publisher COMMAND [options]   (or: npm run publisher -- COMMAND ...)

${Object.values(COMMANDS)
  .map((command) => `  ${command.usage}`)
  .join('\n')}

Format and walkthrough: publisher/FORMAT.md, publisher/README.md`;

/** Runs one command; returns the exit code (0 ok, 1 failure with a one-line reason, 2 bad usage). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`hangup-publisher: unknown command ${name}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`hangup-publisher ${name}: ${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    io.err(`hangup-publisher ${name}: ${error instanceof UserError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
