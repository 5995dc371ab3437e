// Fires a fixed cycle of requests with autocannon, in its own process so the load generator's CPU
// is not counted as the app's. Input: JSON { url, connections, duration, requests } as argv[2];
// output: autocannon's result as JSON on stdout.
import autocannon from 'autocannon';

const { url, connections, duration, requests } = JSON.parse(process.argv[2]);
const result = await autocannon({ url, connections, duration, requests });
process.stdout.write(JSON.stringify(result));
