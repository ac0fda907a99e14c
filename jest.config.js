/** Jest runs the TypeScript sources through ts-jest (type checking is `tsc --noEmit`'s job). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
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
