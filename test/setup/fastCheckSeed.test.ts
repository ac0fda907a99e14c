/** The property tests' seed is fixed: two runs of the same property draw the same values. */
import fc from 'fast-check';
import { PROPERTY_SEED } from './fastCheckSeed';

it(`runs every property from seed ${PROPERTY_SEED}`, () => {
  expect(fc.readConfigureGlobal().seed).toBe(
    process.env.FC_SEED ? Number(process.env.FC_SEED) : PROPERTY_SEED,
  );
  const draws = () => fc.sample(fc.integer({ min: 0, max: 1_000_000 }), { numRuns: 5 });
  // sample() uses the global seed too, so the same five numbers come out each time.
  expect(draws()).toEqual(draws());
});
