// Fires a fixed cycle of requests with autocannon, in its own process so the load generator's CPU
// is not counted as the app's. Input: a file of JSON { url, connections, duration, amount?, requests }
// named by argv[2] (amount: that many requests in all, then stop);
// output: autocannon's result as JSON on stdout.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const { url, connections, duration, amount, requests } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const result = await autocannon({ url, connections, duration, ...(amount ? { amount } : {}), requests });
process.stdout.write(JSON.stringify(result));
