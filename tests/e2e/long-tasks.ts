import type { TestInfo } from '@playwright/test'
import { cpus, loadavg } from 'node:os'

/**
 * Whether the machine is quiet enough for a 200 ms bound to mean anything:
 * a long task is wall time, and with more runnable processes than cores
 * (this machine's 2 cores are shared by several engineers' builds and tests)
 * a 40 ms task is stretched past 200 ms. Over 1.5 runnable processes per
 * core the figure is reported (and annotated) but not asserted.
 */
export function quietMachine(info: TestInfo): boolean {
  const perCore = loadavg()[0]! / cpus().length
  const quiet = perCore <= 1.5
  if (!quiet)
    info.annotations.push({ type: 'not asserted', description: `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores: long tasks measured, not asserted` })
  return quiet
}
