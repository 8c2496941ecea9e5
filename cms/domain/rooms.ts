/**
 * The center's rooms. A run names its room by key, never by translated text:
 * "제3강의실" and "Room 3" are one fact, so changing the room in Korean moves
 * the English page too (a per-language room went stale on /en/).
 */
export const ROOM_NAMES = {
  'room-1': { ko: '제1강의실', en: 'Room 1' },
  'room-2': { ko: '제2강의실', en: 'Room 2' },
  'room-3': { ko: '제3강의실', en: 'Room 3' },
  'pc-room-1': { ko: '제1컴퓨터실', en: 'PC Room 1' },
  'pc-room-2': { ko: '제2컴퓨터실', en: 'PC Room 2' },
  multipurpose: { ko: '다목적실', en: 'Multipurpose Room' },
  'digital-lab': { ko: '디지털체험실', en: 'Digital Lab' },
} as const

export type Room = keyof typeof ROOM_NAMES
export const ROOM_VALUES = Object.keys(ROOM_NAMES) as [Room, ...Room[]]

export const isRoom = (value: unknown): value is Room => typeof value === 'string' && value in ROOM_NAMES

/** The room's name for readers of `locale`. */
export const roomName = (room: Room, locale: 'ko' | 'en'): string => ROOM_NAMES[room][locale]

/**
 * The key of a room given by key or by name, in either language, as older
 * backups store it ({ ko: '제3강의실', en: 'Room 3' }); undefined if unknown.
 */
export function roomKey(value: unknown): Room | undefined {
  if (isRoom(value)) return value
  const names = value && typeof value === 'object' ? Object.values(value as Record<string, unknown>) : [value]
  const wanted = names.filter((name): name is string => typeof name === 'string').map(comparable)
  return ROOM_VALUES.find((room) => wanted.some((name) => name === comparable(ROOM_NAMES[room].ko) || name === comparable(ROOM_NAMES[room].en)))
}

/** Names as staff typed them: "제3강의실", "3강의실", "제 3 강의실" and "room 3" are one room. */
const comparable = (name: string) => name.replace(/\s+/g, '').replace(/^제(?=\d)/, '').toLowerCase()
