#!/usr/bin/env node
// In a checkout the command runs the TypeScript source, compiled as it loads by swc (the compiler the tests
// use, a dev dependency): it works right after `npm ci`, before any build, and is never older than the code.
// Where only the build is installed (no src/, or no dev dependencies) it runs dist/.
const fs = require('fs');
const path = require('path');

function loadCli() {
  const source = path.join(__dirname, '..', 'src', 'cli.ts');
  let swc;
  try {
    swc = fs.existsSync(source) && require('@swc/core');
  } catch {
    swc = undefined;
  }
  if (!swc) return require('../dist/cli.js');
  const options = { ...JSON.parse(fs.readFileSync(path.join(__dirname, '..', '.swcrc'), 'utf8')), swcrc: false };
  require.extensions['.ts'] = (module, filename) => {
    module._compile(swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename }).code, filename);
  };
  return require(source);
}

loadCli().run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
