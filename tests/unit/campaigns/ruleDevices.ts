import { afterEach } from 'vitest';
import { Workspace } from '../../../src/store/workspace.ts';
import { RuleEngine } from '../../../src/workers/rules/engine.ts';

export interface RuleDevice {
  ws: Workspace;
  engine: RuleEngine;
}

/**
 * Devices for rule-engine tests: a workspace with its rule engine running on a clock the test
 * moves, all closed after each test. Call at the top level of a test file.
 */
export function ruleDevices(prefix: string) {
  let n = 0;
  const opened: RuleDevice[] = [];
  afterEach(() => {
    while (opened.length) {
      const d = opened.pop()!;
      d.engine.stop();
      d.ws.close();
    }
  });
  return {
    device(clock: { now: number }, name = `${prefix}-${++n}-${Date.now()}`): RuleDevice {
      const ws = new Workspace(name, { clock: () => new Date(clock.now), tabs: null });
      const engine = new RuleEngine(ws, () => new Date(clock.now));
      engine.onError = (e) => {
        throw e;
      };
      engine.start();
      opened.push({ ws, engine });
      return { ws, engine };
    },
    /** Lets each device's rules run and its writes reach storage, a few rounds (a rule's write may fire another). */
    async settle(...ds: RuleDevice[]): Promise<void> {
      for (let i = 0; i < 3; i++)
        for (const d of ds) {
          await d.engine.idle();
          await d.ws.docs.flushed();
        }
    },
  };
}
