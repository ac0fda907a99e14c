// The production bundle carries nothing that only tests or tools need: every module webpack puts
// in a chunk of the add-in's build must come from src/ (not src/testpane, the test pane of
// `npm run test:excel`) or from a package that package-lock.json does not mark dev. The production
// build fails otherwise (ProductionBundleGuardPlugin, in webpack.config.js), naming the modules.
const fs = require('node:fs');
const path = require('node:path');

/** The lock path of the installed package a file belongs to (the innermost node_modules/<name>). */
function packagePathOf(relativeFile) {
  const parts = relativeFile.split(/[\\/]/);
  let last = -1;
  for (let i = 0; i < parts.length; i++) if (parts[i] === 'node_modules') last = i;
  if (last === -1 || last + 1 >= parts.length) return null;
  const nameParts = parts[last + 1].startsWith('@') ? 2 : 1;
  return parts.slice(0, last + 1 + nameParts).join('/');
}

/**
 * What a module file is: { kind: 'source' } under src/, { kind: 'package', lockPath, name, dev }
 * under node_modules, { kind: 'other' } anywhere else. `file` is relative to the project root.
 */
function classify(file, lock) {
  const relative = file.split(path.sep).join('/');
  const lockPath = packagePathOf(relative);
  if (lockPath) {
    const entry = (lock.packages || {})[lockPath];
    const name = lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
    return { kind: 'package', lockPath, name, dev: entry ? entry.dev === true : undefined };
  }
  if (relative.startsWith('src/')) return { kind: 'source', testOnly: relative.startsWith('src/testpane/') };
  return { kind: 'other' };
}

/** One sentence per module of the production bundle that does not belong there. */
function bundleProblems(files, lock) {
  const problems = [];
  for (const file of files) {
    const what = classify(file, lock);
    if (what.kind === 'package' && what.dev === true)
      problems.push(`${file}: ${what.name} is a dev dependency (test or tool code).`);
    else if (what.kind === 'package' && what.dev === undefined)
      problems.push(`${file}: ${what.lockPath} is not in package-lock.json.`);
    else if (what.kind === 'source' && what.testOnly)
      problems.push(`${file}: the test pane of npm run test:excel is not part of the add-in.`);
    else if (what.kind === 'other') problems.push(`${file}: not add-in source (src/) nor a package.`);
  }
  return problems;
}

/** The files of every module in the compilation's chunks (inner modules of concatenations too). */
function moduleFiles(compilation, root) {
  const files = new Set();
  const add = (module) => {
    if (module.modules) for (const inner of module.modules) add(inner);
    const resource = module.resource || (module.rootModule && module.rootModule.resource);
    if (resource) files.add(path.relative(root, resource.split('?')[0]));
  };
  for (const chunk of compilation.chunks)
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) add(module);
  return [...files].sort();
}

/** Fails the build when a module of the bundle is test or tool code; says what the bundle holds. */
class ProductionBundleGuardPlugin {
  constructor({ root, lockFile = path.join(root, 'package-lock.json'), log = console.log } = {}) {
    this.root = root;
    this.lockFile = lockFile;
    this.log = log;
  }

  apply(compiler) {
    const name = 'ProductionBundleGuardPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.afterSeal.tap(name, () => {
        const lock = JSON.parse(fs.readFileSync(this.lockFile, 'utf8'));
        const files = moduleFiles(compilation, this.root);
        const problems = bundleProblems(files, lock);
        if (problems.length > 0) {
          const error = new compiler.webpack.WebpackError(
            `the production bundle holds test or tool code:\n  ${problems.join('\n  ')}`,
          );
          compilation.errors.push(error);
          return;
        }
        const packages = new Set(
          files
            .map((file) => classify(file, lock))
            .filter((w) => w.kind === 'package')
            .map((w) => w.lockPath),
        );
        const sources = files.filter((file) => classify(file, lock).kind === 'source');
        this.log(
          `bundle: ${files.length} modules, from ${sources.length} files of src/ and ${packages.size} production packages; no test or tool code.`,
        );
      });
    });
  }
}

module.exports = { packagePathOf, classify, bundleProblems, moduleFiles, ProductionBundleGuardPlugin };
