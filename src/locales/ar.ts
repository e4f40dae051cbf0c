import type { AuthLocale } from '../internal/strings.js';

/** Arabic (right-to-left: set `dir="rtl"` on the page or the elements). */
export const ar: AuthLocale = {
  locale: 'ar',
  errors: {
    'login-failed': { title: 'خطأ في تسجيل الدخول', message: 'بيانات الاعتماد غير صحيحة' },
    'logout-failed': { title: 'خطأ في تسجيل الخروج', message: 'حدث خطأ أثناء تسجيل الخروج' },
    'register-failed': { title: 'خطأ في إنشاء الحساب', message: 'حدث خطأ أثناء إنشاء الحساب' },
    'forgot-password-failed': { title: 'خطأ في استعادة كلمة المرور', message: 'حدث خطأ أثناء إعادة تعيين كلمة المرور' },
    'update-password-failed': { title: 'خطأ في تحديث كلمة المرور', message: 'حدث خطأ أثناء تحديث كلمة المرور' },
    'not-signed-in': { title: 'خطأ في المصادقة', message: 'لم تسجّل الدخول' },
    unknown: { title: 'خطأ', message: 'حدث خطأ ما' },
    'permissions-failed': { title: 'خطأ في الصلاحيات', message: 'تعذّر تحميل الصلاحيات' },
    'identity-failed': { title: 'خطأ في بيانات المستخدم', message: 'تعذّر تحميل بيانات المستخدم' },
    'verify-two-factor-failed': { title: 'خطأ في التحقق', message: 'تعذّر التحقق من الرمز' },
    'send-two-factor-code-failed': { title: 'خطأ في الإرسال', message: 'تعذّر إرسال الرمز' },
    'send-login-code-failed': { title: 'خطأ في الإرسال', message: 'تعذّر إرسال رمز تسجيل الدخول' },
    'login-with-code-failed': { title: 'خطأ في تسجيل الدخول', message: 'رمز تسجيل الدخول غير صالح' },
    'send-magic-link-failed': { title: 'خطأ في الإرسال', message: 'تعذّر إرسال رابط تسجيل الدخول' },
    'send-verification-email-failed': { title: 'خطأ في الإرسال', message: 'تعذّر إرسال رسالة التحقق' },
    'verify-email-failed': { title: 'خطأ في التحقق', message: 'تعذّر التحقق من عنوان البريد الإلكتروني' },
    'login-with-passkey-failed': { title: 'خطأ في مفتاح المرور', message: 'تعذّر تسجيل الدخول بمفتاح المرور' },
    timeout: { title: 'انتهت المهلة', message: 'استغرق الخادم وقتًا طويلًا للرد. يرجى المحاولة مرة أخرى.' },
    unsupported: { title: 'غير متاح', message: 'هذه الميزة غير متاحة مع خدمة تسجيل الدخول الحالية.' },
    'no-store': { title: 'خطأ في الإعداد', message: 'لم يتم إعداد تسجيل الدخول في هذه الصفحة بعد.' },
    offline: { title: 'أنت غير متصل بالإنترنت', message: 'تحقّق من اتصالك بالإنترنت، ثم حاول مرة أخرى.' },
    network: { title: 'مشكلة في الاتصال', message: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.' },
    'server-error': { title: 'خطأ في الخادم', message: 'واجه الخادم مشكلة. يرجى المحاولة لاحقًا.' },
    'rate-limited': {
      title: 'محاولات كثيرة جدًا',
      message: 'محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.',
      messageWithDelay: 'محاولات كثيرة جدًا. حاول مرة أخرى بعد {seconds}.',
    },
    'invalid-credentials': { title: 'تعذّر تسجيل الدخول', message: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.' },
    'user-exists': { title: 'تعذّر إنشاء الحساب', message: 'يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول، أو استخدم عنوانًا آخر.' },
    'weak-password': { title: 'كلمة المرور ضعيفة', message: 'كلمة المرور هذه سهلة التخمين. اختر كلمة مرور أخرى.' },
    'password-too-short': { title: 'كلمة المرور قصيرة جدًا', message: 'كلمة المرور هذه قصيرة جدًا: استخدم {min} أحرف على الأقل.' },
    'password-too-long': { title: 'كلمة المرور طويلة جدًا', message: 'كلمة المرور هذه طويلة جدًا: استخدم {max} حرفًا على الأكثر.' },
    'password-required': { title: 'كلمة المرور مفقودة', message: 'أدخل كلمة المرور.' },
    'invalid-email': { title: 'بريد إلكتروني غير صالح', message: 'أدخل عنوان بريد إلكتروني صالحًا.' },
    'invalid-input': { title: 'بيانات غير صالحة', message: 'بعض الحقول فارغة أو غير صالحة.' },
    'invalid-token': { title: 'رابط غير صالح', message: 'رابط إعادة تعيين كلمة المرور هذا غير صالح أو منتهي الصلاحية. اطلب رابطًا جديدًا.' },
    'invalid-code': { title: 'رمز غير صالح', message: 'هذا الرمز غير صحيح أو منتهي الصلاحية. تحقّق منه، أو اطلب رمزًا جديدًا.' },
    'email-not-verified': { title: 'البريد الإلكتروني غير مؤكَّد', message: 'أكّد عنوان بريدك الإلكتروني أولًا: اتبع الرابط في الرسالة التي أرسلناها إليك.' },
    'session-expired': { title: 'انتهت الجلسة', message: 'انتهت صلاحية جلستك. يرجى تسجيل الدخول مرة أخرى.' },
    'untrusted-origin': { title: 'تم رفض الطلب', message: 'رفض الخادم طلبًا من هذه الصفحة (مصدرها غير موثوق).' },
    'invalid-backup-code': { title: 'رمز احتياطي غير صالح', message: 'هذا الرمز الاحتياطي خاطئ أو سبق استخدامه.' },
    'code-expired': { title: 'انتهت صلاحية الرمز', message: 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.' },
    'too-many-attempts': { title: 'محاولات كثيرة جدًا', message: 'رموز خاطئة كثيرة جدًا. اطلب رمزًا جديدًا أو سجّل الدخول مرة أخرى.' },
    'account-locked': { title: 'الحساب مقفل', message: 'هذا الحساب مقفل. حاول لاحقًا أو تواصل مع الدعم.' },
    'two-factor-expired': { title: 'انتهت صلاحية تسجيل الدخول', message: 'استغرقت الخطوة الثانية وقتًا طويلًا. يُرجى تسجيل الدخول مرة أخرى.' },
    'method-unavailable': { title: 'الطريقة غير متاحة', message: 'طريقة التحقق هذه غير متاحة لهذا الحساب.' },
    'link-expired': { title: 'انتهت صلاحية الرابط', message: 'انتهت صلاحية هذا الرابط أو سبق استخدامه. اطلب رابطًا جديدًا.' },
    'passkey-cancelled': { title: 'أُلغي مفتاح المرور', message: 'أُلغي طلب مفتاح المرور.' },
    'passkey-unavailable': { title: 'مفاتيح المرور غير متاحة', message: 'لا يمكن استخدام مفاتيح المرور في هذا المتصفح أو على هذا العنوان.' },
    'passkey-failed': { title: 'خطأ في مفتاح المرور', message: 'تعذّر استخدام مفتاح المرور. حاول مرة أخرى.' },
    'access-denied': { title: 'أُلغي تسجيل الدخول', message: 'أُلغي تسجيل الدخول أو رُفض لدى موفّر الهوية.' },
    'invalid-state': { title: 'رابط تسجيل الدخول غير صالح', message: 'رابط تسجيل الدخول هذا غير صالح أو سبق استخدامه أو بدأ في علامة تبويب أخرى. يُرجى تسجيل الدخول مجددًا.' },
    'sign-in-failed': { title: 'تعذّر تسجيل الدخول', message: 'تعذّر إكمال تسجيل الدخول. يُرجى المحاولة مرة أخرى.' },
  },

  loginTitle: 'سجّل الدخول إلى حسابك',
  emailLabel: 'البريد الإلكتروني',
  usernameLabel: 'اسم المستخدم',
  passwordLabel: 'كلمة المرور',
  rememberMe: 'تذكرني',
  forgotPasswordLink: 'نسيت كلمة المرور؟',
  loginSubmit: 'تسجيل الدخول',
  providerSubmit: 'تسجيل الدخول باستخدام {provider}',
  providersLabel: 'طرق أخرى لتسجيل الدخول',
  dividerText: 'أو',
  noAccountPrompt: 'ليس لديك حساب؟',
  registerLink: 'أنشئ حسابًا',

  registerTitle: 'إنشاء حساب',
  confirmPasswordLabel: 'تأكيد كلمة المرور',
  registerSubmit: 'إنشاء الحساب',
  haveAccountPrompt: 'لديك حساب بالفعل؟',
  loginLink: 'تسجيل الدخول',
  passwordMismatch: 'كلمتا المرور غير متطابقتين.',

  forgotTitle: 'هل نسيت كلمة المرور؟',
  forgotDescription: 'أدخل بريدك الإلكتروني وسنرسل إليك رابطًا لإعادة تعيين كلمة المرور.',
  forgotSubmit: 'إرسال الرابط',
  forgotSent: 'إذا كان هناك حساب بهذا العنوان، فقد أُرسل إليه رابط لإعادة تعيين كلمة المرور. تحقّق من بريدك الوارد.',
  backToLogin: 'العودة إلى تسجيل الدخول',
  sendAgain: 'أرسل مرة أخرى',

  updateTitle: 'تعيين كلمة مرور جديدة',
  newPasswordLabel: 'كلمة المرور الجديدة',
  updateSubmit: 'تحديث كلمة المرور',
  updateSuccess: 'تم تحديث كلمة المرور.',
  invalidLinkTitle: 'هذا الرابط غير صالح أو غير مكتمل',
  invalidLinkMessage: 'افتح الرابط من بريدك الإلكتروني مرة أخرى، أو اطلب رابطًا جديدًا.',
  requestNewLink: 'اطلب رابطًا جديدًا',

  showPassword: 'إظهار كلمة المرور',
  hidePassword: 'إخفاء كلمة المرور',
  required: 'يرجى ملء هذا الحقل.',
  invalidEmail: 'يرجى إدخال بريد إلكتروني صالح.',
  tooShort: 'استخدم {min} أحرف على الأقل.',
  busy: 'يرجى الانتظار…',

  logout: 'تسجيل الخروج',
  notificationsLabel: 'الإشعارات',
  dismiss: 'إغلاق',
  checking: 'جارٍ التحقق من جلستك…',
  denied: 'ليس لديك صلاحية الوصول إلى هذه الصفحة.',

  callbackWorking: 'جارٍ تسجيل دخولك…',
  callbackErrorTitle: 'تعذّر إكمال تسجيل الدخول',

  // <auth-two-factor>
  twoFactorTitle: 'التحقق بخطوتين',
  twoFactorTotpDescription: 'أدخل الرمز المكوّن من {length} أرقام من تطبيق المصادقة.',
  twoFactorOtpDescription: 'أدخل الرمز المكوّن من {length} أرقام الذي أرسلناه إلى بريدك الإلكتروني.',
  twoFactorBackupDescription: 'أدخل أحد الرموز الاحتياطية التي حفظتها. يعمل كل رمز مرة واحدة فقط.',
  twoFactorCodeLabel: 'رمز التحقق',
  twoFactorBackupCodeLabel: 'رمز احتياطي',
  twoFactorSubmit: 'تحقّق',
  twoFactorTrustDevice: 'الوثوق بهذا الجهاز (تخطي هذه الخطوة في المرة القادمة)',
  twoFactorUseTotp: 'استخدم تطبيق المصادقة',
  twoFactorUseOtp: 'أرسل لي رمزًا بالبريد الإلكتروني',
  twoFactorUseBackupCode: 'استخدم رمزًا احتياطيًا',
  twoFactorMethodsLabel: 'طرق أخرى للتحقق',
  twoFactorResend: 'أرسل الرمز مرة أخرى',
  twoFactorResendIn: 'أعد الإرسال بعد {seconds} ث',
  twoFactorCodeSent: 'الرمز في طريقه إليك. تحقّق من بريدك الوارد.',
  twoFactorCodeIncomplete: 'أدخل الرمز كاملًا المكوّن من {length} أرقام.',
  twoFactorBackupCodeInvalid: 'أدخل رمزًا احتياطيًا كاملًا: أحرف وأرقام وشرطات فقط.',

  // <auth-login> beyond passwords
  loginCodeButton: 'أرسل لي رمز تسجيل الدخول بالبريد',
  magicLinkButton: 'أرسل لي رابط تسجيل الدخول بالبريد',
  loginCodeTitle: 'أدخل رمز تسجيل الدخول',
  loginCodeSent: 'إذا كان هناك حساب للعنوان {email}، فقد أُرسل إليه رمز لتسجيل الدخول. تحقّق من بريدك الوارد.',
  loginCodeLabel: 'رمز تسجيل الدخول',
  loginCodeIncomplete: 'أدخل أرقام الرمز كلها ({length}).',
  magicLinkTitle: 'تحقّق من بريدك الوارد',
  magicLinkSent: 'إذا كان هناك حساب للعنوان {email}، فقد أُرسل إليه رابط لتسجيل الدخول. افتحه لتسجيل الدخول.',
  loginResendIn: 'أرسل مرة أخرى بعد {seconds} ث',

  /* <auth-verify-email> */
  verifyingTitle: 'جارٍ تأكيد عنوان بريدك الإلكتروني…',
  verifiedTitle: 'تم تأكيد عنوان البريد الإلكتروني',
  verifiedMessage: 'شكرًا لك: تم تأكيد عنوان بريدك الإلكتروني.',
  verifyContinue: 'متابعة',
  verifyExpiredTitle: 'انتهت صلاحية هذا الرابط',
  verifyRequestTitle: 'أكّد عنوان بريدك الإلكتروني',
  verifyRequestDescription: 'أدخل عنوان بريدك الإلكتروني وسنرسل إليك رابط تأكيد جديدًا.',
  verifySendSubmit: 'إرسال رابط جديد',
  verifyInboxTitle: 'تحقّق من صندوق الوارد',
  verifyInboxMessage: 'أرسلنا رابطًا إلى {email}. افتحه لتأكيد عنوانك.',
  verifyInboxMessageNoEmail: 'أرسلنا إليك رابطًا. افتحه لتأكيد عنوانك.',
  verifyResent: 'إذا كان هذا العنوان بانتظار التأكيد، فإن رابطًا جديدًا في طريقه إليك. تحقّق من صندوق الوارد.',
  verifyResendIn: 'إعادة الإرسال بعد {seconds} ث',
  verifyBack: 'رجوع',
  verifyRetry: 'إعادة المحاولة',
  account: {
    errors: {
      'passkey-exists': { title: 'مفتاح المرور موجود', message: 'يحمل هذا الجهاز مفتاح مرور لحسابك بالفعل.' },
      'invalid-password': { title: 'كلمة مرور خاطئة', message: 'كلمة المرور هذه غير صحيحة.' },
      'no-password': { title: 'لا توجد كلمة مرور', message: 'ليس لهذا الحساب كلمة مرور: يسجّل الدخول بطريقة أخرى.' },
      'session-not-fresh': { title: 'سجّل الدخول مجددًا', message: 'حفاظًا على أمانك، سجّل الدخول مجددًا ثم حاول مرة أخرى.' },
      'list-passkeys-failed': { title: 'خطأ في مفاتيح المرور', message: 'تعذّر تحميل مفاتيح المرور الخاصة بك.' },
      'add-passkey-failed': { title: 'خطأ في مفتاح المرور', message: 'تعذّرت إضافة مفتاح المرور.' },
      'rename-passkey-failed': { title: 'خطأ في مفتاح المرور', message: 'تعذّرت إعادة تسمية مفتاح المرور.' },
      'delete-passkey-failed': { title: 'خطأ في مفتاح المرور', message: 'تعذّر حذف مفتاح المرور.' },
      'change-password-failed': { title: 'خطأ في كلمة المرور', message: 'تعذّر تغيير كلمة المرور.' },
      'change-email-failed': { title: 'خطأ في البريد الإلكتروني', message: 'تعذّر تغيير عنوان البريد الإلكتروني.' },
      'list-sessions-failed': { title: 'خطأ في الجلسات', message: 'تعذّر تحميل جلساتك.' },
      'revoke-session-failed': { title: 'خطأ في الجلسات', message: 'تعذّر تسجيل الخروج من تلك الجلسة.' },
      'revoke-other-sessions-failed': { title: 'خطأ في الجلسات', message: 'تعذّر تسجيل الخروج من الجلسات الأخرى.' },
      'enable-two-factor-failed': { title: 'خطأ في المصادقة الثنائية', message: 'تعذّر تفعيل المصادقة الثنائية.' },
      'confirm-two-factor-failed': { title: 'خطأ في التحقق', message: 'تعذّر التحقق من الرمز.' },
      'disable-two-factor-failed': { title: 'خطأ في المصادقة الثنائية', message: 'تعذّر إيقاف المصادقة الثنائية.' },
      'generate-backup-codes-failed': { title: 'خطأ في الرموز الاحتياطية', message: 'تعذّر إنشاء رموز احتياطية.' },
      'delete-account-failed': { title: 'خطأ في الحساب', message: 'تعذّر حذف الحساب.' },
    },
    // <changePassword>
    changePassword: {
      title: 'تغيير كلمة المرور',
    },
    // </changePassword>
    // <changeEmail>
    changeEmail: {
      title: 'تغيير البريد الإلكتروني',
    },
    // </changeEmail>
    // <deleteAccount>
    deleteAccount: {
      title: 'حذف الحساب',
    },
    // </deleteAccount>
    // <sessions>
    sessions: {
      title: 'الجلسات',
    },
    // </sessions>
    // <passkeys>
    passkeys: {
      title: 'مفاتيح المرور',
    },
    // </passkeys>
    // <twoFactorSetup>
    twoFactorSetup: {
      title: 'المصادقة الثنائية',
    },
    // </twoFactorSetup>
    // <page>
    page: {
      title: 'أمان الحساب',
      description: 'تحكّم في طريقة تسجيل دخولك والأماكن التي سجّلت الدخول منها.',
      empty: 'لا يوجد ما يمكن إدارته لهذا الحساب.',
    },
    // </page>
  },
};
