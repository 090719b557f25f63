// Makes .content-french-fixture/: the course's content folder with tests/fixtures/french-edition
// as its French part (symbolic links), so the French lesson pages can be built and checked before
// the real French lessons land: CONTENT_ROOT=.content-french-fixture npm run build. Local use only.
import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const out = '.content-french-fixture';
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
for (const name of readdirSync('content')) if (name !== 'fr') symlinkSync(join('..', 'content', name), join(out, name));
symlinkSync(join('..', 'tests', 'fixtures', 'french-edition'), join(out, 'fr'));
console.log(`${out}/ made: content/ with the French test fixture.`);
