import { describe, expect, it } from 'vitest'

import { type Reminder, remindersCalendar } from '../../site/lib/reminders'

const reminder = (url: string): Reminder => ({
  uid: 'registration-2027-01@seocho-it-center',
  kind: 'registration',
  title: '2027년 1월 강좌 수강 신청',
  description: '접수 시작',
  start: new Date('2026-12-24T00:00:00Z'),
  end: new Date('2026-12-31T09:00:00Z'),
  url,
})

describe('the reminders feed with the links staff entered', () => {
  it.each([
    ['a plain https address', 'https://yeyak.seocho.go.kr/edu', 'URL:https://yeyak.seocho.go.kr/edu'],
    ['an accepted address with spaces and quotes in its path', "https://yeyak.seocho.go.kr/' a='b", "URL:https://yeyak.seocho.go.kr/'%20a='b"],
  ])('%s: the feed is written, with the link as calendars take it', (_, url, line) => {
    const feed = remindersCalendar([reminder(url)], { locale: 'ko', calendarName: '서초구 IT교육센터 수강 신청 알림' })
    expect(feed).toContain('BEGIN:VEVENT')
    expect(feed.replace(/\r\n /g, '')).toContain(line)
  })
})
