import type { AuthLocale } from '../internal/strings.js';

/** Simplified Chinese. */
export const zhCN: AuthLocale = {
  locale: 'zh-CN',
  errors: {
    'login-failed': { title: '登录错误', message: '凭据无效' },
    'logout-failed': { title: '退出登录错误', message: '退出登录时出现问题' },
    'register-failed': { title: '注册错误', message: '注册时出错' },
    'forgot-password-failed': { title: '重置密码错误', message: '重置密码时出错' },
    'update-password-failed': { title: '修改密码错误', message: '修改密码时出错' },
    'not-signed-in': { title: '身份验证错误', message: '您尚未登录' },
    unknown: { title: '错误', message: '出了点问题' },
    'permissions-failed': { title: '权限错误', message: '无法加载权限' },
    'identity-failed': { title: '用户信息错误', message: '无法加载用户信息' },
    'verify-two-factor-failed': { title: '验证错误', message: '无法验证该验证码' },
    'send-two-factor-code-failed': { title: '发送错误', message: '无法发送验证码' },
    'send-login-code-failed': { title: '发送错误', message: '无法发送登录验证码' },
    'login-with-code-failed': { title: '登录错误', message: '登录验证码无效' },
    'send-magic-link-failed': { title: '发送错误', message: '无法发送登录链接' },
    'send-verification-email-failed': { title: '发送错误', message: '无法发送验证邮件' },
    'verify-email-failed': { title: '验证错误', message: '无法验证该电子邮件地址' },
    'login-with-passkey-failed': { title: '通行密钥错误', message: '使用通行密钥登录失败' },
    timeout: { title: '请求超时', message: '服务器响应时间过长，请重试。' },
    unsupported: { title: '不可用', message: '当前的登录服务不支持此功能。' },
    'no-store': { title: '配置错误', message: '此页面尚未配置登录功能。' },
    offline: { title: '您已离线', message: '请检查网络连接，然后重试。' },
    network: { title: '连接问题', message: '无法连接到服务器。请检查网络连接后重试。' },
    'server-error': { title: '服务器错误', message: '服务器出现问题，请稍后重试。' },
    'rate-limited': {
      title: '尝试次数过多',
      message: '尝试次数过多。请稍等片刻后重试。',
      messageWithDelay: '尝试次数过多。请在 {seconds}后重试。',
    },
    'invalid-credentials': { title: '登录失败', message: '电子邮件地址或密码不正确。' },
    'user-exists': { title: '注册失败', message: '该电子邮件地址已注册。请直接登录，或使用其他地址。' },
    'weak-password': { title: '密码强度太弱', message: '此密码太容易被猜到，请换一个。' },
    'password-too-short': { title: '密码太短', message: '此密码太短：请至少使用 {min} 个字符。' },
    'password-too-long': { title: '密码太长', message: '此密码太长：最多只能使用 {max} 个字符。' },
    'password-required': { title: '缺少密码', message: '请输入密码。' },
    'invalid-email': { title: '电子邮件地址无效', message: '请输入有效的电子邮件地址。' },
    'invalid-input': { title: '输入无效', message: '部分字段缺失或无效。' },
    'invalid-token': { title: '链接无效', message: '此密码重置链接无效或已过期。请重新申请。' },
    'invalid-code': { title: '验证码无效', message: '此验证码错误或已过期。请核对，或重新获取。' },
    'email-not-verified': { title: '电子邮件地址未验证', message: '请先验证您的电子邮件地址：点击我们发送给您的邮件中的链接。' },
    'session-expired': { title: '会话已过期', message: '您的会话已过期，请重新登录。' },
    'untrusted-origin': { title: '请求被拒绝', message: '服务器拒绝了来自此页面的请求（其来源不受信任）。' },
    'invalid-backup-code': { title: '备用码无效', message: '此备用码错误或已被使用。' },
    'code-expired': { title: '验证码已过期', message: '此验证码已过期。请重新获取。' },
    'too-many-attempts': { title: '尝试次数过多', message: '错误的验证码过多。请重新获取验证码或重新登录。' },
    'account-locked': { title: '账户已锁定', message: '此账户已被锁定。请稍后再试或联系客服。' },
    'two-factor-expired': { title: '登录已过期', message: '第二步耗时过长。请重新登录。' },
    'method-unavailable': { title: '方式不可用', message: '此验证方式不适用于该账户。' },
    'link-expired': { title: '链接已过期', message: '此链接已过期或已被使用。请重新获取。' },
    'passkey-cancelled': { title: '通行密钥已取消', message: '通行密钥请求已取消。' },
    'passkey-unavailable': { title: '通行密钥不可用', message: '无法在此浏览器或此地址上使用通行密钥。' },
    'passkey-failed': { title: '通行密钥错误', message: '无法使用通行密钥。请重试。' },
    'access-denied': { title: '登录已取消', message: '登录已在身份提供方处被取消或拒绝。' },
    'invalid-state': { title: '登录链接无效', message: '此登录链接无效、已被使用，或是在其他标签页中发起的。请重新登录。' },
    'sign-in-failed': { title: '登录失败', message: '无法完成登录。请重试。' },
  },

  loginTitle: '登录您的账户',
  emailLabel: '电子邮件',
  usernameLabel: '用户名',
  passwordLabel: '密码',
  rememberMe: '记住我',
  forgotPasswordLink: '忘记密码？',
  loginSubmit: '登录',
  providerSubmit: '使用 {provider} 登录',
  providersLabel: '其他登录方式',
  dividerText: '或',
  noAccountPrompt: '还没有账户？',
  registerLink: '注册',

  registerTitle: '创建账户',
  confirmPasswordLabel: '确认密码',
  registerSubmit: '注册',
  haveAccountPrompt: '已有账户？',
  loginLink: '登录',
  passwordMismatch: '两次输入的密码不一致。',

  forgotTitle: '忘记密码了？',
  forgotDescription: '输入您的电子邮件地址，我们会向您发送重置密码的链接。',
  forgotSubmit: '发送重置链接',
  forgotSent: '如果该地址对应一个账户，重置密码的链接已发出。请查看您的收件箱。',
  backToLogin: '返回登录',
  sendAgain: '重新发送',

  updateTitle: '设置新密码',
  newPasswordLabel: '新密码',
  updateSubmit: '更新密码',
  updateSuccess: '您的密码已更新。',
  invalidLinkTitle: '此链接无效或不完整',
  invalidLinkMessage: '请重新打开邮件中的链接，或申请新的链接。',
  requestNewLink: '申请新链接',

  showPassword: '显示密码',
  hidePassword: '隐藏密码',
  required: '请填写此字段。',
  invalidEmail: '请输入有效的电子邮件地址。',
  tooShort: '请至少使用 {min} 个字符。',
  busy: '请稍候…',

  logout: '退出登录',
  notificationsLabel: '通知',
  dismiss: '关闭',
  checking: '正在检查您的会话…',
  denied: '您无权访问此页面。',

  callbackWorking: '正在登录…',
  callbackErrorTitle: '无法完成登录',

  // <auth-two-factor>
  twoFactorTitle: '两步验证',
  twoFactorTotpDescription: '请输入身份验证器应用中的 {length} 位验证码。',
  twoFactorOtpDescription: '请输入我们发送到您邮箱的 {length} 位验证码。',
  twoFactorBackupDescription: '请输入您保存的任一备用码。每个备用码只能使用一次。',
  twoFactorCodeLabel: '验证码',
  twoFactorBackupCodeLabel: '备用码',
  twoFactorSubmit: '验证',
  twoFactorTrustDevice: '信任此设备（下次跳过此步骤）',
  twoFactorUseTotp: '使用身份验证器应用',
  twoFactorUseOtp: '通过邮件向我发送验证码',
  twoFactorUseBackupCode: '使用备用码',
  twoFactorMethodsLabel: '其他验证方式',
  twoFactorResend: '重新发送验证码',
  twoFactorResendIn: '{seconds} 秒后可重新发送',
  twoFactorCodeSent: '验证码已发送，请查看收件箱。',
  twoFactorCodeIncomplete: '请输入完整的 {length} 位验证码。',
  twoFactorBackupCodeInvalid: '请输入完整的备用码（仅限字母、数字和连字符）。',

  // <auth-login> beyond passwords
  loginCodeButton: '通过电子邮件发送登录验证码',
  magicLinkButton: '通过电子邮件发送登录链接',
  loginCodeTitle: '输入登录验证码',
  loginCodeSent: '如果 {email} 对应一个账户，登录验证码已发出。请查看您的收件箱。',
  loginCodeLabel: '登录验证码',
  loginCodeIncomplete: '请输入验证码的全部 {length} 位数字。',
  magicLinkTitle: '请查看您的收件箱',
  magicLinkSent: '如果 {email} 对应一个账户，登录链接已发出。打开该链接即可登录。',
  loginResendIn: '{seconds} 秒后可重新发送',

  /* <auth-verify-email> */
  verifyingTitle: '正在确认你的电子邮件地址…',
  verifiedTitle: '电子邮件地址已确认',
  verifiedMessage: '谢谢：你的电子邮件地址已确认。',
  verifyContinue: '继续',
  verifyExpiredTitle: '此链接已过期',
  verifyRequestTitle: '确认你的电子邮件地址',
  verifyRequestDescription: '输入你的电子邮件地址，我们会给你发送新的确认链接。',
  verifySendSubmit: '发送新链接',
  verifyInboxTitle: '请查看你的收件箱',
  verifyInboxMessage: '我们已向 {email} 发送了一个链接。打开它即可确认你的地址。',
  verifyInboxMessageNoEmail: '我们已向你发送了一个链接。打开它即可确认你的地址。',
  verifyResent: '如果此地址正在等待确认，新的链接已在路上。请查看你的收件箱。',
  verifyResendIn: '{seconds} 秒后可重新发送',
  verifyBack: '返回',
  verifyRetry: '重试',
  account: {
    errors: {
      'passkey-exists': { title: '通行密钥已存在', message: '此设备已有你账户的通行密钥。' },
      'invalid-password': { title: '密码错误', message: '此密码不正确。' },
      'no-password': { title: '没有密码', message: '此账户没有密码：它以其他方式登录。' },
      'session-not-fresh': { title: '请重新登录', message: '为了你的安全，请重新登录，然后再试一次。' },
      'list-passkeys-failed': { title: '通行密钥错误', message: '无法加载你的通行密钥。' },
      'add-passkey-failed': { title: '通行密钥错误', message: '无法添加通行密钥。' },
      'rename-passkey-failed': { title: '通行密钥错误', message: '无法重命名通行密钥。' },
      'delete-passkey-failed': { title: '通行密钥错误', message: '无法删除通行密钥。' },
      'change-password-failed': { title: '密码错误', message: '无法更改密码。' },
      'change-email-failed': { title: '邮箱错误', message: '无法更改邮箱地址。' },
      'list-sessions-failed': { title: '会话错误', message: '无法加载你的会话。' },
      'revoke-session-failed': { title: '会话错误', message: '无法退出该会话。' },
      'revoke-other-sessions-failed': { title: '会话错误', message: '无法退出其他会话。' },
      'enable-two-factor-failed': { title: '两步验证错误', message: '无法开启两步验证。' },
      'confirm-two-factor-failed': { title: '验证错误', message: '无法验证该验证码。' },
      'disable-two-factor-failed': { title: '两步验证错误', message: '无法关闭两步验证。' },
      'generate-backup-codes-failed': { title: '备用码错误', message: '无法生成备用码。' },
      'delete-account-failed': { title: '账户错误', message: '无法删除账户。' },
    },
    // <changePassword>
    changePassword: {
      title: '更改密码',
    },
    // </changePassword>
    // <changeEmail>
    changeEmail: {
      title: '更改邮箱',
    },
    // </changeEmail>
    // <deleteAccount>
    deleteAccount: {
      title: '删除账户',
    },
    // </deleteAccount>
    // <sessions>
    sessions: {
      title: '会话',
    },
    // </sessions>
    // <passkeys>
    passkeys: {
      title: '通行密钥',
    },
    // </passkeys>
    // <twoFactorSetup>
    twoFactorSetup: {
      title: '两步验证',
    },
    // </twoFactorSetup>
    // <page>
    page: {
      title: '账户安全',
      description: '管理你的登录方式以及登录的位置。',
      empty: '此账户没有可管理的内容。',
    },
    // </page>
  },
};
