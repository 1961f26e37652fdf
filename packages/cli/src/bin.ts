#!/usr/bin/env node
import { run } from './program.js';

// Exit as soon as the command is done (a progress timer or keep-alive socket must not hold the process open).
process.exit(await run(process.argv));
