import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

const config = resolveConfig({ factories: [{ getter: 'getContactRepository', creator: 'createContactRepository', class: 'ContactRepository' }] }, '/repo');

// bayles' route modules: each makes the Express router the app mounts (`router.use('/contacts',
// createContactsRoutes())`) and reads its repository before registering the routes.
const ROUTES = "import { Router } from 'express';\nimport { getContactRepository } from '../repositories/contact.repository.js';\n\nexport function createContactsRoutes(): Router {\n  const router = Router();\n  const contactRepo = getContactRepository();\n  router.get('/search', (req, res) => res.json(contactRepo.search(String(req.query.q))));\n  router.get('/:id', (req, res) => res.json(getContactRepository().find(req.params.id)));\n  return router;\n}\n";

describe('a function that makes the router an app mounts', () => {
  it('leaves what it reads before its routes to the user, with the reason, and rewrites what a route reads in its request', () => {
    const migrated = migrateSource(ROUTES, '/repo/src/api/routes/contacts.routes.ts', config);
    expect(migrated.manual).toEqual([
      { line: 6, lineAfter: 7, reason: "runs in createContactsRoutes(), which makes a router (express's) for the server to mount as it starts, outside every request, where requireUserContext() would throw: give it a context made for it, or leave it a process-wide instance" },
    ]);
    expect(migrated.output).toBe(
      "import { Router } from 'express';\nimport { requireUserContext } from 'ssot-kit/runtime';\nimport { getContactRepository, createContactRepository } from '../repositories/contact.repository.js';\n\nexport function createContactsRoutes(): Router {\n  const router = Router();\n  const contactRepo = getContactRepository();\n  router.get('/search', (req, res) => res.json(contactRepo.search(String(req.query.q))));\n  router.get('/:id', (req, res) => res.json(createContactRepository(requireUserContext()).find(req.params.id)));\n  return router;\n}\n",
    );
  });

  it('a second run changes nothing', () => {
    const once = migrateSource(ROUTES, '/repo/src/api/routes/contacts.routes.ts', config).output;
    expect(migrateSource(once, '/repo/src/api/routes/contacts.routes.ts', config).output).toBe(once);
  });
});
