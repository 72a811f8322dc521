import { main } from '../scripts/ingest.ts';

/**
 * Runs the ingest CLI in this process and prints its peak memory as one JSON line on stdout (the ingest itself prints
 * only to stderr). bench/measure-ingest.ts spawns this once per corpus size.
 */
const exitCode = await main(process.argv.slice(2));
// maxRSS is in kibibytes; it is the peak of the whole process, so module loading and the editorial data count too.
process.stdout.write(`${JSON.stringify({ exitCode, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
process.exitCode = exitCode;
