/**
 * fast-check for the property tests: one seed per run, fixed in CI, printed so a failure can be
 * replayed with `FC_SEED=<seed> npx wtr --files …` (web-test-runner.config.mjs injects it).
 */
import fc from 'fast-check';

declare const __FC_SEED__: number;

/** The seed of this run. */
export const seed: number = typeof __FC_SEED__ === 'number' ? __FC_SEED__ : 20261129;

fc.configureGlobal({ seed, numRuns: 200 });
console.log(`fast-check seed ${seed} (replay: FC_SEED=${seed})`);

export { fc };
