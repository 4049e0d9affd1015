/**
 * `npm run cli -- …`: the process side of the deadline CLI. The CLI itself (shared/cli/run-cli.ts) is a
 * pure function of the arguments; only this entry touches argv, the output streams and the exit code.
 */
import { runCli } from '../../shared/cli/run-cli';

const result = runCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
