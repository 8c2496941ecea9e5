import { defineCollection } from 'astro:content'

import { payloadLoader } from './lib/loader/payloadLoader'
import { type CollectionName, schemas } from './lib/loader/schemas'

const collection = (name: CollectionName) => defineCollection({ loader: payloadLoader(name), schema: schemas[name] })

export const collections = {
  courses: collection('courses'),
  fields: collection('fields'),
  instructors: collection('instructors'),
  notices: collection('notices'),
  'board-posts': collection('board-posts'),
  zones: collection('zones'),
  pages: collection('pages'),
  media: collection('media'),
  documents: collection('documents'),
  settings: collection('settings'),
}
