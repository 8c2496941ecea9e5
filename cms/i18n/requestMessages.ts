import { type MessageParams, messageText } from './messageText'

/** Why a write request could not even be read, in the staff member's admin language (Korean first). */
export const requestMessages = {
  ko: {
    invalidJson: '요청 본문이 올바른 JSON이 아닙니다 ({reason}). 따옴표와 괄호를 확인해 주세요.',
    notObject: '요청 본문은 { … } 모양의 JSON 객체여야 합니다.',
    emptyBody: '요청 본문이 비어 있습니다. 저장할 값을 JSON으로 보내 주세요.',
    contentType: 'Content-Type은 application/json(UTF-8) 또는 multipart/form-data여야 합니다. 받은 값: {type}',
    brokenMultipart: 'multipart/form-data 본문을 읽을 수 없습니다 ({reason}). 파일을 다시 첨부해 주세요.',
    oneFile: '파일은 한 번에 하나만 올릴 수 있습니다.',
    notAFile: '"file"에는 파일을 첨부해야 합니다.',
  },
  en: {
    invalidJson: 'The request body is not valid JSON ({reason}); check the quotes and brackets.',
    notObject: 'The request body must be a JSON object: { … }.',
    emptyBody: 'The request body is empty; send the values to save as JSON.',
    contentType: 'The Content-Type must be application/json (UTF-8) or multipart/form-data; got: {type}',
    brokenMultipart: 'The multipart/form-data body cannot be read ({reason}); attach the file again.',
    oneFile: 'Upload one file at a time.',
    notAFile: '"file" must be an attached file.',
  },
} as const

export type RequestMessageKey = keyof (typeof requestMessages)['ko']

export function requestMessage(key: RequestMessageKey, language?: string, params: MessageParams = {}): string {
  return messageText(requestMessages, key, language, params)
}
