/** What staff read while a draft preview is being made, in their admin language. */
export const previewMessages = {
  ko: {
    building: '미리보기를 만드는 중입니다',
    buildingBody: '게시될 모습 그대로 만들고 있습니다. 보통 15초쯤 걸리며, 다 되면 저절로 열립니다.',
    failed: '미리보기를 만들지 못했습니다',
    failedBody: '사이트 양식에 맞지 않는 값이 있습니다. 아래 이유를 보고 고친 뒤 다시 저장하세요.',
  },
  en: {
    building: 'Making the preview',
    buildingBody: 'The page is being built exactly as it will be published. This usually takes about 15 seconds and opens by itself.',
    failed: 'The preview could not be made',
    failedBody: 'A value does not fit the site. Read the reason below, fix it and save again.',
  },
}

export const previewText = (language?: string) => (language === 'en' ? previewMessages.en : previewMessages.ko)
