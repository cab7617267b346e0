/**
 * The committed role files, read when Playwright collects the tests, so journeys can make one
 * test per role and state what a page must show from the data it is built from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Role } from '../../src/catalogue/schema';

const ROLES_DIR = fileURLToPath(new URL('../../data/roles/', import.meta.url));

/** Every role in data/roles/, in file-name (= id) order. */
export const ROLE_FILES: readonly Role[] = readdirSync(ROLES_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(`${ROLES_DIR}${file}`, 'utf8')) as Role);

export function roleFile(id: string): Role {
  const role = ROLE_FILES.find((r) => r.id === id);
  if (!role) throw new Error(`no data/roles/${id}.json`);
  return role;
}
