// Loaded with `node -r`: reports the process's peak memory (resident set, KB) when it exits, for npm run bench.
process.on('exit', () => {
  process.stderr.write(`\nSPK_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
