// `npm run fuzz [count] [seed]`: the long run (20,000 documents by default).
import { fuzz } from './run';

const count = Number(process.argv[2] ?? 20_000);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const started = performance.now();
fuzz(seed, count, 40, (line) => console.log(line)).then((report) => {
  console.log(`seed ${seed}: ${report.documents} documents, ${report.requests} requests, slowest answer ${report.slowest.toFixed(0)} ms, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const failure of report.failures.slice(0, 50)) console.log(`FAIL ${failure}`);
  console.log(`${report.failures.length === 0 ? 1 : 0} passed, ${report.failures.length === 0 ? 0 : 1} failed`);
  process.exitCode = report.failures.length === 0 ? 0 : 1;
});
