// Loaded with `node --import` before the measured script: on exit, prints one line to stderr with the
// process's peak RSS and CPU time, its own (every thread) and that of the children it waited for
// (git), which Linux keeps in /proc/self/stat (clock ticks, 100 a second).
import { readFileSync } from 'node:fs';

function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000 + childrenCpuMs();
  process.stderr.write(`\nPROBE ${JSON.stringify({ rssKb: usage.maxRSS, cpuMs })}\n`);
});
