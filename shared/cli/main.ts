/** Entry point of `npm run cli -- …`: runs the pure CLI on the process arguments. */
import { runCli } from './run-cli';

const result = runCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
