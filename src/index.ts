import { createApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';

/** `npm start`: validate the environment, migrate, and serve until told to stop. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw error;
  }
  const running = await createApp({ config });
  await running.start();
  const shutdown = async (signal: string) => {
    running.deps.log.info('shutting down', { signal });
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`Complaint Desk failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
