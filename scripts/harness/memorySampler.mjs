// Samples the machine's used memory once a second, to report the peak a test run added.
import os from 'node:os';

export function startMemorySampler() {
  const used = () => os.totalmem() - os.freemem();
  const baseline = used();
  let peak = baseline;
  const timer = setInterval(() => { peak = Math.max(peak, used()); }, 1000);
  timer.unref();
  return {
    /** Peak used memory above the baseline at start, in MiB. */
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, used());
      return Math.round((peak - baseline) / 2 ** 20);
    },
  };
}
