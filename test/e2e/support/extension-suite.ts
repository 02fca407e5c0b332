import { afterAll, afterEach, beforeAll } from 'vitest';
import { expectClean } from './expect-clean';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { type ExtensionSession, launchExtension } from './launch-extension';

export interface ExtensionSuite {
  server: FixtureServer;
  session: ExtensionSession;
}

/**
 * The hooks an e2e file needs: one fixture server and one browser with the built extension for the whole
 * file, closed after it, and after each test a check that the extension logged no error and made no request
 * off the machine. `setup` runs once both are up (e.g. to route demo pages). Fields are set in `beforeAll`.
 */
export function useExtensionSuite(setup?: (suite: ExtensionSuite) => Promise<void>): ExtensionSuite {
  const suite = {} as ExtensionSuite;
  beforeAll(async () => {
    suite.server = await startFixtureServer();
    suite.session = await launchExtension();
    await setup?.(suite);
  });
  afterAll(async () => {
    await suite.session?.close();
    await suite.server?.close();
  });
  afterEach(() => expectClean(suite.session));
  return suite;
}
