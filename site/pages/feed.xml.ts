import type { APIRoute } from 'astro'

import { noticeFeed } from '../lib/feed'

/** The Korean notices as RSS 2.0. */
export const GET: APIRoute = (context) => noticeFeed('ko', context)
