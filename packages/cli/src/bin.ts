// Entry used when running the CLI from source (tests bundle this file).
import { main } from './index.js';

process.exitCode = await main(process.argv.slice(2));
