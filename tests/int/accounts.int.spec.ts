/** Staff accounts: a password policy, and a lockout after repeated failed logins. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootCms, type TestCms } from './support/boot'
import { createStaff, type Staff } from './support/fixtures'

let cms: TestCms
let payload: Payload
let staff: Staff

beforeAll(async () => {
  cms = await bootCms()
  payload = cms.payload
  staff = await createStaff(payload)
})
afterAll(async () => cms?.close())

describe('password policy', () => {
  it.each([
    ['short1!', /12자 이상/],
    ['jisu.park-2026-seocho', /이메일 아이디/],
  ])('refuses %j with a reason naming the password field, and stores nothing', async (password, reason) => {
    const before = (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs
    const error: any = await payload
      .create({ collection: 'users', data: { email: 'jisu.park@test.seocho.kr', password, name: '박지수', role: 'contributor' }, overrideAccess: false, user: staff.admin })
      .catch((e) => e)
    expect(error?.status).toBe(400)
    expect(error.data.errors).toEqual([expect.objectContaining({ path: 'password', message: expect.stringMatching(reason) })])
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('accepts a long sentence, and applies when a person changes their own password', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: 'minho.lee@test.seocho.kr', password: '봄 햇살 아래 정보화 교실', name: '이민호', role: 'contributor' },
      overrideAccess: false,
      user: staff.admin,
    })
    await expect(
      payload.update({ collection: 'users', id: created.id, data: { password: 'tiny' }, overrideAccess: false, user: { ...created, collection: 'users' } }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('login lockout', () => {
  it('locks an account after 5 wrong passwords, even against the right one', async () => {
    const { email } = staff.contributor
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await expect(payload.login({ collection: 'users', data: { email, password: `wrong-password-${attempt}` } })).rejects.toBeDefined()
    }
    const locked: any = await payload.login({ collection: 'users', data: { email, password: 'contributor-Passw0rd!' } }).catch((e) => e)
    expect(locked?.name).toMatch(/Locked/)
    const other = await payload.login({ collection: 'users', data: { email: staff.editor.email, password: 'editor-Passw0rd!' } })
    expect(other.token).toBeTruthy()
  })
})
