import type { AuthLocale } from '../internal/strings.js';

/** French. */
export const fr: AuthLocale = {
  locale: 'fr',
  errors: {
    'login-failed': { title: 'Erreur de connexion', message: 'Identifiants invalides' },
    'logout-failed': { title: 'Erreur de déconnexion', message: 'Un problème est survenu lors de la déconnexion' },
    'register-failed': { title: 'Erreur d’inscription', message: 'Une erreur est survenue lors de l’inscription' },
    'forgot-password-failed': { title: 'Erreur de réinitialisation', message: 'Une erreur est survenue lors de la réinitialisation du mot de passe' },
    'update-password-failed': { title: 'Erreur de mise à jour', message: 'Une erreur est survenue lors de la mise à jour du mot de passe' },
    'not-signed-in': { title: 'Erreur d’authentification', message: 'Vous n’êtes pas connecté' },
    unknown: { title: 'Erreur', message: 'Un problème est survenu' },
    'permissions-failed': { title: 'Erreur d’autorisations', message: 'Impossible de charger les autorisations' },
    'identity-failed': { title: 'Erreur d’identité', message: 'Impossible de charger l’identité de l’utilisateur' },
    'verify-two-factor-failed': { title: 'Erreur de vérification', message: 'Le code n’a pas pu être vérifié' },
    'send-two-factor-code-failed': { title: 'Erreur d’envoi', message: 'Le code n’a pas pu être envoyé' },
    'send-login-code-failed': { title: 'Erreur d’envoi', message: 'Le code de connexion n’a pas pu être envoyé' },
    'login-with-code-failed': { title: 'Erreur de connexion', message: 'Le code de connexion n’est pas valide' },
    'send-magic-link-failed': { title: 'Erreur d’envoi', message: 'Le lien de connexion n’a pas pu être envoyé' },
    'send-verification-email-failed': { title: 'Erreur d’envoi', message: 'L’e-mail de vérification n’a pas pu être envoyé' },
    'verify-email-failed': { title: 'Erreur de vérification', message: 'L’adresse e-mail n’a pas pu être vérifiée' },
    'login-with-passkey-failed': { title: 'Erreur de passkey', message: 'La connexion avec la passkey a échoué' },
    timeout: { title: 'Délai dépassé', message: 'Le serveur a mis trop de temps à répondre. Veuillez réessayer.' },
    unsupported: { title: 'Non disponible', message: 'Cette fonction n’est pas disponible avec le service de connexion actuel.' },
    'no-store': { title: 'Erreur de configuration', message: 'La connexion n’est pas encore configurée sur cette page.' },
    offline: { title: 'Vous êtes hors ligne', message: 'Vérifiez votre connexion Internet, puis réessayez.' },
    network: { title: 'Problème de connexion', message: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.' },
    'server-error': { title: 'Erreur du serveur', message: 'Le serveur a rencontré un problème. Veuillez réessayer plus tard.' },
    'rate-limited': {
      title: 'Trop de tentatives',
      message: 'Trop de tentatives. Patientez un instant, puis réessayez.',
      messageWithDelay: 'Trop de tentatives. Réessayez dans {seconds}.',
    },
    'invalid-credentials': { title: 'Échec de la connexion', message: 'L’adresse e-mail ou le mot de passe est incorrect.' },
    'user-exists': { title: 'Échec de l’inscription', message: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou utilisez une autre adresse.' },
    'weak-password': { title: 'Mot de passe trop faible', message: 'Ce mot de passe est trop facile à deviner. Choisissez-en un autre.' },
    'password-too-short': { title: 'Mot de passe trop court', message: 'Ce mot de passe est trop court : utilisez au moins {min} caractères.' },
    'password-too-long': { title: 'Mot de passe trop long', message: 'Ce mot de passe est trop long : utilisez au plus {max} caractères.' },
    'password-required': { title: 'Mot de passe manquant', message: 'Saisissez un mot de passe.' },
    'invalid-email': { title: 'Adresse e-mail invalide', message: 'Saisissez une adresse e-mail valide.' },
    'invalid-input': { title: 'Saisie invalide', message: 'Certains champs sont manquants ou invalides.' },
    'invalid-token': { title: 'Lien invalide', message: 'Ce lien de réinitialisation est invalide ou a expiré. Demandez-en un nouveau.' },
    'invalid-code': { title: 'Code invalide', message: 'Ce code est erroné ou a expiré. Vérifiez-le ou demandez-en un nouveau.' },
    'email-not-verified': { title: 'Adresse e-mail non confirmée', message: 'Confirmez d’abord votre adresse e-mail : suivez le lien de l’e-mail que nous vous avons envoyé.' },
    'session-expired': { title: 'Session expirée', message: 'Votre session a expiré. Veuillez vous reconnecter.' },
    'untrusted-origin': { title: 'Requête refusée', message: 'Le serveur a refusé une requête de cette page (son origine n’est pas reconnue comme fiable).' },
    'invalid-backup-code': { title: 'Code de secours invalide', message: 'Ce code de secours est erroné ou a déjà été utilisé.' },
    'code-expired': { title: 'Code expiré', message: 'Ce code a expiré. Demandez-en un nouveau.' },
    'too-many-attempts': { title: 'Trop de tentatives', message: 'Trop de codes erronés. Demandez un nouveau code ou reconnectez-vous.' },
    'account-locked': { title: 'Compte verrouillé', message: 'Ce compte est verrouillé. Réessayez plus tard ou contactez l’assistance.' },
    'two-factor-expired': { title: 'Connexion expirée', message: 'La seconde étape a pris trop de temps. Veuillez vous reconnecter.' },
    'method-unavailable': { title: 'Méthode indisponible', message: 'Cette méthode de vérification n’est pas disponible pour ce compte.' },
    'link-expired': { title: 'Lien expiré', message: 'Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.' },
    'passkey-cancelled': { title: 'Passkey annulée', message: 'La demande de passkey a été annulée.' },
    'passkey-unavailable': { title: 'Passkeys indisponibles', message: 'Les passkeys ne peuvent pas être utilisées sur ce navigateur ou à cette adresse.' },
    'passkey-failed': { title: 'Erreur de passkey', message: 'La passkey n’a pas pu être utilisée. Réessayez.' },
    'access-denied': { title: 'Connexion annulée', message: 'La connexion a été annulée ou refusée auprès du fournisseur d’identité.' },
    'invalid-state': { title: 'Lien de connexion non valide', message: 'Ce lien de connexion n’est pas valide, a déjà été utilisé ou a été ouvert dans un autre onglet. Veuillez vous reconnecter.' },
    'sign-in-failed': { title: 'Échec de la connexion', message: 'La connexion n’a pas pu aboutir. Veuillez réessayer.' },
  },

  loginTitle: 'Connectez-vous à votre compte',
  emailLabel: 'E-mail',
  usernameLabel: 'Nom d’utilisateur',
  passwordLabel: 'Mot de passe',
  rememberMe: 'Se souvenir de moi',
  forgotPasswordLink: 'Mot de passe oublié ?',
  loginSubmit: 'Se connecter',
  providerSubmit: 'Se connecter avec {provider}',
  providersLabel: 'Autres moyens de connexion',
  dividerText: 'ou',
  noAccountPrompt: 'Pas encore de compte ?',
  registerLink: 'Créer un compte',

  registerTitle: 'Créer un compte',
  confirmPasswordLabel: 'Confirmer le mot de passe',
  registerSubmit: 'Créer le compte',
  haveAccountPrompt: 'Vous avez déjà un compte ?',
  loginLink: 'Se connecter',
  passwordMismatch: 'Les mots de passe ne correspondent pas.',

  forgotTitle: 'Mot de passe oublié ?',
  forgotDescription: 'Saisissez votre e-mail : nous vous enverrons un lien pour réinitialiser votre mot de passe.',
  forgotSubmit: 'Envoyer le lien',
  forgotSent: 'Si un compte existe pour cette adresse, un lien de réinitialisation vient de lui être envoyé. Consultez votre boîte de réception.',
  backToLogin: 'Retour à la connexion',
  sendAgain: 'Renvoyer',

  updateTitle: 'Choisir un nouveau mot de passe',
  newPasswordLabel: 'Nouveau mot de passe',
  updateSubmit: 'Mettre à jour',
  updateSuccess: 'Votre mot de passe a été mis à jour.',
  invalidLinkTitle: 'Ce lien est invalide ou incomplet',
  invalidLinkMessage: 'Ouvrez à nouveau le lien reçu par e-mail, ou demandez-en un nouveau.',
  requestNewLink: 'Demander un nouveau lien',

  showPassword: 'Afficher le mot de passe',
  hidePassword: 'Masquer le mot de passe',
  required: 'Veuillez remplir ce champ.',
  invalidEmail: 'Veuillez saisir une adresse e-mail valide.',
  tooShort: 'Utilisez au moins {min} caractères.',
  busy: 'Veuillez patienter…',

  logout: 'Se déconnecter',
  notificationsLabel: 'Notifications',
  dismiss: 'Fermer',
  checking: 'Vérification de votre session…',
  denied: 'Vous n’avez pas accès à cette page.',

  callbackWorking: 'Connexion en cours…',
  callbackErrorTitle: 'La connexion n’a pas pu aboutir',

  // <auth-two-factor>
  twoFactorTitle: 'Vérification en deux étapes',
  twoFactorTotpDescription: 'Saisissez le code à {length} chiffres de votre application d’authentification.',
  twoFactorOtpDescription: 'Saisissez le code à {length} chiffres envoyé à votre adresse e-mail.',
  twoFactorBackupDescription: 'Saisissez l’un des codes de secours que vous avez conservés. Chaque code ne fonctionne qu’une fois.',
  twoFactorCodeLabel: 'Code de vérification',
  twoFactorBackupCodeLabel: 'Code de secours',
  twoFactorSubmit: 'Vérifier',
  twoFactorTrustDevice: 'Faire confiance à cet appareil (ne plus demander cette étape)',
  twoFactorUseTotp: 'Utiliser l’application d’authentification',
  twoFactorUseOtp: 'M’envoyer un code par e-mail',
  twoFactorUseBackupCode: 'Utiliser un code de secours',
  twoFactorMethodsLabel: 'Autres moyens de vérification',
  twoFactorResend: 'Renvoyer le code',
  twoFactorResendIn: 'Renvoyer dans {seconds} s',
  twoFactorCodeSent: 'Un code est en route. Consultez votre boîte de réception.',
  twoFactorCodeIncomplete: 'Saisissez le code complet à {length} chiffres.',
  twoFactorBackupCodeInvalid: 'Saisissez un code de secours complet : lettres, chiffres et tirets uniquement.',

  // <auth-login> beyond passwords
  loginCodeButton: 'M’envoyer un code de connexion',
  magicLinkButton: 'M’envoyer un lien de connexion',
  loginCodeTitle: 'Saisissez votre code de connexion',
  loginCodeSent: 'Si un compte existe pour {email}, un code de connexion vient de lui être envoyé. Consultez votre boîte de réception.',
  loginCodeLabel: 'Code de connexion',
  loginCodeIncomplete: 'Saisissez les {length} chiffres du code.',
  magicLinkTitle: 'Consultez votre boîte de réception',
  magicLinkSent: 'Si un compte existe pour {email}, un lien de connexion vient de lui être envoyé. Ouvrez-le pour vous connecter.',
  loginResendIn: 'Renvoyer dans {seconds} s',

  /* <auth-verify-email> */
  verifyingTitle: 'Confirmation de votre adresse e-mail…',
  verifiedTitle: 'Adresse e-mail confirmée',
  verifiedMessage: 'Merci : votre adresse e-mail est confirmée.',
  verifyContinue: 'Continuer',
  verifyExpiredTitle: 'Ce lien a expiré',
  verifyRequestTitle: 'Confirmez votre adresse e-mail',
  verifyRequestDescription: 'Saisissez votre adresse e-mail : nous vous enverrons un nouveau lien de confirmation.',
  verifySendSubmit: 'Envoyer un nouveau lien',
  verifyInboxTitle: 'Consultez votre boîte de réception',
  verifyInboxMessage: 'Nous avons envoyé un lien à {email}. Ouvrez-le pour confirmer votre adresse.',
  verifyInboxMessageNoEmail: 'Nous vous avons envoyé un lien. Ouvrez-le pour confirmer votre adresse.',
  verifyResent: 'Si cette adresse attend une confirmation, un nouveau lien est en route. Consultez votre boîte de réception.',
  verifyResendIn: 'Renvoyer dans {seconds} s',
  verifyBack: 'Retour',
  verifyRetry: 'Réessayer',
  account: {
    errors: {
      'passkey-exists': { title: 'Passkey existante', message: 'Cet appareil détient déjà une passkey pour votre compte.' },
      'invalid-password': { title: 'Mot de passe incorrect', message: 'Ce mot de passe n’est pas correct.' },
      'no-password': { title: 'Aucun mot de passe', message: 'Ce compte n’a pas de mot de passe : il se connecte autrement.' },
      'session-not-fresh': { title: 'Reconnectez-vous', message: 'Pour votre sécurité, reconnectez-vous, puis réessayez.' },
      'list-passkeys-failed': { title: 'Erreur de passkeys', message: 'Impossible de charger vos passkeys.' },
      'add-passkey-failed': { title: 'Erreur de passkey', message: 'Impossible d’ajouter la passkey.' },
      'rename-passkey-failed': { title: 'Erreur de passkey', message: 'Impossible de renommer la passkey.' },
      'delete-passkey-failed': { title: 'Erreur de passkey', message: 'Impossible de supprimer la passkey.' },
      'change-password-failed': { title: 'Erreur de mot de passe', message: 'Impossible de changer le mot de passe.' },
      'change-email-failed': { title: 'Erreur d’e-mail', message: 'Impossible de changer l’adresse e-mail.' },
      'list-sessions-failed': { title: 'Erreur de sessions', message: 'Impossible de charger vos sessions.' },
      'revoke-session-failed': { title: 'Erreur de sessions', message: 'Impossible de déconnecter cette session.' },
      'revoke-other-sessions-failed': { title: 'Erreur de sessions', message: 'Impossible de déconnecter les autres sessions.' },
      'enable-two-factor-failed': { title: 'Erreur de double authentification', message: 'Impossible d’activer la double authentification.' },
      'confirm-two-factor-failed': { title: 'Erreur de vérification', message: 'Le code n’a pas pu être vérifié.' },
      'disable-two-factor-failed': { title: 'Erreur de double authentification', message: 'Impossible de désactiver la double authentification.' },
      'generate-backup-codes-failed': { title: 'Erreur de codes de secours', message: 'Impossible de créer des codes de secours.' },
      'delete-account-failed': { title: 'Erreur de compte', message: 'Impossible de supprimer le compte.' },
    },
    // <changePassword>
    changePassword: {
      title: 'Changer le mot de passe',
    },
    // </changePassword>
    // <changeEmail>
    changeEmail: {
      title: 'Changer d’adresse e-mail',
    },
    // </changeEmail>
    // <deleteAccount>
    deleteAccount: {
      title: 'Supprimer le compte',
    },
    // </deleteAccount>
    // <sessions>
    sessions: {
      title: 'Sessions',
    },
    // </sessions>
    // <passkeys>
    passkeys: {
      title: 'Passkeys',
    },
    // </passkeys>
    // <twoFactorSetup>
    twoFactorSetup: {
      title: 'Double authentification',
    },
    // </twoFactorSetup>
    // <page>
    page: {
      title: 'Sécurité du compte',
      description: 'Gérez votre façon de vous connecter et les appareils connectés.',
      empty: 'Il n’y a rien à gérer pour ce compte.',
    },
    // </page>
  },
};
