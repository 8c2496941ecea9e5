/// <reference types="astro/client" />
// Astro's own modules (astro:content …) for `tsc`, which type-checks site/ with the rest (npm run typecheck).
