/**
 * Messages Payload's admin writes in English whatever the language (they are
 * not in its translation files): what they mean, in Korean. Exact patterns
 * only, so nothing else is touched. Pure, so it is unit-tested.
 */
const KOREAN: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/^Successfully saved (\d+) files?$/, (m) => `파일 ${m[1]}개를 저장했습니다.`],
  [/^Failed to save (\d+) files?$/, (m) => `파일 ${m[1]}개를 저장하지 못했습니다. 빨간색으로 표시된 파일을 확인하고 다시 저장해 주세요.`],
  [/^Failed to fetch the file\.$/, () => '파일을 가져오지 못했습니다. 주소를 확인하고 다시 해 주세요.'],
  [/^The provided URL is not allowed\.$/, () => '이 주소에서는 파일을 가져올 수 없습니다. 파일을 내려받은 뒤 직접 올려 주세요.'],
  [/^Fetching user failed: (.*)$/, (m) => `로그인 정보를 불러오지 못했습니다. 새로 고침해 주세요. (${m[1]})`],
  [/^Refreshing permissions failed: (.*)$/, (m) => `권한 정보를 새로 고치지 못했습니다. 새로 고침해 주세요. (${m[1]})`],
  [/^Refreshing token failed: (.*)$/, (m) => `로그인 시간을 연장하지 못했습니다. 다시 로그인해 주세요. (${m[1]})`],
  [/^To reorder the rows you must first sort them by the "Order" column$/, () => '줄 순서를 바꾸려면 먼저 "순서" 열로 정렬하세요.'],
  [/^Failed to reveal the API key\.$/, () => '연동용 키를 보여 주지 못했습니다.'],
  [/^Failed to update the API key\.$/, () => '연동용 키를 바꾸지 못했습니다.'],
  [/^API key revoked successfully\.$/, () => '연동용 키를 없앴습니다.'],
  [/^An unknown error (has )?occurred\.$/, () => '알 수 없는 오류가 생겼습니다. 다시 해 보고, 되풀이되면 관리자에게 알려 주세요.'],
  [/^Something went wrong\.$/, () => '서버에서 오류가 생겼습니다. 잠시 뒤 다시 해 보고, 되풀이되면 관리자에게 알려 주세요.'],
]

/** The Korean for one of Payload's English messages, or null when `text` is not one. */
export function koreanForPayloadEnglish(text: string): string | null {
  const trimmed = text.trim()
  for (const [pattern, korean] of KOREAN) {
    const match = pattern.exec(trimmed)
    if (match) return korean(match)
  }
  return null
}
