/** Jest runs the TypeScript sources through ts-jest (type checking is `tsc --noEmit`'s job). */
module.exports = {
  testEnvironment: 'node',
  // A limit against hangs, not a speed check: on a loaded 2-core machine a jsdom page load can take
  // well over jest's default 5 s (speed is measured by `npm run bench`).
  testTimeout: 60000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Property tests run from a fixed seed (test/setup/fastCheckSeed.ts).
  setupFilesAfterEnv: ['<rootDir>/test/setup/fastCheckSeed.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node',
          jsx: 'react-jsx',
          esModuleInterop: true,
          isolatedModules: true,
        },
      },
    ],
  },
  moduleNameMapper: {
    // The ES build of chinese-days is what webpack bundles; jest uses its CommonJS build.
    '^chinese-days$': '<rootDir>/node_modules/chinese-days/dist/index.min.js',
  },
};
