import { describe, expect, it } from 'vitest'

import { roomKey, roomName } from '../../cms/domain/rooms'

describe('a run’s room is one key, named in the reader’s language', () => {
  it('names a room in Korean and in English', () => {
    expect(roomName('room-3', 'ko')).toBe('제3강의실')
    expect(roomName('room-3', 'en')).toBe('Room 3')
  })

  // What older backups and databases hold: the names, per language, as staff typed them.
  it.each([
    ['room-2', 'room-2'],
    [{ ko: '제3강의실', en: 'Room 3' }, 'room-3'],
    ['3강의실', 'room-3'],
    ['제 2 컴퓨터실', 'pc-room-2'],
    ['multipurpose room', 'multipurpose'],
    [{ ko: '디지털체험실' }, 'digital-lab'],
    ['옥상', undefined],
    [null, undefined],
  ])('%j → %s', (value, key) => {
    expect(roomKey(value)).toBe(key)
  })
})
