import type { AuthStrings } from '../internal/strings.js';

/** Arabic (right-to-left: set `dir="rtl"` on the page or the elements). */
export const ar: AuthStrings = {
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
};
