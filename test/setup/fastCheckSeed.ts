/**
 * Every property test runs from one fixed seed, so a failure seen once is seen again on the next run
 * and on CI. fast-check prints the seed and the shrunk counterexample with any failure; set
 * FC_SEED=<n> to explore other inputs (the seed used is then printed once per test file).
 */
import fc from 'fast-check';

export const PROPERTY_SEED = 20261204;

const chosen = process.env.FC_SEED;
const seed = chosen === undefined || chosen === '' ? PROPERTY_SEED : Number(chosen);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${chosen}"`);
if (seed !== PROPERTY_SEED) process.stdout.write(`fast-check seed ${seed} (FC_SEED)\n`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
