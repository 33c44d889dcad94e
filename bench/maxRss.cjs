// Loaded with `node -r`: reports the process's peak memory (resident set, KB) and CPU time (user + system, µs) when it exits, for npm run bench.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nSPK_MAX_RSS_KB=${u.maxRSS}\nSPK_CPU_US=${u.userCPUTime + u.systemCPUTime}\n`);
});
