import type { AuthLocale } from '../internal/strings.js';

/** Japanese. */
export const ja: AuthLocale = {
  locale: 'ja',
  errors: {
    'login-failed': { title: 'ログインエラー', message: '認証情報が正しくありません' },
    'logout-failed': { title: 'ログアウトエラー', message: 'ログアウト中に問題が発生しました' },
    'register-failed': { title: '登録エラー', message: '登録中にエラーが発生しました' },
    'forgot-password-failed': { title: 'パスワード再設定エラー', message: 'パスワードの再設定中にエラーが発生しました' },
    'update-password-failed': { title: 'パスワード変更エラー', message: 'パスワードの変更中にエラーが発生しました' },
    'not-signed-in': { title: '認証エラー', message: 'ログインしていません' },
    unknown: { title: 'エラー', message: '問題が発生しました' },
    'permissions-failed': { title: '権限エラー', message: '権限を読み込めませんでした' },
    'identity-failed': { title: 'ユーザー情報エラー', message: 'ユーザー情報を読み込めませんでした' },
    'verify-two-factor-failed': { title: '確認エラー', message: 'コードを確認できませんでした' },
    'send-two-factor-code-failed': { title: '送信エラー', message: 'コードを送信できませんでした' },
    'send-login-code-failed': { title: '送信エラー', message: 'サインインコードを送信できませんでした' },
    'login-with-code-failed': { title: 'サインインエラー', message: 'サインインコードが無効です' },
    'send-magic-link-failed': { title: '送信エラー', message: 'サインインリンクを送信できませんでした' },
    'send-verification-email-failed': { title: '送信エラー', message: '確認メールを送信できませんでした' },
    'verify-email-failed': { title: '確認エラー', message: 'メールアドレスを確認できませんでした' },
    'login-with-passkey-failed': { title: 'パスキーのエラー', message: 'パスキーでのサインインに失敗しました' },
    timeout: { title: 'タイムアウト', message: 'サーバーの応答に時間がかかりすぎています。もう一度お試しください。' },
    unsupported: { title: '利用できません', message: 'この機能は現在のログインサービスでは利用できません。' },
    'no-store': { title: '設定エラー', message: 'このページではまだログインが設定されていません。' },
    offline: { title: 'オフラインです', message: 'インターネット接続を確認してから、もう一度お試しください。' },
    network: { title: '接続の問題', message: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。' },
    'server-error': { title: 'サーバーエラー', message: 'サーバーで問題が発生しました。しばらくしてからもう一度お試しください。' },
    'rate-limited': {
      title: '試行回数が多すぎます',
      message: '試行回数が多すぎます。しばらく待ってから、もう一度お試しください。',
      messageWithDelay: '試行回数が多すぎます。{seconds}後にもう一度お試しください。',
    },
    'invalid-credentials': { title: 'ログインできませんでした', message: 'メールアドレスまたはパスワードが正しくありません。' },
    'user-exists': { title: '登録できませんでした', message: 'このメールアドレスのアカウントはすでに存在します。ログインするか、別のアドレスを使用してください。' },
    'weak-password': { title: '安全性の低いパスワード', message: 'このパスワードは推測されやすすぎます。別のパスワードを選んでください。' },
    'password-too-short': { title: 'パスワードが短すぎます', message: 'このパスワードは短すぎます。{min} 文字以上にしてください。' },
    'password-too-long': { title: 'パスワードが長すぎます', message: 'このパスワードは長すぎます。{max} 文字以内にしてください。' },
    'password-required': { title: 'パスワードが未入力です', message: 'パスワードを入力してください。' },
    'invalid-email': { title: '無効なメールアドレス', message: '有効なメールアドレスを入力してください。' },
    'invalid-input': { title: '入力内容が無効です', message: '未入力または無効な項目があります。' },
    'invalid-token': { title: '無効なリンク', message: 'このパスワード再設定リンクは無効か、有効期限が切れています。新しいリンクをリクエストしてください。' },
    'invalid-code': { title: '無効なコード', message: 'このコードは間違っているか、有効期限が切れています。確認するか、新しいコードをリクエストしてください。' },
    'email-not-verified': { title: 'メールアドレスが未確認です', message: '先にメールアドレスを確認してください。お送りしたメールのリンクを開いてください。' },
    'session-expired': { title: 'セッションの有効期限切れ', message: 'セッションの有効期限が切れました。もう一度ログインしてください。' },
    'untrusted-origin': { title: 'リクエストが拒否されました', message: 'サーバーがこのページからのリクエストを拒否しました（送信元が信頼されていません）。' },
    'invalid-backup-code': { title: '無効なバックアップコード', message: 'このバックアップコードは正しくないか、すでに使用されています。' },
    'code-expired': { title: 'コードの有効期限切れ', message: 'このコードは有効期限が切れています。新しいコードを請求してください。' },
    'too-many-attempts': { title: '試行回数が多すぎます', message: '誤ったコードが多すぎます。新しいコードを請求するか、もう一度サインインしてください。' },
    'account-locked': { title: 'アカウントがロックされています', message: 'このアカウントはロックされています。しばらくしてから再度お試しいただくか、サポートにお問い合わせください。' },
    'two-factor-expired': { title: 'サインインの有効期限切れ', message: '2 段階目に時間がかかりすぎました。もう一度サインインしてください。' },
    'method-unavailable': { title: '利用できない方法', message: 'この確認方法はこのアカウントでは利用できません。' },
    'link-expired': { title: 'リンクの有効期限切れ', message: 'このリンクは有効期限が切れているか、すでに使用されています。新しいリンクを請求してください。' },
    'passkey-cancelled': { title: 'パスキーのキャンセル', message: 'パスキーの要求はキャンセルされました。' },
    'passkey-unavailable': { title: 'パスキーを使用できません', message: 'このブラウザーまたはこのアドレスではパスキーを使用できません。' },
    'passkey-failed': { title: 'パスキーのエラー', message: 'パスキーを使用できませんでした。もう一度お試しください。' },
    'access-denied': { title: 'ログインがキャンセルされました', message: 'IDプロバイダーでログインがキャンセルまたは拒否されました。' },
    'invalid-state': { title: 'ログインリンクが無効です', message: 'このログインリンクは無効か、使用済みか、別のタブで開始されたものです。もう一度ログインしてください。' },
    'sign-in-failed': { title: 'ログインに失敗しました', message: 'ログインを完了できませんでした。もう一度お試しください。' },
  },

  loginTitle: 'アカウントにログイン',
  emailLabel: 'メールアドレス',
  usernameLabel: 'ユーザー名',
  passwordLabel: 'パスワード',
  rememberMe: 'ログインしたままにする',
  forgotPasswordLink: 'パスワードをお忘れですか？',
  loginSubmit: 'ログイン',
  providerSubmit: '{provider} でログイン',
  providersLabel: 'その他のログイン方法',
  dividerText: 'または',
  noAccountPrompt: 'アカウントをお持ちでないですか？',
  registerLink: '新規登録',

  registerTitle: 'アカウントを作成',
  confirmPasswordLabel: 'パスワード（確認）',
  registerSubmit: '登録する',
  haveAccountPrompt: 'すでにアカウントをお持ちですか？',
  loginLink: 'ログイン',
  passwordMismatch: 'パスワードが一致しません。',

  forgotTitle: 'パスワードをお忘れですか？',
  forgotDescription: 'メールアドレスを入力してください。パスワード再設定用のリンクをお送りします。',
  forgotSubmit: 'リンクを送信',
  forgotSent: 'このアドレスのアカウントが存在する場合、パスワード再設定用のリンクを送信しました。受信トレイをご確認ください。',
  backToLogin: 'ログインに戻る',
  sendAgain: '再送信',

  updateTitle: '新しいパスワードを設定',
  newPasswordLabel: '新しいパスワード',
  updateSubmit: 'パスワードを変更',
  updateSuccess: 'パスワードを変更しました。',
  invalidLinkTitle: 'このリンクは無効か不完全です',
  invalidLinkMessage: 'メールのリンクをもう一度開くか、新しいリンクをリクエストしてください。',
  requestNewLink: '新しいリンクをリクエスト',

  showPassword: 'パスワードを表示',
  hidePassword: 'パスワードを隠す',
  required: 'この項目を入力してください。',
  invalidEmail: '有効なメールアドレスを入力してください。',
  tooShort: '{min} 文字以上で入力してください。',
  busy: 'お待ちください…',

  logout: 'ログアウト',
  notificationsLabel: '通知',
  dismiss: '閉じる',
  checking: 'セッションを確認しています…',
  denied: 'このページにアクセスする権限がありません。',

  callbackWorking: 'サインインしています…',
  callbackErrorTitle: 'サインインを完了できませんでした',

  // <auth-two-factor>
  twoFactorTitle: '2段階認証',
  twoFactorTotpDescription: '認証アプリに表示されている{length}桁のコードを入力してください。',
  twoFactorOtpDescription: 'メールアドレスに送信した{length}桁のコードを入力してください。',
  twoFactorBackupDescription: '保存したバックアップコードのいずれかを入力してください。各コードは1回だけ使えます。',
  twoFactorCodeLabel: '確認コード',
  twoFactorBackupCodeLabel: 'バックアップコード',
  twoFactorSubmit: '確認',
  twoFactorTrustDevice: 'このデバイスを信頼する（次回からこの手順を省略）',
  twoFactorUseTotp: '認証アプリを使う',
  twoFactorUseOtp: 'メールでコードを受け取る',
  twoFactorUseBackupCode: 'バックアップコードを使う',
  twoFactorMethodsLabel: 'その他の確認方法',
  twoFactorResend: 'コードを再送信',
  twoFactorResendIn: '{seconds}秒後に再送信できます',
  twoFactorCodeSent: 'コードを送信しました。受信トレイを確認してください。',
  twoFactorCodeIncomplete: '{length}桁のコードをすべて入力してください。',
  twoFactorBackupCodeInvalid: 'バックアップコードをすべて入力してください（英字、数字、ハイフンのみ）。',

  // <auth-login> beyond passwords
  loginCodeButton: 'ログインコードをメールで送信',
  magicLinkButton: 'ログインリンクをメールで送信',
  loginCodeTitle: 'ログインコードを入力',
  loginCodeSent: '{email} のアカウントが存在する場合、ログインコードを送信しました。受信トレイをご確認ください。',
  loginCodeLabel: 'ログインコード',
  loginCodeIncomplete: 'コードの {length} 桁をすべて入力してください。',
  magicLinkTitle: '受信トレイをご確認ください',
  magicLinkSent: '{email} のアカウントが存在する場合、ログインリンクを送信しました。リンクを開いてログインしてください。',
  loginResendIn: '{seconds} 秒後に再送信できます',

  /* <auth-verify-email> */
  verifyingTitle: 'メールアドレスを確認しています…',
  verifiedTitle: 'メールアドレスを確認しました',
  verifiedMessage: 'ありがとうございます。メールアドレスの確認が完了しました。',
  verifyContinue: '続ける',
  verifyExpiredTitle: 'このリンクは有効期限が切れています',
  verifyRequestTitle: 'メールアドレスを確認してください',
  verifyRequestDescription: 'メールアドレスを入力すると、新しい確認リンクをお送りします。',
  verifySendSubmit: '新しいリンクを送信',
  verifyInboxTitle: '受信トレイを確認してください',
  verifyInboxMessage: '{email} にリンクを送信しました。リンクを開いてアドレスを確認してください。',
  verifyInboxMessageNoEmail: 'リンクを送信しました。リンクを開いてアドレスを確認してください。',
  verifyResent: 'このアドレスが確認待ちの場合は、新しいリンクをお送りしました。受信トレイを確認してください。',
  verifyResendIn: '{seconds} 秒後に再送信できます',
  verifyBack: '戻る',
  verifyRetry: '再試行',
  account: {
    errors: {
      'passkey-exists': { title: 'パスキーは登録済みです', message: 'このデバイスには、すでにあなたのアカウントのパスキーがあります。' },
      'invalid-password': { title: 'パスワードが違います', message: 'このパスワードは正しくありません。' },
      'no-password': { title: 'パスワードがありません', message: 'このアカウントにはパスワードがありません。別の方法でサインインします。' },
      'session-not-fresh': { title: '再度サインインしてください', message: '安全のため、もう一度サインインしてから、やり直してください。' },
      'list-passkeys-failed': { title: 'パスキーのエラー', message: 'パスキーを読み込めませんでした。' },
      'add-passkey-failed': { title: 'パスキーのエラー', message: 'パスキーを追加できませんでした。' },
      'rename-passkey-failed': { title: 'パスキーのエラー', message: 'パスキーの名前を変更できませんでした。' },
      'delete-passkey-failed': { title: 'パスキーのエラー', message: 'パスキーを削除できませんでした。' },
      'change-password-failed': { title: 'パスワードのエラー', message: 'パスワードを変更できませんでした。' },
      'change-email-failed': { title: 'メールのエラー', message: 'メールアドレスを変更できませんでした。' },
      'list-sessions-failed': { title: 'セッションのエラー', message: 'セッションを読み込めませんでした。' },
      'revoke-session-failed': { title: 'セッションのエラー', message: 'そのセッションをサインアウトできませんでした。' },
      'revoke-other-sessions-failed': { title: 'セッションのエラー', message: '他のセッションをサインアウトできませんでした。' },
      'enable-two-factor-failed': { title: '2 段階認証のエラー', message: '2 段階認証を有効にできませんでした。' },
      'confirm-two-factor-failed': { title: '確認のエラー', message: 'コードを確認できませんでした。' },
      'disable-two-factor-failed': { title: '2 段階認証のエラー', message: '2 段階認証を無効にできませんでした。' },
      'generate-backup-codes-failed': { title: 'バックアップコードのエラー', message: 'バックアップコードを作成できませんでした。' },
      'delete-account-failed': { title: 'アカウントのエラー', message: 'アカウントを削除できませんでした。' },
    },
    // <changePassword>
    changePassword: {
      title: 'パスワードの変更',
    },
    // </changePassword>
    // <changeEmail>
    changeEmail: {
      title: 'メールアドレスの変更',
    },
    // </changeEmail>
    // <deleteAccount>
    deleteAccount: {
      title: 'アカウントの削除',
    },
    // </deleteAccount>
    // <sessions>
    sessions: {
      title: 'セッション',
    },
    // </sessions>
    // <passkeys>
    passkeys: {
      title: 'パスキー',
    },
    // </passkeys>
    // <twoFactorSetup>
    twoFactorSetup: {
      title: '2 段階認証',
    },
    // </twoFactorSetup>
    // <page>
    page: {
      title: 'アカウントのセキュリティ',
      description: 'サインイン方法とサインイン中の場所を管理します。',
      empty: 'このアカウントで管理できる項目はありません。',
    },
    // </page>
  },
};
