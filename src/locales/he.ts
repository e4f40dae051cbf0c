import type { AuthLocale } from '../internal/strings.js';

/** Hebrew (right-to-left: set `dir="rtl"` on the page or the elements). */
export const he: AuthLocale = {
  locale: 'he',
  errors: {
    'login-failed': { title: 'שגיאת התחברות', message: 'פרטי ההתחברות שגויים' },
    'logout-failed': { title: 'שגיאת התנתקות', message: 'משהו השתבש במהלך ההתנתקות' },
    'register-failed': { title: 'שגיאת הרשמה', message: 'אירעה שגיאה במהלך ההרשמה' },
    'forgot-password-failed': { title: 'שגיאה באיפוס הסיסמה', message: 'אירעה שגיאה באיפוס הסיסמה' },
    'update-password-failed': { title: 'שגיאה בעדכון הסיסמה', message: 'אירעה שגיאה בעדכון הסיסמה' },
    'not-signed-in': { title: 'שגיאת אימות', message: 'לא התחברת' },
    unknown: { title: 'שגיאה', message: 'משהו השתבש' },
    'permissions-failed': { title: 'שגיאת הרשאות', message: 'לא ניתן לטעון את ההרשאות' },
    'identity-failed': { title: 'שגיאה בפרטי המשתמש', message: 'לא ניתן לטעון את פרטי המשתמש' },
    'verify-two-factor-failed': { title: 'שגיאת אימות', message: 'לא ניתן לאמת את הקוד' },
    'send-two-factor-code-failed': { title: 'שגיאת שליחה', message: 'לא ניתן לשלוח את הקוד' },
    'send-login-code-failed': { title: 'שגיאת שליחה', message: 'לא ניתן לשלוח את קוד הכניסה' },
    'login-with-code-failed': { title: 'שגיאת כניסה', message: 'קוד הכניסה אינו תקין' },
    'send-magic-link-failed': { title: 'שגיאת שליחה', message: 'לא ניתן לשלוח את קישור הכניסה' },
    'send-verification-email-failed': { title: 'שגיאת שליחה', message: 'לא ניתן לשלוח את הודעת האימות' },
    'verify-email-failed': { title: 'שגיאת אימות', message: 'לא ניתן לאמת את כתובת הדוא״ל' },
    'login-with-passkey-failed': { title: 'שגיאת מפתח גישה', message: 'הכניסה עם מפתח הגישה נכשלה' },
    timeout: { title: 'תם הזמן', message: 'לשרת לקח יותר מדי זמן לענות. נסו שוב.' },
    unsupported: { title: 'לא זמין', message: 'האפשרות הזו אינה זמינה בשירות ההתחברות הנוכחי.' },
    'no-store': { title: 'שגיאת הגדרות', message: 'ההתחברות עדיין לא הוגדרה בדף הזה.' },
    offline: { title: 'אין חיבור לאינטרנט', message: 'בדקו את החיבור לאינטרנט ונסו שוב.' },
    network: { title: 'בעיית תקשורת', message: 'לא ניתן להתחבר לשרת. בדקו את החיבור ונסו שוב.' },
    'server-error': { title: 'שגיאת שרת', message: 'אירעה בעיה בשרת. נסו שוב מאוחר יותר.' },
    'rate-limited': {
      title: 'יותר מדי ניסיונות',
      message: 'יותר מדי ניסיונות. המתינו רגע ונסו שוב.',
      messageWithDelay: 'יותר מדי ניסיונות. נסו שוב בעוד {seconds}.',
    },
    'invalid-credentials': { title: 'ההתחברות נכשלה', message: 'כתובת האימייל או הסיסמה שגויות.' },
    'user-exists': { title: 'ההרשמה נכשלה', message: 'כבר קיים חשבון עם כתובת האימייל הזו. התחברו, או השתמשו בכתובת אחרת.' },
    'weak-password': { title: 'סיסמה חלשה מדי', message: 'קל מדי לנחש את הסיסמה הזו. בחרו סיסמה אחרת.' },
    'password-too-short': { title: 'סיסמה קצרה מדי', message: 'הסיסמה קצרה מדי: השתמשו לפחות ב-{min} תווים.' },
    'password-too-long': { title: 'סיסמה ארוכה מדי', message: 'הסיסמה ארוכה מדי: השתמשו לכל היותר ב-{max} תווים.' },
    'password-required': { title: 'חסרה סיסמה', message: 'הזינו סיסמה.' },
    'invalid-email': { title: 'כתובת אימייל לא תקינה', message: 'הזינו כתובת אימייל תקינה.' },
    'invalid-input': { title: 'קלט לא תקין', message: 'חלק מהשדות חסרים או לא תקינים.' },
    'invalid-token': { title: 'קישור לא תקין', message: 'הקישור לאיפוס הסיסמה אינו תקין או שפג תוקפו. בקשו קישור חדש.' },
    'invalid-code': { title: 'קוד לא תקין', message: 'הקוד שגוי או שפג תוקפו. בדקו אותו, או בקשו קוד חדש.' },
    'email-not-verified': { title: 'כתובת האימייל לא אומתה', message: 'אמתו קודם את כתובת האימייל: לחצו על הקישור בהודעה ששלחנו אליכם.' },
    'session-expired': { title: 'פג תוקף החיבור', message: 'פג תוקף החיבור שלכם. התחברו מחדש.' },
    'untrusted-origin': { title: 'הבקשה נדחתה', message: 'השרת דחה בקשה מהדף הזה (המקור שלו אינו מהימן).' },
    'invalid-backup-code': { title: 'קוד גיבוי לא תקין', message: 'קוד הגיבוי הזה שגוי או שכבר נעשה בו שימוש.' },
    'code-expired': { title: 'תוקף הקוד פג', message: 'תוקף הקוד הזה פג. בקשו קוד חדש.' },
    'too-many-attempts': { title: 'יותר מדי ניסיונות', message: 'יותר מדי קודים שגויים. בקשו קוד חדש או התחברו שוב.' },
    'account-locked': { title: 'החשבון נעול', message: 'החשבון הזה נעול. נסו שוב מאוחר יותר או פנו לתמיכה.' },
    'two-factor-expired': { title: 'תוקף הכניסה פג', message: 'השלב השני נמשך זמן רב מדי. התחברו שוב.' },
    'method-unavailable': { title: 'השיטה אינה זמינה', message: 'שיטת האימות הזו אינה זמינה לחשבון הזה.' },
    'link-expired': { title: 'תוקף הקישור פג', message: 'תוקף הקישור הזה פג או שכבר נעשה בו שימוש. בקשו קישור חדש.' },
    'passkey-cancelled': { title: 'מפתח הגישה בוטל', message: 'הבקשה למפתח הגישה בוטלה.' },
    'passkey-unavailable': { title: 'מפתחות גישה אינם זמינים', message: 'לא ניתן להשתמש במפתחות גישה בדפדפן הזה או בכתובת הזו.' },
    'passkey-failed': { title: 'שגיאת מפתח גישה', message: 'לא ניתן היה להשתמש במפתח הגישה. נסו שוב.' },
    'access-denied': { title: 'ההתחברות בוטלה', message: 'ההתחברות בוטלה או נדחתה אצל ספק הזהות.' },
    'invalid-state': { title: 'קישור ההתחברות אינו תקף', message: 'קישור ההתחברות הזה אינו תקף, כבר נעשה בו שימוש או שהוא נפתח בכרטיסייה אחרת. נא להתחבר שוב.' },
    'sign-in-failed': { title: 'ההתחברות נכשלה', message: 'לא ניתן היה להשלים את ההתחברות. נא לנסות שוב.' },
  },

  loginTitle: 'התחברות לחשבון',
  emailLabel: 'אימייל',
  usernameLabel: 'שם משתמש',
  passwordLabel: 'סיסמה',
  rememberMe: 'זכור אותי',
  forgotPasswordLink: 'שכחת את הסיסמה?',
  loginSubmit: 'התחברות',
  providerSubmit: 'התחברות עם {provider}',
  providersLabel: 'דרכים נוספות להתחבר',
  dividerText: 'או',
  noAccountPrompt: 'אין לך חשבון?',
  registerLink: 'הרשמה',

  registerTitle: 'יצירת חשבון',
  confirmPasswordLabel: 'אימות סיסמה',
  registerSubmit: 'הרשמה',
  haveAccountPrompt: 'כבר יש לך חשבון?',
  loginLink: 'התחברות',
  passwordMismatch: 'הסיסמאות אינן תואמות.',

  forgotTitle: 'שכחת את הסיסמה?',
  forgotDescription: 'הזינו את כתובת האימייל ונשלח אליכם קישור לאיפוס הסיסמה.',
  forgotSubmit: 'שליחת קישור לאיפוס',
  forgotSent: 'אם קיים חשבון עם הכתובת הזו, קישור לאיפוס הסיסמה כבר בדרך. בדקו את תיבת הדואר הנכנס.',
  backToLogin: 'חזרה להתחברות',
  sendAgain: 'שליחה חוזרת',

  updateTitle: 'הגדרת סיסמה חדשה',
  newPasswordLabel: 'סיסמה חדשה',
  updateSubmit: 'עדכון סיסמה',
  updateSuccess: 'הסיסמה עודכנה.',
  invalidLinkTitle: 'הקישור אינו תקין או שאינו שלם',
  invalidLinkMessage: 'פתחו שוב את הקישור מהאימייל, או בקשו קישור חדש.',
  requestNewLink: 'בקשת קישור חדש',

  showPassword: 'הצגת הסיסמה',
  hidePassword: 'הסתרת הסיסמה',
  required: 'יש למלא את השדה הזה.',
  invalidEmail: 'יש להזין כתובת אימייל תקינה.',
  tooShort: 'השתמשו לפחות ב-{min} תווים.',
  busy: 'רק רגע…',

  logout: 'התנתקות',
  notificationsLabel: 'התראות',
  dismiss: 'סגירה',
  checking: 'בודקים את החיבור שלך…',
  denied: 'אין לך גישה לדף הזה.',

  callbackWorking: 'מתחברים…',
  callbackErrorTitle: 'לא ניתן היה להשלים את ההתחברות',

  // <auth-two-factor>
  twoFactorTitle: 'אימות דו-שלבי',
  twoFactorTotpDescription: 'יש להזין את הקוד בן {length} הספרות מאפליקציית האימות.',
  twoFactorOtpDescription: 'יש להזין את הקוד בן {length} הספרות ששלחנו לכתובת הדוא״ל שלך.',
  twoFactorBackupDescription: 'יש להזין אחד מקודי הגיבוי ששמרת. כל קוד פועל פעם אחת בלבד.',
  twoFactorCodeLabel: 'קוד אימות',
  twoFactorBackupCodeLabel: 'קוד גיבוי',
  twoFactorSubmit: 'אימות',
  twoFactorTrustDevice: 'לסמוך על המכשיר הזה (לדלג על שלב זה בפעם הבאה)',
  twoFactorUseTotp: 'שימוש באפליקציית האימות',
  twoFactorUseOtp: 'שליחת קוד בדוא״ל',
  twoFactorUseBackupCode: 'שימוש בקוד גיבוי',
  twoFactorMethodsLabel: 'דרכים נוספות לאימות',
  twoFactorResend: 'שליחת הקוד שוב',
  twoFactorResendIn: 'שליחה חוזרת בעוד {seconds} שנ׳',
  twoFactorCodeSent: 'הקוד בדרך. כדאי לבדוק את תיבת הדואר הנכנס.',
  twoFactorCodeIncomplete: 'יש להזין את כל הקוד בן {length} הספרות.',
  twoFactorBackupCodeInvalid: 'יש להזין קוד גיבוי מלא: אותיות, ספרות ומקפים בלבד.',

  // <auth-login> beyond passwords
  loginCodeButton: 'שלחו לי קוד התחברות באימייל',
  magicLinkButton: 'שלחו לי קישור התחברות באימייל',
  loginCodeTitle: 'הזינו את קוד ההתחברות',
  loginCodeSent: 'אם קיים חשבון עבור {email}, קוד התחברות כבר בדרך. בדקו את תיבת הדואר הנכנס.',
  loginCodeLabel: 'קוד התחברות',
  loginCodeIncomplete: 'הזינו את כל {length} הספרות של הקוד.',
  magicLinkTitle: 'בדקו את תיבת הדואר הנכנס',
  magicLinkSent: 'אם קיים חשבון עבור {email}, קישור התחברות כבר בדרך. פתחו אותו כדי להתחבר.',
  loginResendIn: 'שליחה חוזרת בעוד {seconds} שנ׳',

  /* <auth-verify-email> */
  verifyingTitle: 'מאמתים את כתובת האימייל שלך…',
  verifiedTitle: 'כתובת האימייל אומתה',
  verifiedMessage: 'תודה: כתובת האימייל שלך אומתה.',
  verifyContinue: 'המשך',
  verifyExpiredTitle: 'תוקף הקישור פג',
  verifyRequestTitle: 'אימות כתובת האימייל',
  verifyRequestDescription: 'הזינו את כתובת האימייל שלכם ונשלח קישור אימות חדש.',
  verifySendSubmit: 'שליחת קישור חדש',
  verifyInboxTitle: 'בדקו את תיבת הדואר הנכנס',
  verifyInboxMessage: 'שלחנו קישור אל {email}. פתחו אותו כדי לאמת את הכתובת.',
  verifyInboxMessageNoEmail: 'שלחנו לכם קישור. פתחו אותו כדי לאמת את הכתובת.',
  verifyResent: 'אם הכתובת הזו ממתינה לאימות, קישור חדש בדרך. בדקו את תיבת הדואר הנכנס.',
  verifyResendIn: 'שליחה חוזרת בעוד {seconds} שנ׳',
  verifyBack: 'חזרה',
  verifyRetry: 'ניסיון נוסף',
  account: {
    errors: {
      'passkey-exists': { title: 'מפתח הגישה קיים', message: 'במכשיר הזה כבר יש מפתח גישה לחשבון שלך.' },
      'invalid-password': { title: 'סיסמה שגויה', message: 'הסיסמה הזו אינה נכונה.' },
      'no-password': { title: 'אין סיסמה', message: 'לחשבון הזה אין סיסמה: הכניסה אליו נעשית בדרך אחרת.' },
      'session-not-fresh': { title: 'היכנסו שוב', message: 'למען אבטחתך, היכנסו שוב ואז נסו שוב.' },
      'list-passkeys-failed': { title: 'שגיאת מפתחות גישה', message: 'לא ניתן היה לטעון את מפתחות הגישה שלך.' },
      'add-passkey-failed': { title: 'שגיאת מפתח גישה', message: 'לא ניתן היה להוסיף את מפתח הגישה.' },
      'rename-passkey-failed': { title: 'שגיאת מפתח גישה', message: 'לא ניתן היה לשנות את שם מפתח הגישה.' },
      'delete-passkey-failed': { title: 'שגיאת מפתח גישה', message: 'לא ניתן היה למחוק את מפתח הגישה.' },
      'change-password-failed': { title: 'שגיאת סיסמה', message: 'לא ניתן היה לשנות את הסיסמה.' },
      'change-email-failed': { title: 'שגיאת דוא״ל', message: 'לא ניתן היה לשנות את כתובת הדוא״ל.' },
      'list-sessions-failed': { title: 'שגיאת הפעלות', message: 'לא ניתן היה לטעון את ההפעלות שלך.' },
      'revoke-session-failed': { title: 'שגיאת הפעלות', message: 'לא ניתן היה לנתק את ההפעלה הזו.' },
      'revoke-other-sessions-failed': { title: 'שגיאת הפעלות', message: 'לא ניתן היה לנתק את שאר ההפעלות.' },
      'enable-two-factor-failed': { title: 'שגיאת אימות דו-שלבי', message: 'לא ניתן היה להפעיל אימות דו-שלבי.' },
      'confirm-two-factor-failed': { title: 'שגיאת אימות', message: 'לא ניתן היה לאמת את הקוד.' },
      'disable-two-factor-failed': { title: 'שגיאת אימות דו-שלבי', message: 'לא ניתן היה לכבות אימות דו-שלבי.' },
      'generate-backup-codes-failed': { title: 'שגיאת קודי גיבוי', message: 'לא ניתן היה ליצור קודי גיבוי.' },
      'delete-account-failed': { title: 'שגיאת חשבון', message: 'לא ניתן היה למחוק את החשבון.' },
    },
    // <changePassword>
    changePassword: {
      title: 'שינוי סיסמה',
    },
    // </changePassword>
    // <changeEmail>
    changeEmail: {
      title: 'שינוי כתובת דוא״ל',
    },
    // </changeEmail>
    // <deleteAccount>
    deleteAccount: {
      title: 'מחיקת החשבון',
    },
    // </deleteAccount>
    // <sessions>
    sessions: {
      title: 'הפעלות',
    },
    // </sessions>
    // <passkeys>
    passkeys: {
      title: 'מפתחות גישה',
    },
    // </passkeys>
    // <twoFactorSetup>
    twoFactorSetup: {
      title: 'אימות דו-שלבי',
    },
    // </twoFactorSetup>
    // <page>
    page: {
      title: 'אבטחת החשבון',
      description: 'נהלו את אופן הכניסה שלכם ואת המקומות שבהם אתם מחוברים.',
      empty: 'אין מה לנהל בחשבון הזה.',
    },
    // </page>
  },
};
