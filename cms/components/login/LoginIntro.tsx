/**
 * The login page's heading and one line on who signs in here. Payload's login
 * page has no heading and no landmark of its own; this one is a named region.
 */
export function LoginIntro({ i18n }: { i18n?: { language?: string } }) {
  const english = i18n?.language === 'en'
  return (
    <section className="seocho-login-intro" aria-labelledby="seocho-login-title">
      <h1 id="seocho-login-title">{english ? 'Seocho IT Education Center — staff sign-in' : '서초구 IT교육센터 관리 화면'}</h1>
      <p>
        {english
          ? 'Sign in with your staff account. After 5 wrong passwords the account is locked for 10 minutes.'
          : '직원 계정으로 로그인하세요. 비밀번호를 5번 틀리면 10분 동안 로그인할 수 없습니다.'}
      </p>
    </section>
  )
}
