// The handout's styles: the site's, then the handout's own (bundled by scripts/build-islands.mjs).
import '../../app/globals.css';
import './print.css';
