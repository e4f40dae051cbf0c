import type { AuthLocale } from '../internal/strings.js';

/** Spanish. */
export const es: AuthLocale = {
  locale: 'es',
  errors: {
    'login-failed': { title: 'Error al iniciar sesión', message: 'Credenciales no válidas' },
    'logout-failed': { title: 'Error al cerrar sesión', message: 'Se produjo un error al cerrar la sesión' },
    'register-failed': { title: 'Error en el registro', message: 'Se produjo un error durante el registro' },
    'forgot-password-failed': { title: 'Error al restablecer', message: 'Se produjo un error al restablecer la contraseña' },
    'update-password-failed': { title: 'Error al cambiar la contraseña', message: 'Se produjo un error al cambiar la contraseña' },
    'not-signed-in': { title: 'Error de autenticación', message: 'No has iniciado sesión' },
    unknown: { title: 'Error', message: 'Algo salió mal' },
    'permissions-failed': { title: 'Error de permisos', message: 'No se pudieron cargar los permisos' },
    'identity-failed': { title: 'Error de identidad', message: 'No se pudieron cargar los datos del usuario' },
    'verify-two-factor-failed': { title: 'Error de verificación', message: 'No se pudo verificar el código' },
    'send-two-factor-code-failed': { title: 'Error de envío', message: 'No se pudo enviar el código' },
    'send-login-code-failed': { title: 'Error de envío', message: 'No se pudo enviar el código de inicio de sesión' },
    'login-with-code-failed': { title: 'Error de inicio de sesión', message: 'El código de inicio de sesión no es válido' },
    'send-magic-link-failed': { title: 'Error de envío', message: 'No se pudo enviar el enlace de inicio de sesión' },
    'send-verification-email-failed': { title: 'Error de envío', message: 'No se pudo enviar el correo de verificación' },
    'verify-email-failed': { title: 'Error de verificación', message: 'No se pudo verificar la dirección de correo' },
    'login-with-passkey-failed': { title: 'Error de llave de acceso', message: 'No se pudo iniciar sesión con la llave de acceso' },
    timeout: { title: 'Tiempo de espera agotado', message: 'El servidor tardó demasiado en responder. Inténtalo de nuevo.' },
    unsupported: { title: 'No disponible', message: 'Esta función no está disponible con el servicio de inicio de sesión actual.' },
    'no-store': { title: 'Error de configuración', message: 'El inicio de sesión aún no está configurado en esta página.' },
    offline: { title: 'Sin conexión', message: 'Comprueba tu conexión a internet y vuelve a intentarlo.' },
    network: { title: 'Problema de conexión', message: 'No se pudo contactar con el servidor. Comprueba tu conexión y vuelve a intentarlo.' },
    'server-error': { title: 'Error del servidor', message: 'El servidor tuvo un problema. Inténtalo de nuevo más tarde.' },
    'rate-limited': {
      title: 'Demasiados intentos',
      message: 'Demasiados intentos. Espera un momento y vuelve a intentarlo.',
      messageWithDelay: 'Demasiados intentos. Vuelve a intentarlo dentro de {seconds}.',
    },
    'invalid-credentials': { title: 'No se pudo iniciar sesión', message: 'El correo electrónico o la contraseña no son correctos.' },
    'user-exists': { title: 'No se pudo completar el registro', message: 'Ya existe una cuenta con este correo electrónico. Inicia sesión o usa otra dirección.' },
    'weak-password': { title: 'Contraseña demasiado débil', message: 'Esta contraseña es demasiado fácil de adivinar. Elige otra.' },
    'password-too-short': { title: 'Contraseña demasiado corta', message: 'Esta contraseña es demasiado corta: usa al menos {min} caracteres.' },
    'password-too-long': { title: 'Contraseña demasiado larga', message: 'Esta contraseña es demasiado larga: usa como máximo {max} caracteres.' },
    'password-required': { title: 'Falta la contraseña', message: 'Introduce una contraseña.' },
    'invalid-email': { title: 'Correo electrónico no válido', message: 'Introduce un correo electrónico válido.' },
    'invalid-input': { title: 'Datos no válidos', message: 'Faltan algunos campos o no son válidos.' },
    'invalid-token': { title: 'Enlace no válido', message: 'Este enlace para restablecer la contraseña no es válido o ha caducado. Solicita uno nuevo.' },
    'invalid-code': { title: 'Código no válido', message: 'Este código es incorrecto o ha caducado. Compruébalo o solicita uno nuevo.' },
    'email-not-verified': { title: 'Correo electrónico sin confirmar', message: 'Primero confirma tu correo electrónico: sigue el enlace del mensaje que te enviamos.' },
    'session-expired': { title: 'Sesión caducada', message: 'Tu sesión ha caducado. Vuelve a iniciar sesión.' },
    'untrusted-origin': { title: 'Solicitud rechazada', message: 'El servidor rechazó una solicitud de esta página (su origen no es de confianza).' },
    'invalid-backup-code': { title: 'Código de respaldo no válido', message: 'Este código de respaldo es incorrecto o ya se usó.' },
    'code-expired': { title: 'Código caducado', message: 'Este código ha caducado. Solicita uno nuevo.' },
    'too-many-attempts': { title: 'Demasiados intentos', message: 'Demasiados códigos incorrectos. Solicita un código nuevo o vuelve a iniciar sesión.' },
    'account-locked': { title: 'Cuenta bloqueada', message: 'Esta cuenta está bloqueada. Inténtalo más tarde o contacta con soporte.' },
    'two-factor-expired': { title: 'Inicio de sesión caducado', message: 'El segundo paso tardó demasiado. Vuelve a iniciar sesión.' },
    'method-unavailable': { title: 'Método no disponible', message: 'Este método de verificación no está disponible para esta cuenta.' },
    'link-expired': { title: 'Enlace caducado', message: 'Este enlace ha caducado o ya se usó. Solicita uno nuevo.' },
    'passkey-cancelled': { title: 'Llave de acceso cancelada', message: 'Se canceló la solicitud de llave de acceso.' },
    'passkey-unavailable': { title: 'Llaves de acceso no disponibles', message: 'No se pueden usar llaves de acceso en este navegador o en esta dirección.' },
    'passkey-failed': { title: 'Error de llave de acceso', message: 'No se pudo usar la llave de acceso. Inténtalo de nuevo.' },
    'access-denied': { title: 'Inicio de sesión cancelado', message: 'El inicio de sesión se canceló o fue rechazado en el proveedor de identidad.' },
    'invalid-state': { title: 'Enlace de inicio de sesión no válido', message: 'Este enlace de inicio de sesión no es válido, ya se usó o se inició en otra pestaña. Vuelve a iniciar sesión.' },
    'sign-in-failed': { title: 'Error al iniciar sesión', message: 'No se pudo completar el inicio de sesión. Inténtalo de nuevo.' },
  },

  loginTitle: 'Inicia sesión en tu cuenta',
  emailLabel: 'Correo electrónico',
  usernameLabel: 'Nombre de usuario',
  passwordLabel: 'Contraseña',
  rememberMe: 'Recordarme',
  forgotPasswordLink: '¿Olvidaste tu contraseña?',
  loginSubmit: 'Iniciar sesión',
  providerSubmit: 'Iniciar sesión con {provider}',
  providersLabel: 'Otras formas de iniciar sesión',
  dividerText: 'o',
  noAccountPrompt: '¿No tienes una cuenta?',
  registerLink: 'Regístrate',

  registerTitle: 'Crear una cuenta',
  confirmPasswordLabel: 'Confirmar contraseña',
  registerSubmit: 'Registrarse',
  haveAccountPrompt: '¿Ya tienes una cuenta?',
  loginLink: 'Inicia sesión',
  passwordMismatch: 'Las contraseñas no coinciden.',

  forgotTitle: '¿Olvidaste tu contraseña?',
  forgotDescription: 'Introduce tu correo electrónico y te enviaremos un enlace para restablecer tu contraseña.',
  forgotSubmit: 'Enviar enlace',
  forgotSent: 'Si existe una cuenta con esa dirección, te hemos enviado un enlace para restablecer la contraseña. Revisa tu bandeja de entrada.',
  backToLogin: 'Volver a iniciar sesión',
  sendAgain: 'Enviar de nuevo',

  updateTitle: 'Establece una nueva contraseña',
  newPasswordLabel: 'Nueva contraseña',
  updateSubmit: 'Cambiar contraseña',
  updateSuccess: 'Tu contraseña se ha actualizado.',
  invalidLinkTitle: 'Este enlace no es válido o está incompleto',
  invalidLinkMessage: 'Vuelve a abrir el enlace de tu correo electrónico o solicita uno nuevo.',
  requestNewLink: 'Solicitar un enlace nuevo',

  showPassword: 'Mostrar contraseña',
  hidePassword: 'Ocultar contraseña',
  required: 'Rellena este campo.',
  invalidEmail: 'Introduce un correo electrónico válido.',
  tooShort: 'Usa al menos {min} caracteres.',
  busy: 'Espera un momento…',

  logout: 'Cerrar sesión',
  notificationsLabel: 'Notificaciones',
  dismiss: 'Cerrar',
  checking: 'Comprobando tu sesión…',
  denied: 'No tienes acceso a esta página.',

  callbackWorking: 'Iniciando sesión…',
  callbackErrorTitle: 'No se pudo completar el inicio de sesión',

  // <auth-two-factor>
  twoFactorTitle: 'Verificación en dos pasos',
  twoFactorTotpDescription: 'Introduce el código de {length} dígitos de tu aplicación de autenticación.',
  twoFactorOtpDescription: 'Introduce el código de {length} dígitos que enviamos a tu correo electrónico.',
  twoFactorBackupDescription: 'Introduce uno de los códigos de respaldo que guardaste. Cada código solo funciona una vez.',
  twoFactorCodeLabel: 'Código de verificación',
  twoFactorBackupCodeLabel: 'Código de respaldo',
  twoFactorSubmit: 'Verificar',
  twoFactorTrustDevice: 'Confiar en este dispositivo (omitir este paso la próxima vez)',
  twoFactorUseTotp: 'Usar la aplicación de autenticación',
  twoFactorUseOtp: 'Enviarme un código por correo',
  twoFactorUseBackupCode: 'Usar un código de respaldo',
  twoFactorMethodsLabel: 'Otras formas de verificar',
  twoFactorResend: 'Reenviar el código',
  twoFactorResendIn: 'Reenviar en {seconds} s',
  twoFactorCodeSent: 'El código va en camino. Revisa tu bandeja de entrada.',
  twoFactorCodeIncomplete: 'Introduce el código completo de {length} dígitos.',
  twoFactorBackupCodeInvalid: 'Introduce un código de respaldo completo: solo letras, dígitos y guiones.',

  // <auth-login> beyond passwords
  loginCodeButton: 'Envíame un código de acceso',
  magicLinkButton: 'Envíame un enlace de acceso',
  loginCodeTitle: 'Introduce tu código de acceso',
  loginCodeSent: 'Si existe una cuenta para {email}, te hemos enviado un código de acceso. Revisa tu bandeja de entrada.',
  loginCodeLabel: 'Código de acceso',
  loginCodeIncomplete: 'Introduce los {length} dígitos del código.',
  magicLinkTitle: 'Revisa tu bandeja de entrada',
  magicLinkSent: 'Si existe una cuenta para {email}, te hemos enviado un enlace de acceso. Ábrelo para iniciar sesión.',
  loginResendIn: 'Enviar de nuevo en {seconds} s',

  /* <auth-verify-email> */
  verifyingTitle: 'Confirmando tu dirección de correo…',
  verifiedTitle: 'Dirección de correo confirmada',
  verifiedMessage: 'Gracias: tu dirección de correo está confirmada.',
  verifyContinue: 'Continuar',
  verifyExpiredTitle: 'Este enlace ha caducado',
  verifyRequestTitle: 'Confirma tu dirección de correo',
  verifyRequestDescription: 'Introduce tu dirección de correo y te enviaremos un nuevo enlace de confirmación.',
  verifySendSubmit: 'Enviar un nuevo enlace',
  verifyInboxTitle: 'Revisa tu bandeja de entrada',
  verifyInboxMessage: 'Hemos enviado un enlace a {email}. Ábrelo para confirmar tu dirección.',
  verifyInboxMessageNoEmail: 'Te hemos enviado un enlace. Ábrelo para confirmar tu dirección.',
  verifyResent: 'Si esta dirección está pendiente de confirmación, un nuevo enlace va de camino. Revisa tu bandeja de entrada.',
  verifyResendIn: 'Reenviar en {seconds} s',
  verifyBack: 'Volver',
  verifyRetry: 'Reintentar',
  account: {
    errors: {
      'passkey-exists': { title: 'La llave de acceso ya existe', message: 'Este dispositivo ya tiene una llave de acceso para tu cuenta.' },
      'invalid-password': { title: 'Contraseña incorrecta', message: 'Esta contraseña no es correcta.' },
      'no-password': { title: 'Sin contraseña', message: 'Esta cuenta no tiene contraseña: inicia sesión de otra forma.' },
      'session-not-fresh': { title: 'Vuelve a iniciar sesión', message: 'Por tu seguridad, vuelve a iniciar sesión y luego inténtalo de nuevo.' },
      'list-passkeys-failed': { title: 'Error de llaves de acceso', message: 'No se pudieron cargar tus llaves de acceso.' },
      'add-passkey-failed': { title: 'Error de llave de acceso', message: 'No se pudo añadir la llave de acceso.' },
      'rename-passkey-failed': { title: 'Error de llave de acceso', message: 'No se pudo cambiar el nombre de la llave de acceso.' },
      'delete-passkey-failed': { title: 'Error de llave de acceso', message: 'No se pudo eliminar la llave de acceso.' },
      'change-password-failed': { title: 'Error de contraseña', message: 'No se pudo cambiar la contraseña.' },
      'change-email-failed': { title: 'Error de correo', message: 'No se pudo cambiar la dirección de correo.' },
      'list-sessions-failed': { title: 'Error de sesiones', message: 'No se pudieron cargar tus sesiones.' },
      'revoke-session-failed': { title: 'Error de sesiones', message: 'No se pudo cerrar esa sesión.' },
      'revoke-other-sessions-failed': { title: 'Error de sesiones', message: 'No se pudieron cerrar las demás sesiones.' },
      'enable-two-factor-failed': { title: 'Error de verificación en dos pasos', message: 'No se pudo activar la verificación en dos pasos.' },
      'confirm-two-factor-failed': { title: 'Error de verificación', message: 'No se pudo verificar el código.' },
      'disable-two-factor-failed': { title: 'Error de verificación en dos pasos', message: 'No se pudo desactivar la verificación en dos pasos.' },
      'generate-backup-codes-failed': { title: 'Error de códigos de respaldo', message: 'No se pudieron crear códigos de respaldo.' },
      'delete-account-failed': { title: 'Error de cuenta', message: 'No se pudo eliminar la cuenta.' },
    },
    // <changePassword>
    changePassword: {
      title: 'Cambiar la contraseña',
    },
    // </changePassword>
    // <changeEmail>
    changeEmail: {
      title: 'Cambiar el correo',
    },
    // </changeEmail>
    // <deleteAccount>
    deleteAccount: {
      title: 'Eliminar la cuenta',
    },
    // </deleteAccount>
    // <sessions>
    sessions: {
      title: 'Sesiones',
    },
    // </sessions>
    // <passkeys>
    passkeys: {
      title: 'Llaves de acceso',
    },
    // </passkeys>
    // <twoFactorSetup>
    twoFactorSetup: {
      title: 'Verificación en dos pasos',
    },
    // </twoFactorSetup>
    // <page>
    page: {
      title: 'Seguridad de la cuenta',
      description: 'Gestiona cómo inicias sesión y dónde tienes la sesión iniciada.',
      empty: 'No hay nada que gestionar en esta cuenta.',
    },
    // </page>
  },
};
