import { defineConfig } from 'vitest/config';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // the compiled-dictionary cache of test runs (and the commands they spawn) lives under the
    // temporary folder, like everything else a test writes
    env: { DYAD_CACHE_DIR: join(tmpdir(), 'dyad-test-cache') },
  },
});
