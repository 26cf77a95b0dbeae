/** Preact's warnings (bad hooks, bad props) in development builds; nothing in production. */
export async function devWarnings(): Promise<void> {
  if (process.env.NODE_ENV === 'development') await import('preact/debug');
}
