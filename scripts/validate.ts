// Run before `next build`: fails the build with every content problem, naming file, trip and field.
import { ContentError, validateContent } from '../content/load';

try {
  const content = validateContent();
  const visits = content.trips.reduce((n, t) => n + t.visits.length, 0);
  console.log(`content ok: ${content.trips.length} trips, ${visits} visits, ${content.legs.length} legs, ${content.places.size} places, ${content.sources.size} sources`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
