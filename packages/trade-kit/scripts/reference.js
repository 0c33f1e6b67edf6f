// Locate shared/reference by walking up from a start directory. Only scripts and tests use it;
// runtime code reads the data generated into src/data and schemas/.
const fs = require('fs');
const path = require('path');
function findReferenceDir(start = __dirname) {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, 'shared', 'reference');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`shared/reference not found above ${start}`);
    dir = parent;
  }
}
module.exports = { findReferenceDir };
