/** Rewrites README.md's function reference from the function table (src/functions/reference.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { withReference } from '../src/functions/reference';

const file = path.join(__dirname, '..', 'README.md');
fs.writeFileSync(file, withReference(fs.readFileSync(file, 'utf8')));
console.log('README.md: function reference regenerated');
