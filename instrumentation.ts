// Runs once when the server starts (Next's instrumentation hook). Node.js only: the check ends the
// process, which the edge runtime cannot.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') (await import('./app/_http/site-url')).exitWithoutSiteUrl();
}
