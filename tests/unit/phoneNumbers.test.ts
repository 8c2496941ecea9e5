import { describe, expect, it } from 'vitest'

import { linkPhonesInHtml, phoneParts } from '../../site/lib/phoneNumbers'

describe('phone numbers in text become tel: links', () => {
  it.each([
    ['전화 예약: 02-2155-8793', [{ text: '전화 예약: ' }, { text: '02-2155-8793', tel: 'tel:0221558793' }]],
    ['전화(02-2155-8793)로 신청하세요.', [{ text: '전화(' }, { text: '02-2155-8793', tel: 'tel:0221558793' }, { text: ')로 신청하세요.' }]],
    ['010-1234-5678 또는 1588-1234', [{ text: '010-1234-5678', tel: 'tel:01012345678' }, { text: ' 또는 ' }, { text: '1588-1234', tel: 'tel:15881234' }]],
    // not a phone number: a date, a longer run of digits, an account number
    ['2026-12-22 접수', [{ text: '2026-12-22 접수' }]],
    ['계좌 110-234-567890', [{ text: '계좌 110-234-567890' }]],
    ['번호 없음', [{ text: '번호 없음' }]],
  ])('%s', (text, parts) => {
    expect(phoneParts(text)).toEqual(parts)
  })

  it('in escaped HTML, only the number becomes a link', () => {
    expect(linkPhonesInHtml('문의: 02-2155-8790 &amp; 안내')).toBe('문의: <a class="tel" href="tel:0221558790">02-2155-8790</a> &amp; 안내')
  })
})
